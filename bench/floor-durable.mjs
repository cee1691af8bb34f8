// The durable floor: bench/floor.mjs plus the least work that makes each webhook survive a crash
// before it is forwarded and answered. Every request's dispatch JSON is appended to a log file
// with group commit: one write + fdatasync in flight at a time (on libuv's thread pool, never on
// the event loop); every record that arrives meanwhile waits and rides on the next one. Only once
// its record is synced is a request forwarded to GitHub and answered 200.
// No validation, no envelope headers, no logging, no index: what is left is the cost of the job
// plus the cost of durability itself. The durable relay's ratios are taken against this floor.
// To keep disk use bounded over a long bench, the log starts over (truncated, between two
// commits) once it passes --max-log-mb; a real outbox would instead drop delivered rows.
// Usage: node bench/floor-durable.mjs --upstream http://127.0.0.1:<fake> --log FILE [--port 0] [--max-log-mb 256]
import { Agent, createServer, request } from 'node:http';
import { fdatasync, ftruncate, openSync, writev } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const upstream = new URL(arg('--upstream', process.env.GITHUB_API_URL ?? 'http://127.0.0.1:9'));
const port = Number(arg('--port', '0'));
const logPath = arg('--log', join(tmpdir(), `w2g-floor-durable-${process.pid}.log`));
const maxLogBytes = Number(arg('--max-log-mb', '256')) * 1024 * 1024;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const OK = '{"success":true}';

// ---- the log: group commit, one sync in flight -------------------------------------------------
const fd = openSync(logPath, 'a');
let logBytes = 0;
let waiting = []; // { buf, done } not yet written
let inFlight = false;
let commits = 0;
let records = 0;

/** Appends `buf` and calls `done(err)` once it is on disk (written and fdatasync'ed). */
function append(buf, done) {
  waiting.push({ buf, done });
  if (!inFlight) commit();
}

function commit() {
  const batch = waiting;
  waiting = [];
  inFlight = true;
  const bufs = batch.map((r) => r.buf);
  const finish = (err) => {
    inFlight = false;
    commits++;
    records += batch.length;
    for (const r of batch) r.done(err);
    if (logBytes > maxLogBytes) {
      // Start over between two commits (nothing in flight): bounded disk use for the bench.
      logBytes = 0;
      inFlight = true;
      ftruncate(fd, 0, () => {
        inFlight = false;
        if (waiting.length > 0) commit();
      });
    } else if (waiting.length > 0) commit();
  };
  writev(fd, bufs, (err, written) => {
    if (err) return finish(err);
    logBytes += written;
    fdatasync(fd, finish);
  });
}

// ---- the forwarder: as bench/floor.mjs, after the commit ---------------------------------------
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const [, owner = '', repo = ''] = req.url.split('?', 1)[0].split('/');
    const body = Buffer.concat(chunks).toString('utf8');
    const json = `{"event_type":"webhook","client_payload":${JSON.stringify({ path: req.url, method: req.method, body })}}`;
    append(Buffer.from(`${json}\n`), (err) => {
      if (err) {
        res.writeHead(503);
        res.end();
        return;
      }
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
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    // How well commits grouped, for the bench's log (records per fdatasync).
    console.log(`group commit: ${records} records in ${commits} commits (${commits ? (records / commits).toFixed(1) : 0} per commit)`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
