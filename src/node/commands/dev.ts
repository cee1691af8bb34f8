import type { Command } from 'commander';

/** Options of `webhook2github dev`. */
interface DevFlags {
  port: string;
  workflows: string;
  run?: string;
  secrets?: string;
}

/**
 * Registers `webhook2github dev [--port 3000] [--workflows DIR] [--run "CMD"] [--secrets FILE]`:
 * serves `/webhook/<workflow>/<trigger>[/suffix]` on 127.0.0.1, routes each request through the
 * receiver in-process, prints the items and runs CMD once per item. Runs until interrupted.
 */
export function registerDev(program: Command): void {
  program
    .command('dev')
    .description('Local mode: receive webhooks on 127.0.0.1 and run a command per item, without GitHub')
    .option('--port <port>', 'port to listen on (0 = any free port)', '3000')
    .option('--workflows <dir>', 'folder of trigger files', 'workflows')
    .option('--run <cmd>', 'shell command run per item with W2G_WORKFLOW, W2G_TRIGGER, W2G_ITEM')
    .option('--secrets <file>', 'JSON file of secrets for ${{ secrets.NAME }}')
    .action(async (flags: DevFlags) => {
      // Loaded on use: `serve` never pays for the receiver (YAML, mingo) in start-up time or memory.
      const { startDevServer } = await import('../../receiver/dev-server.js');
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got "${flags.port}"`);
      const server = await startDevServer({
        port,
        workflowsDir: flags.workflows,
        ...(flags.run ? { run: flags.run } : {}),
        ...(flags.secrets ? { secretsPath: flags.secrets } : {}),
      });
      console.log(`webhook2github dev: listening on ${server.url}/webhook/<workflow>/<trigger>`);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
