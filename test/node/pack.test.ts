/**
 * The package as a user installs it: `npm pack` makes the tarball that would be published, it is
 * installed into an empty project (`npm install <tarball>`: production dependencies only, no
 * build step), and the CLI is run from there with `npx webhook2github …`: `--version`, `serve`
 * (one webhook relayed to the fake GitHub), `receive` (the event that dispatch made) and `dev`.
 *
 * better-sqlite3's native binary: prebuild-install (its install step) first looks for a local
 * prebuild (`npm_config_better_sqlite3_local_prebuilds`), then downloads one from GitHub, then
 * compiles. Here the local prebuild is the very binary this project installed, packed under the
 * name prebuild-install asks for, and the download host is a closed loopback port: nothing is
 * fetched from outside npm's registry, and a version mismatch falls back to compiling (slower,
 * same result).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  bin: Record<string, string>;
  exports: Record<string, string | { types: string; default: string }>;
  devDependencies: Record<string, string>;
};

let work: string;
let project: string;
let tarball: string;
let packed: string[];
let github: FakeGitHub;
const children = new Set<ChildProcess>();

/** The environment the installed CLI runs with: nothing of this repository's, GitHub at the fake. */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: join(work, 'home'),
    npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? work, '.npm'),
    ...extra,
  };
}

/** `npx webhook2github …` in the consumer project, to completion. */
function npx(args: string[], extra: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('npx', ['webhook2github', ...args], { cwd: project, env: cliEnv(extra) }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** `npx webhook2github …` left running; resolves with the first match of `ready` in its output. */
function start(args: string[], ready: RegExp, extra: Record<string, string> = {}): Promise<{ child: ChildProcess; match: RegExpExecArray; lines: string[] }> {
  // Its own process group: npx runs the CLI through a shell and does not pass SIGTERM on, so stop() signals the group.
  const child = spawn('npx', ['webhook2github', ...args], { cwd: project, env: cliEnv(extra), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const lines: string[] = [];
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${ready} within 30 s:\n${lines.join('\n')}`)), 30_000);
    const onLine = (line: string): void => {
      lines.push(line);
      const match = ready.exec(line);
      if (match) {
        clearTimeout(timer);
        resolveStart({ child, match, lines });
      }
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${lines.join('\n')}`));
    });
  });
}

/** SIGTERM to the process group started above; resolves once the CLI has closed its output (it has exited). */
function stop(child: ChildProcess): Promise<void> {
  const closed = new Promise<void>((done) => (child.stdout?.closed && child.stderr?.closed ? done() : child.once('close', () => done())));
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
  return closed.finally(() => children.delete(child));
}

beforeAll(async () => {
  github = await startFakeGitHub();
  work = mkdtempSync(join(tmpdir(), 'w2g-pack-'));
  mkdirSync(join(work, 'home'));
  // What `npm run build` makes and the tarball must carry (dist/ is not in git); `npm test` built the JS.
  for (const f of ['dist/node/cli.js', 'dist/core/index.js', 'dist/worker/index.js', 'dist/action/index.js']) {
    if (!existsSync(join(ROOT, f))) await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: ROOT });
  }
  if (!existsSync(join(ROOT, 'dist', 'types', 'node', 'index.d.ts')))
    await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet', '--only', 'types'], { cwd: ROOT });

  // --ignore-scripts: `prepare` would rebuild dist/ under the other tests; the tarball is what is there.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  packed = info!.files.map((f) => f.path);

  const sqlite = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version: string };
  const prebuilds = join(work, 'prebuilds');
  mkdirSync(prebuilds);
  await run('tar', [
    '-czf',
    join(prebuilds, `better-sqlite3-v${sqlite.version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`),
    '-C',
    join(ROOT, 'node_modules', 'better-sqlite3'),
    'build/Release/better_sqlite3.node',
  ]);

  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, allowScripts: { 'better-sqlite3': true } }));
  await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error'], {
    cwd: project,
    env: {
      ...process.env,
      npm_config_better_sqlite3_local_prebuilds: prebuilds,
      npm_config_better_sqlite3_binary_host: 'http://127.0.0.1:9',
    },
    maxBuffer: 16 * 1024 * 1024,
  });
}, 300_000);

