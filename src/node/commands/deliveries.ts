/**
 * `webhook2github deliveries list|show|replay|purge`: inspect and operate the outbox of a relay
 * (the same SQLite file; safe while `serve` runs, thanks to WAL).
 */
import type { Command } from 'commander';
import { parseDuration } from '../../core/config.js';
import { authorizationOf, replayJob } from '../../core/delivery/replay.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../../core/delivery/store.js';
import { deliveryView } from '../../core/delivery/view.js';
import { silentLogger } from '../../core/ports.js';
import { loadNodeConfig, type RawOptions } from '../config.js';
import { createNodeDelivery } from '../durable.js';
import { createNodeHttpClient } from '../http-client.js';
import { openSqliteStore } from '../sqlite-store.js';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/** Opens the outbox named by --db / W2G_DB; refuses to create a new one by accident. */
function openStore(options: RawOptions) {
  const config = loadNodeConfig({ db: options.db }, process.env);
  const file = resolve(config.db);
  if (!existsSync(file)) throw new Error(`No outbox database at ${file}. Pass --db FILE (or set W2G_DB).`);
  return openSqliteStore(file);
}

/** Registers the `deliveries` command group. */
export function registerDeliveries(program: Command): void {
  const cmd = program.command('deliveries').description('Inspect, replay and purge stored deliveries (durable delivery outbox)');

  cmd
    .command('list')
    .description('List deliveries, newest first')
    .option('--db <file>', 'outbox database (env W2G_DB)')
    .option('--status <status>', `only ${DELIVERY_STATUSES.join('|')}`)
    .option('--repo <owner/repo>', 'only this repository')
    .option('--limit <n>', 'page size (default 50)')
    .option('--cursor <cursor>', 'page cursor printed by the previous page')
    .option('--json', 'print {deliveries, next} as JSON')
    .action(async (o: RawOptions & { json?: boolean }) => {
      if (o.status !== undefined && !DELIVERY_STATUSES.includes(o.status as DeliveryStatus)) {
        throw new Error(`--status must be one of ${DELIVERY_STATUSES.join(', ')}.`);
      }
      const store = openStore(o);
      try {
        const page = await store.list({
          status: o.status as DeliveryStatus | undefined,
          repo: o.repo,
          cursor: o.cursor,
          limit: o.limit === undefined ? undefined : Number(o.limit),
        });
        const views = page.deliveries.map((d) => deliveryView(d));
        if (o.json) {
          out(JSON.stringify({ deliveries: views, next: page.next }, null, 2));
          return;
        }
        for (const v of views) {
          out([v.id, v.status.padEnd(9), `attempts=${v.attempts}`, v.repo, v.received_at, v.last_status ?? '-', v.last_error ?? ''].join('  '));
        }
        if (views.length === 0) out('no deliveries');
        if (page.next !== null) out(`more: --cursor ${page.next}`);
      } finally {
        await store.close();
      }
    });

  cmd
    .command('show <id>')
    .description('Show one delivery with its stored request (never its credential)')
    .option('--db <file>', 'outbox database (env W2G_DB)')
    .action(async (id: string, o: RawOptions) => {
      const store = openStore(o);
      try {
        const d = await store.get(id);
        if (!d) throw new Error(`No delivery ${id} (it may have been purged after the retention period).`);
        out(JSON.stringify(deliveryView(d, true), null, 2));
      } finally {
        await store.close();
      }
    });

  cmd
    .command('replay <id>')
    .description('Send a stored request again as a new delivery (new id, replay_of), with the given token')
    .requiredOption('--token <token>', 'GitHub token for the replay (the original is erased once a delivery ends)')
    .option('--db <file>', 'outbox database (env W2G_DB)')
    .option('--github-api-url <url>', 'GitHub API (env GITHUB_API_URL)')
    .option('--secret <secret>', 'credential key material (env W2G_SECRET), as the relay uses')
    .action(async (id: string, o: RawOptions) => {
      const config = { ...loadNodeConfig({ db: o.db, githubApiUrl: o.githubApiUrl, secret: o.secret }, process.env), mode: 'sync' as const };
      if (!existsSync(resolve(config.db))) throw new Error(`No outbox database at ${resolve(config.db)}. Pass --db FILE (or set W2G_DB).`);
      const client = createNodeHttpClient({ connections: 1 });
      const delivery = await createNodeDelivery(config, { http: client.http, logger: silentLogger });
      try {
        const original = await delivery.store.get(id);
        if (!original) throw new Error(`No delivery ${id} (it may have been purged after the retention period).`);
        const job = replayJob(original, { id: crypto.randomUUID(), authorization: authorizationOf(o.token ?? ''), now: Date.now() });
        const outcome = await delivery.deliverer.submit(job);
        const d = await delivery.store.get(job.id);
        out(JSON.stringify({ id: job.id, replay_of: id, status: d?.status ?? outcome.kind, github_status: d?.lastStatus ?? null }, null, 2));
        if (d?.status === 'pending') out('GitHub did not take it yet; the running relay (serve) retries it from the outbox.');
        if (d?.status === 'failed') process.exitCode = 1;
      } finally {
        await delivery.stop();
        await client.close();
      }
    });

  cmd
    .command('purge')
    .description('Delete ended deliveries older than the retention period (pending ones are kept)')
    .option('--db <file>', 'outbox database (env W2G_DB)')
    .option('--older-than <duration>', 'age like 7d, 12h (default: W2G_RETENTION_DAYS, 7d)')
    .action(async (o: RawOptions) => {
      const config = loadNodeConfig({ db: o.db }, process.env);
      const age = o.olderThan !== undefined ? parseDuration(o.olderThan) : config.retentionDays * 86_400_000;
      if (age === undefined) throw new Error(`Invalid --older-than ${JSON.stringify(o.olderThan)}: expected a duration like 7d, 12h.`);
      const store = openStore(o);
      try {
        out(`purged ${await store.purge(Date.now() - age)} deliveries`);
      } finally {
        await store.close();
      }
    });
}
