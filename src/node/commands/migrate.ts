import type { Command } from 'commander';

/** Options of `webhook2github migrate`. */
interface MigrateFlags {
  out: string;
  action: string;
  eventType: string;
  force?: boolean;
  dryRun?: boolean;
}

/**
 * Registers `webhook2github migrate <workflows-dir> [--out DIR] [--action REF] [--event-type T]
 * [--force] [--dry-run]`: turns each Actionsflow workflow file into a native
 * `.github/workflows/<name>.yml` and prints a summary of what was done and what is left.
 */
export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Turn Actionsflow workflow files (on: + jobs:) into native GitHub Actions workflows')
    .argument('<workflows-dir>', 'folder of Actionsflow workflow files (workflows/)')
    .option('--out <dir>', 'where the native workflows are written', '.github/workflows')
    .option('--action <ref>', 'the receiver Action the route job uses', 'webhook2github/webhook2github@v1')
    .option('--event-type <type>', 'the repository_dispatch event type the relay sends', 'webhook')
    .option('--force', 'overwrite files that already exist in --out')
    .option('--dry-run', 'print the workflows instead of writing them')
    .action(async (dir: string, flags: MigrateFlags) => {
      // Loaded on use, like the other receiver commands.
      const { migrateFolder } = await import('../../receiver/migrate/folder.js');
      const result = migrateFolder({
        workflowsDir: dir,
        outDir: flags.out,
        cwd: process.cwd(),
        action: flags.action,
        eventType: flags.eventType,
        force: flags.force === true,
        dryRun: flags.dryRun === true,
      });
      process.stdout.write(result.report);
      process.exitCode = result.ok ? 0 : 1;
    });
}
