// The load generator, run as its own process so it never shares an event loop with a target.
// Usage: node bench/load.mjs <url> <connections> <seconds> <bodyBytes> [warmupSeconds] [tokens]
// With tokens > 1, each connection cycles through that many `__token` values (`<token>-0` …).
// Prints `warm` once the (unmeasured) warm-up is over, then one JSON line with the measured run.
import autocannon from 'autocannon';
import { makeBody } from './body.mjs';

const [url, connections, seconds, bodyBytes, warmup = '0', tokens = '1'] = process.argv.slice(2);
const target = new URL(url);
/** One request per token: the same path with `__token=<token>-<i>`. */
const requests =
  Number(tokens) > 1
    ? Array.from({ length: Number(tokens) }, (_, i) => {
        const u = new URL(target);
        u.searchParams.set('__token', `${u.searchParams.get('__token')}-${i}`);
        return { path: u.pathname + u.search };
      })
    : undefined;
const run = (duration) =>
  autocannon({
    url,
    method: 'POST',
    connections: Number(connections),
    duration,
    headers: { 'content-type': 'application/json', 'user-agent': 'webhook2github-bench' },
    body: makeBody(Number(bodyBytes)),
    ...(requests ? { requests } : {}),
  });

if (Number(warmup) > 0) await run(Number(warmup));
process.stdout.write('warm\n');
const result = await run(Number(seconds));
const ok = result['2xx'];
process.stdout.write(
  `${JSON.stringify({
    rps: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    ok,
    detail: { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
    statusCodes: result.statusCodeStats,
  })}\n`,
);
