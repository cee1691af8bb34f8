/**
 * Hosting the Node relay: the Dockerfile, compose.yaml with its Caddy reverse proxy, and the
 * systemd unit. No Docker engine runs here, so the image is checked in two ways that can run:
 * the Dockerfile is linted (dockerfile-utils, the VS Code Docker linter) and read (stages, user,
 * volume, health check), and its stages are replayed on this machine: the build stage's command
 * on a folder holding exactly what it copies, then the runtime stage's ENTRYPOINT + CMD with its
 * ENV, as an unprivileged user, with its HEALTHCHECK command run against it. Caddy (Debian's
 * `caddy`, when installed) adapts deploy/Caddyfile and, in front of a relay, terminates TLS with
 * its own local CA; systemd-analyze verifies the unit.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, fetch as fetchWith } from 'undici';
import { loadNodeConfig } from '../../src/node/config.js';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** An unprivileged uid/gid to run the "container" as (nobody), when this test runs as root. */
const NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages, in order, by their `AS` names. */
function stages(text: string): Stage[] {
  const out: Stage[] = [];
  for (const ins of DockerfileParser.parse(text).getInstructions()) {
    if (ins.getKeyword() === 'FROM') out.push({ name: /\bAS\s+(\S+)/i.exec(ins.getArgumentsContent() ?? '')?.[1] ?? '', instructions: [] });
    else out.at(-1)?.instructions.push(ins);
  }
  return out;
}

const args = (ins: Instruction): string[] => ins.getArguments().map((a) => a.getValue());
const flag = (ins: Instruction, name: string): string | undefined =>
  (ins as unknown as { getFlags?: () => { getName(): string; getValue(): string | null }[] })
    .getFlags?.()
    .find((f) => f.getName() === name)
    ?.getValue() ?? undefined;
const jsonForm = (ins: Instruction): string[] => JSON.parse((ins.getArgumentsContent() ?? '').replace(/^CMD\s+/, '')) as string[];
const of = (stage: Stage, keyword: string): Instruction[] => stage.instructions.filter((i) => i.getKeyword() === keyword);

/** A free TCP port on 127.0.0.1 (for Caddy, whose config takes fixed ports). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** Starts a long-running command and resolves with the first match of `ready` in its output. */
function startProcess(
  cmd: string,
  argv: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; uid?: number; gid?: number },
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray; lines: string[] }> {
  const child = spawn(cmd, argv, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${ready} within 20 s:\n${lines.join('\n')}`)), 20_000);
    const onLine = (line: string): void => {
      lines.push(line);
      const match = ready.exec(line);
      if (match) {
        clearTimeout(timer);
        done({ child, match, lines });
      }
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${cmd} exited with ${code}:\n${lines.join('\n')}`));
    });
  });
}

/** SIGTERM; resolves with the exit code. */
function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  child.kill('SIGTERM');
  return exited;
}

const dockerfile = read('Dockerfile');
const all = stages(dockerfile);
const runtime = all.at(-1)!;

