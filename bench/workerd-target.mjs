// The built Worker (dist/worker/index.js) in workerd through Miniflare, as its own process.
// Same options as test/support/relay-process.ts `startWorkerdRelay`.
// Usage: node bench/workerd-target.mjs --upstream http://127.0.0.1:<fake>   → prints `listening on <url>`
import { dirname, join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';

const i = process.argv.indexOf('--upstream');
const upstream = i > 0 ? process.argv[i + 1] : undefined;
if (!upstream) throw new Error('--upstream <url> is required');
const scriptPath = join(resolve(import.meta.dirname, '..'), 'dist', 'worker', 'index.js');
const mf = new Miniflare({
  scriptPath,
  modules: true,
  modulesRoot: dirname(scriptPath),
  // The relay's rate limits are off: the load generator is one client sending to one repository.
  bindings: { GITHUB_API_URL: upstream, W2G_RATE_LIMIT_CLIENT: '0', W2G_RATE_LIMIT_HOOK: '0' },
  compatibilityDate: '2025-09-01',
  compatibilityFlags: ['nodejs_compat'],
  host: '127.0.0.1',
  port: 0,
});
const ready = await mf.ready;
console.log(`listening on ${ready.origin.replace(/\/$/, '')}`);
process.on('SIGTERM', () => {
  mf.dispose().finally(() => process.exit(0));
});
