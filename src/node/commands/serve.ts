import type { Command } from 'commander';
import { addSettings, loadNodeConfig, type RawOptions } from '../config.js';
import { startNodeRelay } from '../server.js';

/** Registers `webhook2github serve`: the relay on Node. */
export function registerServe(program: Command): void {
  const cmd = addSettings(program.command('serve').description('Run the relay: webhooks in, repository_dispatch events out'), 'all');
  cmd.action(async (options: RawOptions) => {
    const config = loadNodeConfig(options, process.env);
    const relay = await startNodeRelay(config);
    // Behind a proxy or in a container the listening address is not the one providers use.
    const base = config.publicUrl ?? relay.url;
    const example = `${base}/<owner>/<repo>/hello?__token=<github-token>`;
    process.stderr.write(
      `\nwebhook2github relay listening on ${relay.url}\n` +
        (config.publicUrl ? `Public URL: ${config.publicUrl} (providers send to ${config.publicUrl}/<owner>/<repo>/<path>)\n` : '') +
        `Dispatches go to ${config.githubApiUrl}/repos/<owner>/<repo>/dispatches\n` +
        `Try it:\n  curl -X POST '${example}' -H 'content-type: application/json' -d '{"hello":"world"}'\n\n`,
    );
    await new Promise<void>((resolve) => {
      const onSignal = () => {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        relay.stop().then(resolve, resolve);
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
    });
  });
}