let work: string;
let github: FakeGitHub;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'w2g-hosting-'));
  chmodSync(work, 0o755);
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('Dockerfile', () => {
  it('passes the Dockerfile linter', () => {
    expect(validate(dockerfile).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('is multi-stage: dependencies and build apart from a runtime stage that runs as a non-root user', () => {
    expect(all.map((s) => s.name)).toEqual(['deps', 'build', 'runtime']);
    const defined = new Set<string>();
    for (const stage of all) {
      for (const copy of of(stage, 'COPY')) {
        const from = flag(copy, 'from');
        if (from !== undefined) expect(defined.has(from), `COPY --from=${from} in ${stage.name}`).toBe(true);
      }
      defined.add(stage.name);
    }
    // The compiler (for better-sqlite3) is installed in `deps` only.
    expect(
      of(runtime, 'RUN')
        .map((r) => r.getArgumentsContent())
        .join('\n'),
    ).not.toMatch(/apt-get|g\+\+|npm/);
    const users = of(runtime, 'USER').map((u) => args(u)[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('keeps the outbox in the /data volume and listens on every interface of the container', () => {
    const env = Object.fromEntries(of(runtime, 'ENV').flatMap((e) => args(e).map((kv) => kv.split('=') as [string, string])));
    expect(env).toMatchObject({ HOST: '0.0.0.0', W2G_DB: '/data/webhook2github.db' });
    expect(of(runtime, 'VOLUME').flatMap((v) => jsonForm(v))).toContain('/data');
    // The image's settings are valid settings of the relay.
    expect(() => loadNodeConfig({}, env)).not.toThrow();
  });

  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const stage of all) {
      for (const copy of of(stage, 'COPY')) {
        if (flag(copy, 'from') !== undefined) continue;
        for (const src of args(copy).slice(0, -1)) {
          expect(existsSync(join(ROOT, src)), `${stage.name}: COPY ${src}`).toBe(true);
          expect(ignored, `${src} is in .dockerignore`).not.toContain(src);
        }
      }
    }
  });

  it('replayed here: the build stage builds from what it copies, and the runtime stage serves, reports healthy, relays, and stops on SIGTERM', async () => {
    // Build stage: a folder with exactly its COPY sources (and the project's node_modules for `npm ci`).
    const build = stages(dockerfile).find((s) => s.name === 'build')!;
    const buildDir = join(work, 'build');
    mkdirSync(buildDir);
    for (const copy of of(build, 'COPY')) for (const src of args(copy).slice(0, -1)) cpSync(join(ROOT, src), join(buildDir, src), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(buildDir, 'node_modules'), 'dir');
    const buildRun = of(build, 'RUN')
      .map((r) => r.getArgumentsContent() ?? '')
      .filter((c) => !c.startsWith('npm ci'));
    for (const cmd of buildRun) await run('sh', ['-c', cmd], { cwd: buildDir });

    // Runtime stage: its COPY instructions, from the build folder and the repository.
    const app = join(work, 'app');
    mkdirSync(app);
    const sources: Record<string, string> = { build: buildDir, deps: ROOT };
    for (const copy of of(runtime, 'COPY')) {
      const [src, dest] = args(copy) as [string, string];
      const from = flag(copy, 'from');
      const origin = from === undefined ? join(ROOT, src) : join(sources[from]!, src.replace(/^\/app\//, ''));
      const target = join(app, dest.endsWith('/') ? src.split('/').at(-1)! : dest);
      mkdirSync(dirname(target), { recursive: true });
      if (src.endsWith('node_modules')) symlinkSync(origin, target, 'dir');
      else cpSync(origin, target, { recursive: true });
    }
    const data = join(work, 'data');
    mkdirSync(data);
    if (NOBODY) chownSync(data, NOBODY.uid, NOBODY.gid);

    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '' };
    for (const e of of(runtime, 'ENV'))
      for (const kv of args(e)) env[kv.slice(0, kv.indexOf('='))] = kv.slice(kv.indexOf('=') + 1).replace(/^\/data\//, `${data}/`);
    env.PORT = String(await freePort());
    env.GITHUB_API_URL = github.url;
    const [cmd, ...entry] = [...jsonForm(of(runtime, 'ENTRYPOINT')[0]!), ...jsonForm(of(runtime, 'CMD')[0]!)] as [string, ...string[]];
    const { child } = await startProcess(cmd, entry, { cwd: app, env, ...(NOBODY ?? {}) }, /listening on http:\/\/0\.0\.0\.0:\d+/);
    const health = jsonForm(of(runtime, 'HEALTHCHECK')[0]!) as [string, ...string[]];
    const healthcheck = () =>
      new Promise<number>((done) =>
        execFile(health[0], health.slice(1), { env: { PATH: env.PATH, PORT: env.PORT } }, (err) => done(err ? Number(err.code ?? 1) : 0)),
      );
    try {
      expect(await healthcheck()).toBe(0);
      const res = await fetch(`http://127.0.0.1:${env.PORT}/octo/hooks/ping?__token=ghp_image`, { method: 'POST', body: 'pong' });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(github.dispatches.at(-1)).toMatchObject({
        owner: 'octo',
        repo: 'hooks',
        authorization: 'token ghp_image',
        body: { client_payload: { path: '/ping', body: 'pong' } },
      });
      // The outbox and its key file are in the volume, owned by the unprivileged user.
      expect(existsSync(join(data, 'webhook2github.db'))).toBe(true);
      expect(existsSync(join(data, 'webhook2github.db.key'))).toBe(true);
    } finally {
      expect(await stopProcess(child)).toBe(0);
    }
    expect(await healthcheck()).toBe(1);
  }, 120_000);
});

describe('compose.yaml', () => {
  const compose = parseYaml(read('compose.yaml')) as {
    services: Record<
      string,
      {
        build?: string;
        ports?: string[];
        expose?: string[];
        environment?: Record<string, string>;
        volumes?: string[];
        depends_on?: Record<string, { condition: string }>;
      }
    >;
    volumes: Record<string, unknown>;
  };

  it('builds the relay from this Dockerfile, keeps its data in a named volume, and publishes only the proxy', () => {
    const { relay, caddy } = compose.services as Required<typeof compose.services>;
    expect(relay!.build).toBe('.');
    expect(relay!.ports).toBeUndefined();
    expect(relay!.volumes).toContain('relay-data:/data');
    expect(Object.keys(compose.volumes)).toContain('relay-data');
    expect(caddy!.ports).toEqual(expect.arrayContaining(['80:80', '443:443']));
    expect(caddy!.depends_on?.relay?.condition).toBe('service_healthy');
    for (const mount of caddy!.volumes ?? []) {
      const src = mount.split(':')[0]!;
      if (src.startsWith('./')) expect(existsSync(join(ROOT, src)), mount).toBe(true);
    }
  });

  it("sets the relay's public URL and trusts the proxy's network, with values the relay accepts", () => {
    const env = { ...compose.services.relay!.environment } as Record<string, string>;
    env.W2G_PUBLIC_URL = env.W2G_PUBLIC_URL!.replace(/\$\{RELAY_DOMAIN[^}]*\}/, 'relay.example.com');
    expect(env.W2G_PUBLIC_URL).toBe('https://relay.example.com');
    const config = loadNodeConfig({}, env);
    expect(config.publicUrl).toBe('https://relay.example.com');
    expect(config.trustProxy).toEqual(['uniquelocal']);
  });
});

/** The request lines a relay logged after `from` (JSON lines), by path. */
function requestLines(relay: NodeRelayHandle, from: number): Record<string, unknown>[] {
  return relay.lines
    .slice(from)
    .filter((l) => l.includes('"msg":"request"'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('W2G_PUBLIC_URL and W2G_TRUST_PROXY (relay process)', () => {
  it('the public URL is the one the relay prints, links and shows; X-Forwarded-For names the client only through a trusted proxy', async () => {
    const relay = await startNodeRelay({ githubApiUrl: github.url, env: { W2G_PUBLIC_URL: 'https://relay.example.com/hooks/', W2G_TRUST_PROXY: 'loopback' } });
    try {
      // The start-up message and the JSON log line race each other: wait for both.
      await waitFor(() => relay.lines.some((l) => l.startsWith('Try it:')));
      const printed = relay.lines.join('\n');
      expect(printed).toContain('Public URL: https://relay.example.com/hooks (providers send to https://relay.example.com/hooks/<owner>/<repo>/<path>)');
      expect(printed).toContain("curl -X POST 'https://relay.example.com/hooks/<owner>/<repo>/hello?__token=<github-token>'");
      await waitFor(() => relay.lines.some((l) => l.includes('"public_url":"https://relay.example.com/hooks"')));
      const help = await (await fetch(`${relay.url}/`)).text();
      expect(help).toContain('https://relay.example.com/hooks/<owner>/<repo>/<path>?__token=<github-token>');
      expect(help).toContain('Health: GET https://relay.example.com/hooks/healthz');
      expect(help).not.toContain(relay.url);
      const bad = await fetch(`${relay.url}/-octo-/hooks/x?__token=t`, { method: 'POST', body: 'x' });
      expect(bad.status).toBe(400);
      expect((await bad.json()) as Record<string, unknown>).toMatchObject({ documentation_url: 'https://relay.example.com/hooks/' });

      const from = relay.lines.length;
      // The peer (127.0.0.1) is a trusted proxy; the nearest untrusted address to its right is the client.
      await fetch(`${relay.url}/octo/hooks/a?__token=t`, { method: 'POST', body: 'a', headers: { 'x-forwarded-for': '198.51.100.4, 203.0.113.7, 127.0.0.1' } });
      await fetch(`${relay.url}/octo/hooks/b?__token=t`, { method: 'POST', body: 'b' });
      // The 400 above logs its own request line, which may reach us after `from` was taken: keep only /a and /b.
      const ab = () => requestLines(relay, from).filter((l) => l.path === '/a' || l.path === '/b');
      await waitFor(() => ab().length === 2, 15_000);
      expect(ab().map((l) => [l.path, l.client])).toEqual([
        ['/a', '203.0.113.7'],
        ['/b', '127.0.0.1'],
      ]);
    } finally {
      await relay.stop();
    }
  });

  it('without W2G_TRUST_PROXY the peer is the client, whatever X-Forwarded-For says, and the help page shows the address it was reached at', async () => {
    const relay = await startNodeRelay({ githubApiUrl: github.url });
    try {
      const from = relay.lines.length;
      await fetch(`${relay.url}/octo/hooks/c?__token=t`, { method: 'POST', body: 'c', headers: { 'x-forwarded-for': '203.0.113.7' } });
      await waitFor(() => requestLines(relay, from).length === 1);
      expect(requestLines(relay, from)[0]).toMatchObject({ path: '/c', client: '127.0.0.1' });
      expect(await (await fetch(`${relay.url}/`)).text()).toContain(`${relay.url}/<owner>/<repo>/<path>?__token=<github-token>`);
      await waitFor(() => relay.lines.some((l) => l.startsWith('Try it:')));
      expect(relay.lines.join('\n')).not.toContain('Public URL');
    } finally {
      await relay.stop();
    }
  });

  it('a W2G_TRUST_PROXY that is not an address, range or known name stops the start, naming it', async () => {
    const r = await run(process.execPath, [join(ROOT, 'bin', 'webhook2github.js'), 'serve', '--port', '0', '--db', join(work, 'never.db')], {
      env: { PATH: process.env.PATH ?? '', W2G_TRUST_PROXY: '10.0.0.0/8, proxy.internal' },
    }).catch((err: { code: number; stderr: string }) => err);
    expect(r).toMatchObject({ code: 1 });
    expect((r as { stderr: string }).stderr).toContain('W2G_TRUST_PROXY');
    expect(existsSync(join(work, 'never.db'))).toBe(false);
  });
});

describe.skipIf(!has('caddy'))('deploy/Caddyfile (Caddy installed)', () => {
  it('adapts: HTTPS for RELAY_DOMAIN, proxied to the relay service', async () => {
    const { stdout } = await run('caddy', ['adapt', '--config', join(ROOT, 'deploy', 'Caddyfile'), '--adapter', 'caddyfile'], {
      env: { PATH: process.env.PATH ?? '', HOME: work, RELAY_DOMAIN: 'relay.example.com' },
    });
    const config = JSON.parse(stdout) as { apps: { http: { servers: Record<string, { listen: string[]; routes: unknown[] }> } } };
    const server = Object.values(config.apps.http.servers)[0]!;
    expect(server.listen).toEqual([':443']);
    expect(JSON.stringify(server.routes)).toContain('"host":["relay.example.com"]');
    expect(JSON.stringify(server.routes)).toContain('"dial":"relay:8787"');
  });

  it('in front of the relay: HTTPS with its own CA, the public URL on the help page, the client named by Caddy (a sent X-Forwarded-For cannot pick it)', async () => {
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    const publicUrl = `https://127.0.0.1:${httpsPort}`;
    const relay = await startNodeRelay({ githubApiUrl: github.url, env: { W2G_PUBLIC_URL: publicUrl, W2G_TRUST_PROXY: 'loopback' } });
    const home = join(work, 'caddy');
    mkdirSync(home, { recursive: true });
    // The deploy Caddyfile as is, with test-only global options: loopback ports, Caddy's local CA instead of ACME.
    const config = join(home, 'Caddyfile');
    writeFileSync(
      config,
      `{\n\tadmin off\n\tdefault_bind 127.0.0.1\n\thttp_port ${httpPort}\n\thttps_port ${httpsPort}\n\tlocal_certs\n\tskip_install_trust\n\tstorage file_system ${join(home, 'data')}\n}\nimport ${join(ROOT, 'deploy', 'Caddyfile')}\n`,
    );
    const caddyEnv = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      RELAY_DOMAIN: '127.0.0.1',
      RELAY_UPSTREAM: new URL(relay.url).host,
    };
    const { child: caddy } = await startProcess(
      'caddy',
      ['run', '--config', config, '--adapter', 'caddyfile'],
      { cwd: home, env: caddyEnv },
      /serving initial configuration/,
    );
    try {
      const rootCa = join(home, 'data', 'pki', 'authorities', 'local', 'root.crt');
      await waitFor(() => existsSync(rootCa), 10_000);
      const tls = new Agent({ connect: { ca: readFileSync(rootCa, 'utf8') } });
      let help = '';
      // Caddy issues the site's certificate right after it starts serving.
      await waitFor(async () => {
        help = await fetchWith(`${publicUrl}/`, { dispatcher: tls }).then(
          (r) => r.text(),
          () => '',
        );
        return help !== '';
      }, 15_000);
      expect(help).toContain(`${publicUrl}/<owner>/<repo>/<path>?__token=<github-token>`);

      const from = relay.lines.length;
      const res = await fetchWith(`${publicUrl}/octo/hooks/tg?__token=ghp_tls`, {
        method: 'POST',
        dispatcher: tls,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.66' },
        body: '{"text":"über TLS"}',
      });
      expect(res.status, await res.clone().text()).toBe(200);
      const sent = github.dispatches.at(-1)!;
      expect(sent).toMatchObject({ authorization: 'token ghp_tls', body: { client_payload: { path: '/tg', body: '{"text":"über TLS"}' } } });
      expect(sent.body.client_payload.headers).toMatchObject({ 'x-forwarded-proto': 'https', 'x-forwarded-for': '127.0.0.1' });
      await waitFor(() => requestLines(relay, from).some((l) => l.path === '/tg'));
      expect(requestLines(relay, from).find((l) => l.path === '/tg')).toMatchObject({ path: '/tg', status: 200, client: '127.0.0.1' });

      // Plain HTTP is redirected to HTTPS.
      const plain = await fetch(`http://127.0.0.1:${httpPort}/`, { redirect: 'manual' });
      expect(plain.status).toBe(308);
      expect(plain.headers.get('location')).toMatch(/^https:\/\/127\.0\.0\.1/);
      await tls.close();
    } finally {
      await stopProcess(caddy);
      await relay.stop();
    }
  }, 60_000);
});

describe.skipIf(!has('systemd-analyze'))('deploy/webhook2github.service (systemd-analyze installed)', () => {
  it('verifies without a warning', async () => {
    const { stdout, stderr } = await run('systemd-analyze', ['verify', join(ROOT, 'deploy', 'webhook2github.service')]);
    expect(stdout + stderr).toBe('');
  });

  it('sets only settings the relay accepts, and keeps the outbox in its state directory', () => {
    const unit = read('deploy/webhook2github.service');
    const env = Object.fromEntries([...unit.matchAll(/^Environment=([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
    const config = loadNodeConfig({}, env);
    expect(config.db).toBe('/var/lib/webhook2github/webhook2github.db');
    expect(unit).toMatch(/^StateDirectory=webhook2github$/m);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/webhook2github\/node_modules\/webhook2github\/bin\/webhook2github\.js serve$/m);
  });
});
