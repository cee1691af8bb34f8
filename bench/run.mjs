// `npm run bench`: the relay on Node and on workerd against the floor (bench/floor.mjs) and the durable floor (bench/floor-durable.mjs), all
// forwarding to a fast fake GitHub (bench/fake-github.mjs), loaded by autocannon from a separate
// process (bench/load.mjs). Targets run interleaved (A B C A B C …) in rounds so drift on the
// machine hits every target alike. Prints a table per scenario and writes bench/results.json.
//
// Usage: node bench/run.mjs [--quick] [--rounds N] [--duration S] [--warmup S] [--connections N]
//                           [--only floor,node,…] [--scenario 1kb|48kb] [--log-level silent|info]
//                           [--compare OTHER/bin/webhook2github.js] [--out FILE]
// --compare adds node-compare (that checkout's `serve`) and node-direct-compare (its bench/node-direct.ts);
// name them in --only too when filtering.
// Everything listens on and talks to 127.0.0.1 only; every run is bounded; it stops by itself.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { makeBody } from './body.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};

const quick = flag('--quick');
const settings = {
  rounds: Number(opt('--rounds', quick ? 1 : 3)),
  duration: Number(opt('--duration', quick ? 2 : 10)),
  warmup: Number(opt('--warmup', quick ? 1 : 3)),
  connections: Number(opt('--connections', 50)),
  logLevel: opt('--log-level', 'silent'),
};
const only = opt('--only', undefined)?.split(',');
const scenarioFilter = opt('--scenario', undefined);
const outFile = resolve(opt('--out', join(ROOT, 'bench', 'results.json')));

const SCENARIOS = [
  { name: '1 KB JSON', key: '1kb', bodyBytes: 1024 },
  { name: '48 KB JSON', key: '48kb', bodyBytes: 48 * 1024 },
  // Each connection cycles through 50 tokens: per-credential work (the Worker's lanes) spreads out.
  { name: '1 KB JSON, 50 tokens', key: '1kb-50', bodyBytes: 1024, tokens: 50 },
].filter((s) => !scenarioFilter || s.key === scenarioFilter);

const RELAY_PATH = '/bench-owner/bench-repo/hook?__token=bench-token';
const CLI = join(ROOT, 'bin', 'webhook2github.js');
const DIST_NODE = join(ROOT, 'dist', 'node', 'cli.js');
const DIST_WORKER = join(ROOT, 'dist', 'worker', 'index.js');
const DIRECT_BUNDLE = join(ROOT, 'dist', 'bench', 'node-direct.mjs');
// With --compare: the other checkout's node-direct (its bench/node-direct.ts), bundled beside ours.
const COMPARE_ROOT = opt('--compare', undefined) && resolve(opt('--compare'), '..', '..');
const COMPARE_DIRECT_BUNDLE = join(ROOT, 'dist', 'bench', 'node-direct-compare.mjs');

// Pacing and the per-client/per-hook request limits off: the bench measures the relay, not its limits.
const NODE_ENV = { W2G_DISPATCH_RATE: '0', W2G_RATE_LIMIT_CLIENT: '0', W2G_RATE_LIMIT_HOOK: '0' };

