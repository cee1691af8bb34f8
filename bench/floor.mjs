// The floor: the least work any relay must do, written as directly as node:http allows.
// Read the body, POST it as a repository_dispatch JSON to GitHub over a keep-alive pool, answer 200.
// No validation, no envelope headers, no logging: what is left is the cost of the job itself.
// Usage: node bench/floor.mjs --upstream http://127.0.0.1:<fake> [--port 0]
import { Agent, createServer, request } from 'node:http';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
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
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
