// The forwarder both floors run (bench/floor.mjs, bench/floor-durable.mjs), written as directly as
// node:http allows: read the body, wrap it in a repository_dispatch JSON, POST it to GitHub over a
// keep-alive pool, answer 200. `hold(json, go)`, when given, runs before the forward (the durable
// floor's commit); `go(err)` forwards, or answers 503 when the hold failed.
import { Agent, createServer, request } from 'node:http';

/** The value after `name` on the command line, or `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** Starts the floor on --port (default any) forwarding to --upstream; prints `listening on <url>`. */
export function serveFloor({ hold, onStop } = {}) {
  const upstream = new URL(arg('--upstream', process.env.GITHUB_API_URL ?? 'http://127.0.0.1:9'));
  const port = Number(arg('--port', '0'));
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const OK = '{"success":true}';

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const [, owner = '', repo = ''] = req.url.split('?', 1)[0].split('/');
      const body = Buffer.concat(chunks).toString('utf8');
      const json = `{"event_type":"webhook","client_payload":${JSON.stringify({ path: req.url, method: req.method, body })}}`;
      const forward = () => {
        const up = request(
          {
            agent,
            host: upstream.hostname,
            port: upstream.port,
            method: 'POST',
            path: `/repos/${owner}/${repo}/dispatches`,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json), authorization: 'token bench' },
          },
          (ur) => {
            ur.resume();
            ur.on('end', () => {
              res.writeHead(200, { 'content-type': 'application/json', 'content-length': OK.length });
              res.end(OK);
            });
          },
        );
        up.on('error', () => {
          res.writeHead(502);
          res.end();
        });
        up.end(json);
      };
      if (!hold) return forward();
      hold(json, (err) => {
        if (!err) return forward();
        res.writeHead(503);
        res.end();
      });
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${server.address().port}`);
  });
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      onStop?.();
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}
