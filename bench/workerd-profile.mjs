// A CPU profile of the Worker in workerd under load, to see what it does beyond the Worker floor:
// Miniflare with its inspector, the fake GitHub, autocannon (bench/load.mjs) for the measured
// seconds, and the functions that took the most time, in µs per answered request.
// `--floor` profiles bench/workerd-floor.mjs's Worker instead; `--script FILE` another build.
// With the inspector attached every console.log is also sent to it, which makes the Worker's
// request log line look far dearer than it is without one: `--quiet-log` drops info lines.
// Usage: node bench/workerd-profile.mjs [--floor | --script dist/worker/index.js] [--seconds 6] [--bytes 1024] [--quiet-log] [--top 30]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';
import WebSocket from 'ws';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const floor = argv.includes('--floor');
const seconds = Number(opt('--seconds', '6'));
const bytes = Number(opt('--bytes', '1024'));
const top = Number(opt('--top', '30'));
const INSPECTOR_PORT = 9339;

const fake = spawn(process.execPath, [join(ROOT, 'bench', 'fake-github.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
const upstream = await new Promise((res) =>
  fake.stdout.on('data', (d) => /listening on (\S+)/.test(String(d)) && res(/listening on (\S+)/.exec(String(d))[1])),
);

let options;
if (floor) {
  const script = /const script = `([\s\S]*?)`;/.exec(readFileSync(join(ROOT, 'bench', 'workerd-floor.mjs'), 'utf8'))[1];
  options = { script, modules: true, bindings: { GITHUB_API_URL: upstream } };
} else {
  const scriptPath = resolve(opt('--script', join(ROOT, 'dist', 'worker', 'index.js')));
  let script = readFileSync(scriptPath, 'utf8');
  if (argv.includes('--quiet-log')) {
    const quiet = script.replace(/info: \(fields, msg\) => console\.log\([^\n]*\),/, 'info: () => {},');
    if (quiet === script) throw new Error('--quiet-log: the consoleLogger info line was not found in the build');
    script = quiet;
  }
  options = {
    script,
    scriptPath,
    modules: true,
    modulesRoot: dirname(scriptPath),
    // As bench/workerd-target.mjs: the relay's rate limits off (one load generator, one repository).
    bindings: { GITHUB_API_URL: upstream, W2G_RATE_LIMIT_CLIENT: '0', W2G_RATE_LIMIT_HOOK: '0' },
    compatibilityFlags: ['nodejs_compat'],
  };
}
const mf = new Miniflare({ ...options, compatibilityDate: '2025-09-01', host: '127.0.0.1', port: 0, inspectorPort: INSPECTOR_PORT });
const origin = (await mf.ready).origin.replace(/\/$/, '');

// Chrome DevTools protocol over the inspector's WebSocket: Profiler.start / Profiler.stop.
const [target] = await (await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json`)).json();
const ws = new WebSocket(target.webSocketDebuggerUrl);
await new Promise((res) => ws.once('open', res));
let lastId = 0;
const waiting = new Map();
ws.on('message', (m) => {
  const msg = JSON.parse(String(m));
  waiting.get(msg.id)?.(msg.result);
  waiting.delete(msg.id);
});
const call = (method, params = {}) =>
  new Promise((res) => {
    waiting.set(++lastId, res);
    ws.send(JSON.stringify({ id: lastId, method, params }));
  });

const load = (s) =>
  new Promise((res) => {
    const url = `${origin}/bench-owner/bench-repo/hook?__token=bench-token`;
    const p = spawn(process.execPath, [join(ROOT, 'bench', 'load.mjs'), url, '50', String(s), String(bytes)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('exit', () => res(JSON.parse(out.trim().split('\n').pop())));
  });

await call('Profiler.enable');
await call('Profiler.setSamplingInterval', { interval: 200 });
await load(2); // warm-up, not profiled
await call('Profiler.start');
const result = await load(seconds);
const { profile } = await call('Profiler.stop');

// Self time per function (native builtins show as `name :0`), in µs per answered request.
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const f = nodes.get(id).callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
});
const idle = self.get('(idle) :0') ?? 0;
console.log(
  `${floor ? 'workerd-floor' : 'workerd'} · ${bytes} B · 50 connections · ${seconds} s: ${Math.round(result.rps)} req/s, ${result.errors} errors; busy ${Math.round((total - idle) / result.ok)} µs per request`,
);
for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${String(Math.round(t / result.ok)).padStart(6)} µs ${((100 * t) / total).toFixed(1).padStart(5)} %  ${key}`);
}
ws.close();
await mf.dispose();
fake.kill();
