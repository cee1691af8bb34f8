// A fast fake GitHub for the benchmark: every request is drained and answered 204 No Content,
// the way GitHub answers a repository_dispatch. Keep-alive, no parsing, no logging.
// Usage: node bench/fake-github.mjs [--port 0]   → prints `listening on http://127.0.0.1:<port>`
import { createServer } from 'node:http';

const portIdx = process.argv.indexOf('--port');
const port = portIdx > 0 ? Number(process.argv[portIdx + 1]) : 0;

const server = createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.writeHead(204, { 'x-github-request-id': 'BENCH:0000' });
    res.end();
  });
});
// Relays keep their pooled sockets for up to 30 s; do not close them under their feet.
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
