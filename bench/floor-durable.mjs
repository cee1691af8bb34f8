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
import { fdatasync, ftruncate, openSync, writev } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, serveFloor } from './floor-server.mjs';

const logPath = arg('--log', join(tmpdir(), `w2g-floor-durable-${process.pid}.log`));
const maxLogBytes = Number(arg('--max-log-mb', '256')) * 1024 * 1024;

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

// ---- the forwarder: bench/floor.mjs's, after the commit ----------------------------------------
serveFloor({
  hold: (json, go) => append(Buffer.from(`${json}\n`), go),
  // How well commits grouped, for the bench's log (records per fdatasync).
  onStop: () => console.log(`group commit: ${records} records in ${commits} commits (${commits ? (records / commits).toFixed(1) : 0} per commit)`),
});