afterAll(async () => {
  for (const child of [...children]) await stop(child);
  await github?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('package.json', () => {
  it('says where the project lives', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/webhook2github/webhook2github.git' });
    expect(pkg.homepage).toBe('https://github.com/webhook2github/webhook2github#readme');
    expect(pkg.bugs.url).toBe('https://github.com/webhook2github/webhook2github/issues');
  });
});

describe('npm pack', () => {
  it('carries the CLI, every exported entry with its types, the Action, the service files and the docs, and no sources or tests', () => {
    for (const f of [
      'package.json',
      'README.md',
      'LICENSE',
      'action.yml',
      'wrangler.toml',
      'deploy/webhook2github.service',
      'deploy/Caddyfile',
      ...Object.values(pkg.bin).map((b) => b.replace(/^\.\//, '')),
    ])
      expect(packed).toContain(f);
    for (const entry of Object.values(pkg.exports)) {
      for (const f of typeof entry === 'string' ? [entry] : [entry.default, entry.types]) expect(packed).toContain(f.replace(/^\.\//, ''));
    }
    expect(packed).toContain('dist/action/index.js');
    expect(packed.filter((f) => /^(src|test|scripts|bench|node_modules|\.ci)\//.test(f) || f.startsWith('.'))).toEqual([]);
  });
});

describe('installed from the tarball into an empty project', () => {
  it('has the production dependencies only (no build step, no dev tools)', () => {
    const installed = join(project, 'node_modules');
    expect(existsSync(join(installed, 'webhook2github', 'dist', 'node', 'cli.js'))).toBe(true);
    expect(existsSync(join(installed, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    for (const dev of ['esbuild', 'typescript', 'vitest', 'wrangler', 'miniflare']) {
      expect(pkg.devDependencies[dev], dev).toBeDefined();
      expect(existsSync(join(installed, dev)), `${dev} installed`).toBe(false);
    }
  });

  it('`npx webhook2github --version` prints the package version', async () => {
    const r = await npx(['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('`serve` relays a webhook to GitHub, and `receive` routes the event that dispatch made', async () => {
    const { child, match, lines } = await start(
      ['serve', '--port', '0', '--github-api-url', github.url, '--db', join(work, 'relay.db')],
      /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    );
    const body = JSON.stringify({ id: 'ord_7', total: '12.50 €' });
    try {
      const res = await fetch(`${match[1]}/octo/shop/orders/webhook/paid?__token=ghp_packed&v=2`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(await res.json()).toEqual({ success: true });
    } finally {
      await stop(child);
    }
    // It stopped as on any SIGTERM: in-flight work done, the outbox left for the next start.
    expect(lines.join('\n')).toMatch(/"msg":"stopped/);
    const dispatch = github.dispatches.at(-1);
    expect(dispatch).toMatchObject({
      owner: 'octo',
      repo: 'shop',
      authorization: 'token ghp_packed',
      body: { event_type: 'webhook', client_payload: { method: 'POST', path: '/orders/webhook/paid?v=2', body } },
    });

    // The event GitHub hands the workflow for that dispatch, routed by the installed CLI.
    const workflows = join(work, 'workflows');
    mkdirSync(workflows, { recursive: true });
    writeFileSync(join(workflows, 'orders.yml'), 'on:\n  webhook:\n    path: /:event\njobs: {}\n');
    const eventFile = join(work, 'event.json');
    writeFileSync(
      eventFile,
      JSON.stringify({ action: dispatch!.body.event_type, client_payload: dispatch!.body.client_payload, repository: { full_name: 'octo/shop' } }),
    );
    const r = await npx(['receive', '--event', eventFile, '--workflows', workflows]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { matched: boolean; workflow: string; trigger: string; items: unknown[] };
    expect(out).toMatchObject({ matched: true, workflow: 'orders', trigger: 'webhook' });
    expect(out.items).toEqual([expect.objectContaining({ body: JSON.parse(body), params: { event: 'paid' } })]);
  });

  it('`dev` answers a webhook locally and prints the items', async () => {
    const workflows = join(work, 'dev-workflows');
    mkdirSync(join(workflows, 'chat'), { recursive: true });
    writeFileSync(join(workflows, 'chat', 'hook.yml'), 'on:\n  webhook: {}\njobs: {}\n');
    const { child, match, lines } = await start(['dev', '--port', '0', '--workflows', workflows], /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    try {
      const res = await fetch(`${match[1]}/webhook/chat/hook/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"text":"Grüße"}',
      });
      expect(res.status, await res.clone().text()).toBe(200);
      await waitFor(() => lines.some((l) => l.includes('chat/hook/webhook: 1 item')), 10_000).catch(() => undefined);
      expect(lines.join('\n')).toContain('chat/hook/webhook: 1 item');
    } finally {
      await stop(child);
    }
  });
});
