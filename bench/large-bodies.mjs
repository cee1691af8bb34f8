// Time to relay large bodies, relay side, and the blob round trip, on this machine.
// Starts bench/fake-github-blobs.mjs and `webhook2github serve` (sync mode with a long sync
// deadline, so the answer waits for the blob and the dispatch), all on 127.0.0.1, then for each
// size sends random (incompressible) bodies one at a time and reports medians:
// - answer: request sent → the relay's 200 (body read, hashed, stored in the outbox, blob
//   uploaded, dispatched);
// - round trip: request sent → the blob read back from "GitHub" and its SHA-256 checked, as the
//   receiver Action does.
// Usage: node scripts/build.mjs --quiet && node bench/large-bodies.mjs [--runs 5] [--sizes 1,10,25]
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '5'));
const sizesMb = arg('sizes', '1,10,25').split(',').map(Number);
const target = arg('target', 'repository_dispatch');

function start(args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    const onLine = (line) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (m) ok({ child, url: m[1] });
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('exit', (code) => fail(new Error(`${args[0]} exited with ${code}`)));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'w2g-large-'));
const fake = await start(['bench/fake-github-blobs.mjs']);
const relay = await start(['bin/webhook2github.js', 'serve', '--port', '0', '--github-api-url', fake.url], {
  W2G_DB: join(dir, 'relay.db'),
  W2G_LOG_LEVEL: 'warn',
  W2G_DISPATCH_RATE: '0',
  W2G_SYNC_DEADLINE_MS: '60000',
  W2G_GITHUB_TIMEOUT_MS: '60000',
});
const query = target === 'workflow_dispatch' ? '__workflow=webhook.yml&__ref=main&' : '';
try {
  console.log(`${target}, ${runs} runs per size, medians (min–max); random bodies, so every one travels as a git blob\n`);
  for (const mb of sizesMb) {
    const answer = [];
    const roundTrip = [];
    for (let i = 0; i < runs + 1; i++) {
      const body = randomBytes(Math.min(mb * 1024 * 1024, 25 * 1024 * 1024));
      const t0 = performance.now();
      const res = await fetch(`${relay.url}/octo/bench/large?${query}__token=ghp_bench`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/octet-stream' },
      });
      const text = await res.text();
      const t1 = performance.now();
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text}`);
      // The receiver's side: read the blob back raw and check it.
      const sha = createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
      const blob = Buffer.from(
        await (await fetch(`${fake.url}/repos/octo/bench/git/blobs/${sha}`, { headers: { accept: 'application/vnd.github.raw+json' } })).arrayBuffer(),
      );
      if (createHash('sha256').update(blob).digest('hex') !== createHash('sha256').update(body).digest('hex')) throw new Error('blob differs');
      const t2 = performance.now();
      if (i === 0) continue; // warm-up
      answer.push(t1 - t0);
      roundTrip.push(t2 - t0);
    }
    const fmt = (xs) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
    console.log(`${String(mb).padStart(3)} MB  answer ${fmt(answer).padEnd(22)} round trip ${fmt(roundTrip)}`);
  }
} finally {
  relay.child.kill('SIGTERM');
  fake.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dir, { recursive: true, force: true });
}
