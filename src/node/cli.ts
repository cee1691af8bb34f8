/**
 * `webhook2github` command line. Each subcommand lives in `commands/<name>.ts` and registers
 * itself on the commander program; this file only wires them together.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerServe } from './commands/serve.js';
import { registerReceive } from './commands/receive.js';
import { registerDev } from './commands/dev.js';
import { registerDeliveries } from './commands/deliveries.js';
import { registerMigrate } from './commands/migrate.js';
import { registerSeal } from './commands/seal.js';
import { registerRevoke } from './commands/revoke.js';

/** The version in package.json (two folders up from dist/node or src/node). */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Builds the CLI program (exported for tests). */
export function buildProgram(): Command {
  const program = new Command('webhook2github')
    .description('Turn any webhook into a GitHub Actions run')
    .version(packageVersion(), '-V, --version', 'print the version')
    // One line and a hint, not the whole help (commander still suggests a near flag: "Did you mean --port?").
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  // Subcommands inherit the same behaviour.
  program.configureHelp({ sortOptions: false });
  registerServe(program);
  registerReceive(program);
  registerDev(program);
  registerDeliveries(program);
  registerMigrate(program);
  registerSeal(program);
  registerRevoke(program);
  return program;
}

/** Runs the CLI; resolves with the exit code for commands that finish. */
export async function main(argv: string[]): Promise<number | undefined> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    throw err;
  }
  return undefined;
}