/** Every target: how to start it; `requires` is a file whose absence skips it with a note. */
const TARGETS = [
  { name: 'floor', args: (up) => [join(ROOT, 'bench', 'floor.mjs'), '--upstream', up] },
  // The floor plus an append-only log with group commit: the base for the durable targets' ratios.
  { name: 'floor-durable', args: (up, dir) => [join(ROOT, 'bench', 'floor-durable.mjs'), '--upstream', up, '--log', join(dir, 'floor-durable.log')] },
  {
    name: 'node',
    requires: DIST_NODE,
    // The default configuration; pacing off so the bench measures the relay, not the rate limit.
    args: (up, dir) => [
      CLI,
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--github-api-url',
      up,
      '--log-level',
      settings.logLevel,
      '--db',
      join(dir, 'node.db'),
    ],
    env: NODE_ENV,
  },
  // Diagnostic: the same HTTP path with one direct attempt per request, no outbox (bench/node-direct.ts).
  { name: 'node-direct', requires: DIRECT_BUNDLE, args: (up) => [DIRECT_BUNDLE, '--upstream', up] },
  {
    name: 'node-async',
    requires: DIST_NODE,
    args: (up, dir) => [
      CLI,
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--github-api-url',
      up,
      '--log-level',
      settings.logLevel,
      '--mode',
      'async',
      '--db',
      join(dir, 'async.db'),
    ],
    env: NODE_ENV,
  },
  // --compare <bin/webhook2github.js of another checkout>: that build's default mode as one more target (A/B).
  ...(opt('--compare', undefined)
    ? [
        {
          name: 'node-compare',
          args: (up, dir) => [
            resolve(opt('--compare')),
            'serve',
            '--port',
            '0',
            '--host',
            '127.0.0.1',
            '--github-api-url',
            up,
            '--log-level',
            settings.logLevel,
            '--db',
            join(dir, 'compare.db'),
          ],
          env: NODE_ENV,
        },
      ]
    : []),
  ...(COMPARE_ROOT && existsSync(join(COMPARE_ROOT, 'bench', 'node-direct.ts'))
    ? [{ name: 'node-direct-compare', requires: COMPARE_DIRECT_BUNDLE, args: (up) => [COMPARE_DIRECT_BUNDLE, '--upstream', up] }]
    : []),
  // A Worker that only forwards, in workerd too: the base for the built Worker's ratios.
  { name: 'workerd-floor', args: (up) => [join(ROOT, 'bench', 'workerd-floor.mjs'), '--upstream', up], rssOf: 'workerd', startMs: 60_000 },
  // Miniflare starts workerd: slow on a busy machine, so it gets longer to start.
  { name: 'workerd', requires: DIST_WORKER, args: (up) => [join(ROOT, 'bench', 'workerd-target.mjs'), '--upstream', up], rssOf: 'workerd', startMs: 60_000 },
  // The built Worker at full strength: D1 delivery log, credential lanes (Durable Objects), queues.
  {
    name: 'workerd-lanes',
    requires: DIST_WORKER,
    args: (up) => [join(ROOT, 'bench', 'workerd-lanes-target.mjs'), '--upstream', up],
    rssOf: 'workerd',
    startMs: 60_000,
  },
].filter((t) => !only || only.includes(t.name));

// ---------------------------------------------------------------------------------------------
// Child processes

