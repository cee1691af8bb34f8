// The load generator, run as its own process so it never shares an event loop with a target.
// Usage: node bench/load.mjs <url> <connections> <seconds> <bodyBytes>   → one JSON line on stdout
import autocannon from 'autocannon';
import { makeBody } from './body.mjs';

const [url, connections, seconds, bodyBytes] = process.argv.slice(2);
const result = await autocannon({
  url,
  method: 'POST',
  connections: Number(connections),
  duration: Number(seconds),
  headers: { 'content-type': 'application/json', 'user-agent': 'webhook2github-bench' },
  body: makeBody(Number(bodyBytes)),
});
const ok = result['2xx'];
process.stdout.write(
  JSON.stringify({
    rps: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    ok,
    detail: { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
    statusCodes: result.statusCodeStats,
  }) + '\n',
);
