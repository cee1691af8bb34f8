// A fake GitHub for bench/large-bodies.mjs, in its own process so its work is not counted as the
// relay's: git blobs are parsed, base64-decoded, hashed (git's object id) and kept; a blob is
// served back raw; a repository_dispatch answers 204 and a workflow_dispatch 200 with run details.
// Usage: node bench/fake-github-blobs.mjs → prints `listening on http://127.0.0.1:<port>`
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

const blobs = new Map();
let runs = 1;
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = req.url ?? '';
    const json = (status, body) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
    };
    if (req.method === 'POST' && /\/git\/blobs$/.test(url)) {
      const { content, encoding } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
      const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
      blobs.set(sha, bytes);
      return json(201, { sha, url: `http://${req.headers.host}${url}/${sha}` });
    }
    const blob = /\/git\/blobs\/([0-9a-f]{40})$/.exec(url);
    if (req.method === 'GET' && blob) {
      const bytes = blobs.get(blob[1]);
      if (!bytes) return json(404, { message: 'Not Found' });
      return res.writeHead(200, { 'content-type': 'application/vnd.github.raw', 'content-length': bytes.length }).end(bytes);
    }
    if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+$/.test(url)) return json(200, { default_branch: 'main' });
    if (/\/actions\/workflows\/.+\/dispatches$/.test(url)) {
      const id = runs++;
      return json(200, { workflow_run_id: id, run_url: `http://${req.headers.host}/runs/${id}`, html_url: `http://${req.headers.host}/runs/${id}` });
    }
    res.writeHead(204).end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)) && server.closeAllConnections());
