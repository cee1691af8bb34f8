/**
 * Workers on the first try, with the wrangler the project pins: in a fresh copy of the project
 * (no dist/), `npm run deploy -- --dry-run` builds the Worker through wrangler.toml's [build]
 * command and writes what it would upload, and that upload dispatches from inside workerd;
 * `wrangler dev` with a .dev.vars made from .dev.vars.example answers a webhook end to end.
 * Nothing leaves the machine: no Cloudflare login, metrics off, and wrangler's update check and
 * Cloudflare API point at a closed port on 127.0.0.1.
 */
import { spawn, execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startWorkerdRelay } from '../support/relay-process.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const CLOSED = 'http://127.0.0.1:9';

let dir: string;
let env: NodeJS.ProcessEnv;
let github: FakeGitHub;

/** A copy of what a clone holds, minus dist/; node_modules is the project's (linked). */
function freshCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'w2g-wrangler-'));
  for (const entry of ['src', 'scripts', 'bin', 'package.json', 'wrangler.toml', '.dev.vars.example', 'tsconfig.json', 'tsconfig.types.json', 'migrations']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

beforeAll(async () => {
  github = await startFakeGitHub();
  dir = freshCopy();
  const home = join(dir, '.home');
  mkdirSync(join(home, 'tmp'), { recursive: true });
  // wrangler's update check reads the npm registry from .npmrc and caches under TMPDIR.
  writeFileSync(join(home, '.npmrc'), `registry=${CLOSED}/\n`);
  env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    TMPDIR: join(home, 'tmp'),
    npm_config_registry: `${CLOSED}/`,
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    CLOUDFLARE_API_BASE_URL: `${CLOSED}/client/v4`,
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    NO_COLOR: '1',
    CI: 'true',
  };
});

afterAll(async () => {
  await github?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('wrangler, from a fresh clone', () => {
  it('pins a wrangler that runs on the Node the project supports', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.devDependencies.wrangler).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts.deploy).toBe('wrangler deploy');
    const { stdout } = await run(join(dir, 'node_modules', '.bin', 'wrangler'), ['--version'], { cwd: dir, env });
    expect(stdout.trim()).toContain(pkg.devDependencies.wrangler);
  });

  it('`npm run deploy -- --dry-run` builds the Worker itself, and the upload dispatches from workerd', async () => {
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    const out = join(dir, 'upload');
    const { stdout, stderr } = await run('npm', ['run', 'deploy', '--', '--dry-run', '--outdir', out], { cwd: dir, env });
    const text = stdout + stderr;
    expect(text).toContain('[custom build] Running: node scripts/build.mjs --only worker');
    expect(text).toMatch(/env\.GITHUB_API_URL \("https:\/\/api\.github\.com"\)/);
    // The full deployment: delivery log, credential lanes, retry and dead-letter queues, seal rate limit.
    for (const binding of [
      /env\.DELIVERIES \(webhook2github\)\s+D1 Database/,
      /env\.LANES \(CredentialLane\)\s+Durable Object/,
      /env\.DISPATCH_QUEUE \(webhook2github-dispatch\)\s+Queue/,
      /env\.DEAD_LETTER_QUEUE \(webhook2github-dead\)\s+Queue/,
      /env\.SEAL_RATE_LIMIT \(10 requests\/60s\)\s+Rate Limit/,
    ]) {
      expect(text).toMatch(binding);
    }
    expect(text).toContain('--dry-run: exiting now.');
    expect(existsSync(join(dir, 'dist', 'worker', 'index.js'))).toBe(true);

    // What wrangler would upload is a working relay.
    const relay = await startWorkerdRelay({ githubApiUrl: github.url, scriptPath: join(out, 'index.js') });
    try {
      const res = await fetch(`${relay.url}/octo/hooks/deploy?__token=ghp_dryrun`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"ref":"main"}',
      });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(github.dispatches.at(-1)).toMatchObject({
        owner: 'octo',
        repo: 'hooks',
        authorization: 'token ghp_dryrun',
        body: { client_payload: { path: '/deploy', body: '{"ref":"main"}' } },
      });
    } finally {
      await relay.stop();
    }
  }, 120_000);

  it('`wrangler dev` with .dev.vars from .dev.vars.example and the migrations applied locally serves a webhook end to end', async () => {
    const example = readFileSync(join(dir, '.dev.vars.example'), 'utf8');
    expect(example).toMatch(/^W2G_SECRET=/m);
    // What the README says: copy the example, then point it at your GitHub (here: the fake).
    writeFileSync(join(dir, '.dev.vars'), `${example}\nGITHUB_API_URL=${github.url}\nW2G_PUBLIC_URL=https://hooks.example.com\n`);
    // …and create the delivery log's tables in the local D1 database, with wrangler's own migrations command.
    const migrated = await run(join(dir, 'node_modules', '.bin', 'wrangler'), ['d1', 'migrations', 'apply', 'webhook2github', '--local'], { cwd: dir, env });
    expect(migrated.stdout + migrated.stderr).toMatch(/0001_deliveries\.sql\s+│\s+✅/);
    const child = spawn(join(dir, 'node_modules', '.bin', 'wrangler'), ['dev', '--ip', '127.0.0.1', '--port', '0'], {
      cwd: dir,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    try {
      const url = await new Promise<string>((ready, fail) => {
        const timer = setTimeout(() => fail(new Error(`wrangler dev was not ready within 90 s:\n${lines.join('\n')}`)), 90_000);
        const onLine = (line: string): void => {
          lines.push(line);
          const m = /Ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
          if (m?.[1]) {
            clearTimeout(timer);
            ready(m[1]);
          }
        };
        createInterface({ input: child.stdout! }).on('line', onLine);
        createInterface({ input: child.stderr! }).on('line', onLine);
        void exited.then(() => fail(new Error(`wrangler dev exited:\n${lines.join('\n')}`)));
      });
      expect(lines.join('\n')).toContain('Using secrets defined in .dev.vars');
      // The help page shows the public address, not the local one it was reached at.
      const help = await (await fetch(`${url}/`)).text();
      expect(help).toContain('https://hooks.example.com/<owner>/<repo>/<path>?__token=<github-token>');
      expect(help).not.toContain(url);
      const before = github.dispatches.length;
      const res = await fetch(`${url}/octo/hooks/telegram?__token=ghp_devvars`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"update_id":1,"message":{"text":"Grüß dich"}}',
      });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(github.dispatches.length).toBe(before + 1);
      expect(github.dispatches.at(-1)).toMatchObject({
        authorization: 'token ghp_devvars',
        body: { client_payload: { path: '/telegram', body: '{"update_id":1,"message":{"text":"Grüß dich"}}' } },
      });
      // Written to the local D1 delivery log by the credential's lane.
      const health = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
      expect(health).toEqual({ ok: true, queue: { pending: 0, oldest_pending_age_s: 0, dead: 0 } });
    } finally {
      // wrangler runs workerd as its child: end the process group this test started.
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  }, 180_000);
});
