// The built Worker (dist/worker/index.js) at full strength in workerd through Miniflare, as its own
// process: D1 delivery log (migrations/ applied), credential lanes (Durable Objects), the retry and
// dead-letter queues, as wrangler.toml declares them; pacing off, so the bench measures the relay,
// not GitHub's per-token limit. Same bindings as test/worker/support/lane-relay.ts.
// Usage: node bench/workerd-lanes-target.mjs --upstream http://127.0.0.1:<fake>   → prints `listening on <url>`
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';

const i = process.argv.indexOf('--upstream');
const upstream = i > 0 ? process.argv[i + 1] : undefined;
if (!upstream) throw new Error('--upstream <url> is required');
const root = resolve(import.meta.dirname, '..');
const scriptPath = join(root, 'dist', 'worker', 'index.js');
const mf = new Miniflare({
  scriptPath,
  modules: true,
  modulesRoot: dirname(scriptPath),
  bindings: {
    GITHUB_API_URL: upstream,
    W2G_SECRET: 'bench-secret-0123456789abcdef',
    W2G_DISPATCH_RATE: '0',
    W2G_RATE_LIMIT_CLIENT: '0',
    W2G_RATE_LIMIT_HOOK: '0',
  },
  compatibilityDate: '2025-09-01',
  compatibilityFlags: ['nodejs_compat'],
  d1Databases: { DELIVERIES: 'webhook2github' },
  durableObjects: { LANES: 'CredentialLane' },
  queueProducers: { DISPATCH_QUEUE: 'webhook2github-dispatch', DEAD_LETTER_QUEUE: 'webhook2github-dead' },
  queueConsumers: { 'webhook2github-dispatch': { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 100, deadLetterQueue: 'webhook2github-dead' } },
  host: '127.0.0.1',
  port: 0,
});
const ready = await mf.ready;
// What `wrangler d1 migrations apply` runs: every migration file, statement by statement.
const db = await mf.getD1Database('DELIVERIES');
const statements = readdirSync(join(root, 'migrations'))
  .filter((f) => /^\d{4}_.+\.sql$/.test(f))
  .sort()
  .flatMap((f) =>
    readFileSync(join(root, 'migrations', f), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('--'))
      .join('\n')
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter(Boolean),
  );
await db.batch(statements.map((s) => db.prepare(s)));
console.log(`listening on ${ready.origin.replace(/\/$/, '')}`);
process.on('SIGTERM', () => {
  mf.dispose().finally(() => process.exit(0));
});
