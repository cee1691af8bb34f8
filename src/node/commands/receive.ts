import type { Command } from 'commander';

/** Options of `webhook2github receive`. */
interface ReceiveFlags {
  event?: string;
  workflows: string;
  secrets?: string;
}

/**
 * Registers `webhook2github receive [--event FILE] [--workflows DIR] [--secrets FILE]`: routes a
 * `repository_dispatch` event file (default `GITHUB_EVENT_PATH`) as the Action does and prints
 * the result as JSON.
 */
export function registerReceive(program: Command): void {
  program
    .command('receive')
    .description('Route a repository_dispatch event file to its trigger and print the result as JSON')
    .option('--event <file>', 'event JSON file (default: $GITHUB_EVENT_PATH)')
    .option('--workflows <dir>', 'folder of trigger files', 'workflows')
    .option('--secrets <file>', 'JSON file of secrets for ${{ secrets.NAME }}')
    .action(async (flags: ReceiveFlags) => {
      // Loaded on use: `serve` never pays for the receiver (YAML, mingo) in start-up time or memory.
      const { receiveFromFiles, resultToJson } = await import('../../receiver/receive-files.js');
      // The receiver reads the event file (default GITHUB_EVENT_PATH) and sets up body blobs as the Action does.
      const result = await receiveFromFiles({
        eventPath: flags.event,
        workflowsDir: flags.workflows,
        ...(flags.secrets ? { secretsPath: flags.secrets } : {}),
        env: process.env,
      });
      process.stdout.write(`${JSON.stringify(resultToJson(result), null, 2)}\n`);
    });
}
