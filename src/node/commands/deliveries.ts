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
import { addSettings, loadNodeConfig, type RawOptions } from '../config.js';
import { createNodeDelivery } from '../durable.js';
import { createNodeHttpClient } from '../http-client.js';
import { openSqliteStore } from '../sqlite-store.js';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { newDeliveryId } from '../../core/ids.js';

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/** The outbox file named by --db / W2G_DB; refuses to create a new one by accident. */
function existingDb(file: string): string {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`No outbox database at ${path}. Pass --db FILE (or set W2G_DB).`);
  return path;
}

/** Opens the outbox of the configured relay. */
function openStore(options: RawOptions) {
  return openSqliteStore(existingDb(loadNodeConfig(options, process.env).db));
}

/** `owner/name` as GitHub spells repositories. */
const REPO_FILTER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/**
 * The GitHub token for a replay, never from a flag (shell history, `ps`): piped on stdin, else
 * `GITHUB_TOKEN`.
 */
async function replayToken(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const piped = Buffer.concat(chunks).toString('utf8').trim();
    if (piped) return piped;
  }
  const env = process.env.GITHUB_TOKEN?.trim();
  if (env) return env;
  throw new Error(
    'A replay needs a GitHub token (the original is erased once a delivery ends): pipe it on stdin (`gh auth token | webhook2github deliveries replay ID`) or set GITHUB_TOKEN.',
  );
}

/** Registers the `deliveries` command group. */
export function registerDeliveries(program: Command): void {
  const cmd = program.command('deliveries').description('Inspect, replay and purge stored deliveries (durable delivery outbox)');

  addSettings(cmd.command('list'), ['db'])
    .description('List deliveries, newest first')
    .option('--status <status>', `only ${DELIVERY_STATUSES.join('|')}`)
    .option('--repo <owner/repo>', 'only this repository')
    .option('--limit <n>', 'page size (default 50)')
    .option('--cursor <cursor>', 'page cursor printed by the previous page')
    .option('--json', 'print {deliveries, next} as JSON')
    .action(async (o: RawOptions & { json?: boolean }) => {
      if (o.status !== undefined && !DELIVERY_STATUSES.includes(o.status as DeliveryStatus)) {
        throw new Error(`--status must be one of ${DELIVERY_STATUSES.join(', ')}.`);
      }
      if (o.limit !== undefined && !/^\d{1,4}$/.test(o.limit))
        throw new Error(`--limit must be a whole number of deliveries from 1 to 1000, got ${JSON.stringify(o.limit)}.`);
      if (o.limit !== undefined && (Number(o.limit) < 1 || Number(o.limit) > 1000)) throw new Error(`--limit must be from 1 to 1000, got ${o.limit}.`);
      if (o.repo !== undefined && !REPO_FILTER.test(o.repo)) throw new Error(`--repo must be owner/name (e.g. octo/hello), got ${JSON.stringify(o.repo)}.`);
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

  addSettings(cmd.command('show <id>'), ['db'])
    .description('Show one delivery with its stored request (never its credential)')
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

  addSettings(cmd.command('replay <id>'), ['db', 'githubApiUrl', 'githubTimeoutMs', 'secret'])
    .description('Send a stored request again as a new delivery (new id, replay_of); the token comes from stdin or GITHUB_TOKEN')
    .action(async (id: string, o: RawOptions) => {
      const config = { ...loadNodeConfig(o, process.env), mode: 'sync' as const };
      existingDb(config.db);
      const token = await replayToken();
      const client = createNodeHttpClient({ connections: 1 });
      const delivery = await createNodeDelivery(config, { http: client.http, logger: silentLogger });
      try {
        const original = await delivery.store.get(id);
        if (!original) throw new Error(`No delivery ${id} (it may have been purged after the retention period).`);
        const job = replayJob(original, {
          id: newDeliveryId(),
          authorization: authorizationOf(token),
          now: Date.now(),
          blobBytes: await delivery.store.readBlob(original.id),
        });
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

  addSettings(cmd.command('purge'), ['db', 'retentionDays'])
    .description('Delete ended deliveries older than the retention period (pending ones are kept)')
    .option('--older-than <duration>', 'age like 7d, 12h (default: the retention period)')
    .action(async (o: RawOptions) => {
      const config = loadNodeConfig(o, process.env);
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
