// The Worker floor: a Worker that only forwards (read the body, wrap it in a repository_dispatch
// JSON, POST it to GitHub, answer 200), run in workerd through Miniflare like
// bench/workerd-target.mjs. The base for the built Worker's ratios in the bench.
// Usage: node bench/workerd-floor.mjs --upstream http://127.0.0.1:<fake>   → prints `listening on <url>`
import { Miniflare } from 'miniflare';

const i = process.argv.indexOf('--upstream');
const upstream = i > 0 ? process.argv[i + 1] : undefined;
if (!upstream) throw new Error('--upstream <url> is required');
const script = `
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const [, owner = '', repo = ''] = url.pathname.split('/');
    const body = await request.text();
    const json = '{"event_type":"webhook","client_payload":' + JSON.stringify({ path: url.pathname + url.search, method: request.method, body }) + '}';
    const up = await fetch(env.GITHUB_API_URL + '/repos/' + owner + '/' + repo + '/dispatches', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'token bench' },
      body: json,
      signal: AbortSignal.timeout(10000),
    });
    await up.arrayBuffer();
    return new Response('{"success":true}', { status: up.ok ? 200 : 502, headers: { 'content-type': 'application/json' } });
  },
};`;
const mf = new Miniflare({
  script,
  modules: true,
  bindings: { GITHUB_API_URL: upstream },
  compatibilityDate: '2025-09-01',
  host: '127.0.0.1',
  port: 0,
});
const ready = await mf.ready;
console.log(`listening on ${ready.origin.replace(/\/$/, '')}`);
process.on('SIGTERM', () => {
  mf.dispose().finally(() => process.exit(0));
});