const children = new Set();
const logDir = mkdtempSync(join(os.tmpdir(), 'w2g-bench-logs-'));
let spawnCount = 0;
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(logDir, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

/**
 * Spawns `node <args>` with its output going to a file (a target's request logs then cost only the
 * target, not this process), and resolves once it printed `listening on http://127.0.0.1:<port>`.
 */
function startProcess(name, args, env = {}, timeoutMs = 20_000) {
  const logFile = join(logDir, `${name}-${++spawnCount}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  children.add(child);
  const lines = () => readFileSync(logFile, 'utf8').split('\n');
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(code ?? signal)));
  void exited.then(() => children.delete(child));
  const url = new Promise((resolveUrl, reject) => {
    let done = false;
    const started = Date.now();
    const poll = setInterval(() => {
      // Only the head of the file: a target that logs every request grows it quickly.
      const head = readHead(logFile);
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(head);
      if (m) finish(() => resolveUrl(m[1]));
      else if (Date.now() - started > timeoutMs) {
        child.kill('SIGKILL');
        finish(() => reject(new Error(`${name} did not print "listening on" within ${timeoutMs} ms: ${lastLines(lines())}`)));
      }
    }, 50);
    const finish = (f) => {
      if (done) return;
      done = true;
      clearInterval(poll);
      f();
    };
    void exited.then((code) => finish(() => reject(new Error(`${name} exited (${code}) before listening: ${lastLines(lines())}`))));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(t);
  };
  return { child, url, stop };
}

function readHead(file) {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16_384);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The line that says what went wrong (the first error-looking one), else the last lines. */
function lastLines(lines) {
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const error = nonEmpty.find((l) => /error|invalid|cannot|unknown/i.test(l));
  const text = error?.trim() ?? nonEmpty.slice(-3).join(' | ');
  return text.length > 300 ? `${text.slice(0, 300)}…` : text || '(no output)';
}

/**
 * Runs one autocannon load in its own process (after `warmup` unmeasured seconds); resolves with
 * its JSON result plus `cpuUs`, the CPU time `cpuPid` used during the measured part.
 */
function runLoad(url, seconds, bodyBytes, warmup, cpuPid, tokens = 1) {
  return new Promise((resolveRun, reject) => {
    const args = [join(ROOT, 'bench', 'load.mjs'), url, String(settings.connections), String(seconds), String(bodyBytes), String(warmup), String(tokens)];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let err = '';
    let cpu0 = NaN;
    child.stdout.on('data', (d) => {
      out += d;
      if (Number.isNaN(cpu0) && out.includes('warm\n')) cpu0 = cpuMicros(cpuPid);
    });
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), (warmup + seconds + 30) * 1000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      try {
        if (code !== 0) throw new Error(`load generator exited ${code}: ${err.slice(-300)}`);
        const result = JSON.parse(out.trim().split('\n').pop());
        result.cpuUs = cpuMicros(cpuPid) - cpu0;
        resolveRun(result);
      } catch (e) {
        reject(e);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Memory: peak RSS of the process that does the work (workerd: the workerd child of Miniflare).

/** CPU time (user + system) the process has used so far, in microseconds. */
function cpuMicros(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
  } catch {
    return NaN;
  }
}

function procStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return undefined;
  }
}

/** Descendants of `pid` whose command name is `comm` (scans /proc; Linux only). */
function findDescendant(pid, comm) {
  const parent = new Map();
  const names = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      parent.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
    } catch {
      // the process went away while we looked
    }
  }
  for (const [p, name] of names) {
    if (!name.startsWith(comm)) continue;
    for (let q = parent.get(p); q !== undefined && q > 1; q = parent.get(q)) if (q === pid) return p;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Progress

const tty = process.stderr.isTTY;
function progress(text) {
  if (tty) process.stderr.write(`\r\x1b[2K${text}`);
  else process.stderr.write(`${text}\n`);
}
function progressDone() {
  if (tty) process.stderr.write('\r\x1b[2K');
}

// ---------------------------------------------------------------------------------------------
// One scenario: start every target, warm each up, then interleaved rounds.

async function runScenario(scenario, upstream, tmp, step) {
  const started = await Promise.all(
    TARGETS.map(async (t) => {
      if (t.requires && !existsSync(t.requires)) return { t, note: `not built (${t.requires.slice(ROOT.length + 1)} missing; run npm run build)` };
      const p = startProcess(t.name, t.args(upstream, tmp), t.env, t.startMs);
      try {
        const url = await p.url;
        // One probe request: a target that cannot relay at all is skipped, not measured.
        const res = await fetch(url + RELAY_PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: makeBody(scenario.bodyBytes) });
        await res.arrayBuffer();
        if (res.status >= 300) {
          await p.stop();
          return { t, note: `probe request answered ${res.status}; skipped` };
        }
        let rssPid = p.child.pid;
        if (t.rssOf) rssPid = findDescendant(p.child.pid, t.rssOf) ?? rssPid;
        // RSS after start-up and one request, before any load: the target's idle footprint.
        const idleKB = procStatus(rssPid)?.rss ?? 0;
        return { t, p, url, rssPid, idleKB, status: res.status, runs: [] };
      } catch (err) {
        await p.stop();
        return { t, note: `start failed: ${err.message}` };
      }
    }),
  );
  const live = started.filter((s) => s.p);
  const total = live.length * settings.rounds;
  let done = 0;
  const peak = new Map(live.map((s) => [s, 0]));
  const sampler = setInterval(() => {
    for (const s of live) peak.set(s, Math.max(peak.get(s), procStatus(s.rssPid)?.rss ?? 0));
  }, 200);
  try {
    for (let round = 1; round <= settings.rounds; round++) {
      for (const s of live) {
        // Each target warms up (unmeasured) right before its first measured run.
        const warmup = round === 1 ? settings.warmup : 0;
        progress(
          `[${step()}] ${scenario.name} · round ${round}/${settings.rounds} · ${s.t.name}${warmup ? ` (after ${warmup} s warm-up)` : ''} · ${done}/${total} runs in this scenario`,
        );
        try {
          const r = await runLoad(s.url + RELAY_PATH, settings.duration, scenario.bodyBytes, warmup, s.rssPid, scenario.tokens);
          s.runs.push(r);
          if (process.env.BENCH_DEBUG) console.error(s.t.name, JSON.stringify(r));
        } catch (err) {
          s.runs.push({ rps: 0, p50: NaN, p99: NaN, errors: NaN, failed: err.message });
        }
        done++;
        // Let the closed connections settle before the next target starts.
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    clearInterval(sampler);
  }
  for (const s of live) {
    const st = procStatus(s.rssPid);
    s.rssKB = Math.max(peak.get(s), st?.hwm ?? 0);
  }
  await Promise.all(live.map((s) => s.p.stop()));
  progressDone();
  return started;
}

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
/** Targets that persist each webhook before answering: their ratios are against floor-durable. */
const DURABLE = new Set(['node', 'node-async', 'node-compare']);
const round2 = (x) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);

function summarize(started) {
  const rows = started.map((s) => {
    if (!s.p) return { name: s.t.name, rps: null, p50: null, p99: null, errors: null, rssMB: null, ratio: null, note: s.note };
    const failed = s.runs.find((r) => r.failed);
    return {
      name: s.t.name,
      rps: Math.round(median(s.runs.map((r) => r.rps))),
      p50: median(s.runs.map((r) => r.p50)),
      p99: median(s.runs.map((r) => r.p99)),
      errors: s.runs.reduce((n, r) => n + (Number.isFinite(r.errors) ? r.errors : 0), 0),
      rssMB: Math.round(s.rssKB / 1024),
      idleMB: Math.round(s.idleKB / 1024),
      // CPU time of the target per answered request: steadier than req/s on a busy machine.
      cpuUsPerReq: Math.round(
        s.runs.reduce((n, r) => n + (r.cpuUs || 0), 0) /
          Math.max(
            1,
            s.runs.reduce((n, r) => n + (r.ok || 0), 0),
          ),
      ),
      ratio: null,
      status: s.status,
      rounds: s.runs.map((r) => Math.round(r.rps)),
      ...(failed ? { note: `a load run failed: ${failed.failed}` } : {}),
    };
  });
  const floor = rows.find((r) => r.name === 'floor' && r.rps);
  const durableFloor = rows.find((r) => r.name === 'floor-durable' && r.rps);
  const workerdFloor = rows.find((r) => r.name === 'workerd-floor' && r.rps);
  for (const r of rows) {
    // Durable targets (the outbox written before the answer) are measured against the durable
    // floor; the direct path, workerd and the durable floor itself against the plain floor.
    // The built Worker against the forward-only Worker in the same runtime.
    const base =
      DURABLE.has(r.name) && durableFloor ? durableFloor : (r.name === 'workerd' || r.name === 'workerd-lanes') && workerdFloor ? workerdFloor : floor;
    if (base && r.rps !== null) {
      r.base = base.name;
      r.ratio = round2(r.rps / base.rps);
      r.p99Ratio = round2(r.p99 / base.p99);
    }
  }
  return rows;
}

function table(scenario, rows) {
  const head = ['target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'idle RSS', 'peak RSS', 'CPU µs/req', 'against', '× req/s', '× p99'];
  const body = rows.map((r) =>
    r.rps === null
      ? [r.name, `skipped: ${r.note}`]
      : [
          r.name,
          r.rps.toLocaleString('en-US'),
          String(r.p50),
          String(r.p99),
          String(r.errors),
          `${r.idleMB} MB`,
          `${r.rssMB} MB`,
          String(r.cpuUsPerReq),
          r.base ?? '–',
          r.ratio === null ? '–' : r.ratio.toFixed(2),
          r.p99Ratio === undefined || r.p99Ratio === null ? '–' : r.p99Ratio.toFixed(2),
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.filter((b) => b.length > 2).map((b) => b[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : i === 1 && cells.length === 2 ? c : c.padStart(widths[i]))).join('  ');
  const lines = [
    `${scenario.name} bodies · ${settings.connections} connections · ${settings.rounds} × ${settings.duration} s per target (median)`,
    fmt(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(fmt),
  ];
  for (const r of rows) if (r.rps !== null && r.note) lines.push(`  note (${r.name}): ${r.note}`);
  const w = rows.find((r) => r.name === 'workerd' && r.base === 'workerd-floor');
  if (w) lines.push(`  target (workerd vs workerd-floor): req/s ${w.ratio} ≥ 1 ${w.ratio >= 1 ? 'ok' : 'MISSED'}`);
  for (const r of rows) {
    if (!DURABLE.has(r.name) || r.rps === null || r.base !== 'floor-durable') continue;
    const checks = [
      [`req/s ${r.ratio} ≥ 0.85`, r.ratio >= 0.85],
      [`p99 ${r.p99Ratio} ≤ 1.5`, r.p99Ratio <= 1.5],
      [`errors ${r.errors} = 0`, r.errors === 0],
      [`peak RSS ${r.rssMB} MB ≤ 150`, r.rssMB <= 150],
    ];
    lines.push(`  target (${r.name} vs floor-durable): ${checks.map(([t, ok]) => `${t} ${ok ? 'ok' : 'MISSED'}`).join(' · ')}`);
  }
  const answered = rows.filter((r) => r.status !== undefined).map((r) => `${r.name} ${r.status}`);
  if (answered.length > 0) lines.push(`  answers: ${answered.join(', ')} (202 = accepted into the outbox, delivered in the background)`);
  return lines.join('\n');
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

// ---------------------------------------------------------------------------------------------

/** Bundles bench/node-direct.ts (TypeScript, imports src/) of `root` next to the other builds in dist/. */
async function buildDirect(root = ROOT, outfile = DIRECT_BUNDLE) {
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(root, 'bench', 'node-direct.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      logLevel: 'error',
    });
  } catch (err) {
    rmSync(outfile, { force: true });
    console.log(`${root === ROOT ? 'node-direct' : 'node-direct-compare'}: cannot build (${err.message.split('\n')[0]})`);
  }
}

async function main() {
  if (TARGETS.some((t) => t.name === 'node-direct')) await buildDirect();
  if (TARGETS.some((t) => t.name === 'node-direct-compare')) await buildDirect(COMPARE_ROOT, COMPARE_DIRECT_BUNDLE);
  const m = machine();
  const tmp = mkdtempSync(join(os.tmpdir(), 'w2g-bench-'));
  const fake = startProcess('fake-github', [join(ROOT, 'bench', 'fake-github.mjs')]);
  const upstream = await fake.url;
  const results = {
    machine: m,
    settings: { ...settings, date: new Date().toISOString(), quick },
    scenarios: [],
  };
  let stepN = 0;
  const perScenario = TARGETS.length * settings.rounds;
  const totalSteps = perScenario * SCENARIOS.length;
  const step = () => `${Math.min(++stepN, totalSteps)}/${totalSteps}`;
  console.log(`webhook2github bench · ${m.cpus} × ${m.cpuModel} · ${m.memGB} GB · Node ${m.node} · ${m.os}`);
  console.log(`relay log level: ${settings.logLevel} · fake GitHub ${upstream} answers 204 · load: autocannon in its own process\n`);
  try {
    for (const scenario of SCENARIOS) {
      const started = await runScenario(scenario, upstream, tmp, step);
      const rows = summarize(started);
      results.scenarios.push({ name: scenario.name, bodyBytes: scenario.bodyBytes, targets: rows });
      console.log(table(scenario, rows));
      console.log('');
    }
  } finally {
    await fake.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results: ${outFile.startsWith(ROOT) ? outFile.slice(ROOT.length + 1) : outFile}`);
}

await main();
