/**
 * The package as a consumer sees it: a tiny project that depends on this repository (`file:`,
 * which npm installs as a symlink in node_modules) imports `webhook2github`, `webhook2github/core`
 * and `webhook2github/worker` by name, so only the `exports` map can lead it to the files, and
 * typechecks against the `types` each entry names. Uses the JS the test build wrote; writes the
 * declarations itself (`build.mjs --only types`, as `npm run build` does).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

interface ExportEntry {
  types: string;
  default: string;
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, ExportEntry | string>; engines: { node: string } };

/** What the consumer prints: each entry's export names and their `typeof`. */
const CONSUMER_JS = `
const shape = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v]));
const root = await import('webhook2github');
const core = await import('webhook2github/core');
const worker = await import('webhook2github/worker');
const app = core.createApp(core.defaultRelayConfig, { http: async () => { throw new Error('no dispatch expected'); } });
const help = await app.fetch(new Request('http://relay.test/'));
console.log(JSON.stringify({
  root: shape(root),
  core: shape(core),
  worker: shape(worker),
  workerHandlers: shape(worker.default),
  helpStatus: help.status,
}));
`;

/** Uses the declared types; the @ts-expect-error lines fail the check if a type were `any`. */
const CONSUMER_TS = `
import { createRelay, startNodeRelay, defaultNodeConfig, type NodeConfig, type RunningRelay } from 'webhook2github';
import { createApp, RelayError, defaultRelayConfig, type AppPorts, type RelayConfig } from 'webhook2github/core';
import worker, { configFromEnv, type Env } from 'webhook2github/worker';

const config: RelayConfig = { ...defaultRelayConfig, githubApiUrl: 'http://127.0.0.1:1' };
const ports: AppPorts = { http: async () => ({ status: 204, headers: {}, body: '' }) };
const app = createApp(config, ports);
const same: typeof createApp = createRelay;
const start: (c: NodeConfig) => Promise<RunningRelay> = startNodeRelay;
const node: NodeConfig = { ...defaultNodeConfig, port: 0 };
const env: Env = { GITHUB_API_URL: 'http://127.0.0.1:1' };
const handle: (r: Request, e: Env, ctx: unknown) => Response | Promise<Response> = worker.fetch;
const err = new RelayError(400, 'bad_input', 'what to change');
const status: number = err.status;
const fromEnv: RelayConfig = configFromEnv(env);
// @ts-expect-error createApp is a function, not a number
const notANumber: number = createApp;
// @ts-expect-error Env has no such binding
const unknownBinding: Env = { NOT_A_BINDING: 'x' };
export { app, same, start, node, handle, status, fromEnv, notANumber, unknownBinding };
`;

let dir: string;

beforeAll(async () => {
  await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet', '--only', 'types'], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'w2g-consumer-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { webhook2github: `file:${ROOT}` } }),
  );
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'webhook2github'), 'dir');
  writeFileSync(join(dir, 'consumer.mjs'), CONSUMER_JS);
  writeFileSync(join(dir, 'consumer.ts'), CONSUMER_TS);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM'],
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        skipLibCheck: true,
        typeRoots: [join(ROOT, 'node_modules', '@types')],
        types: ['node'],
      },
      files: ['consumer.ts'],
    }),
  );
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('package exports', () => {
  it('maps the three entries, each with its types file, and asks for the Node undici 7 needs', () => {
    expect(Object.keys(pkg.exports).filter((k) => k !== './package.json')).toEqual(['.', './core', './worker']);
    for (const [name, entry] of Object.entries(pkg.exports)) {
      if (typeof entry === 'string') continue;
      expect(existsSync(join(ROOT, entry.default)), `${name} → ${entry.default}`).toBe(true);
      expect(existsSync(join(ROOT, entry.types)), `${name} → ${entry.types}`).toBe(true);
    }
    const undici = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'undici', 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(undici.engines.node);
  });

  it('imports every entry by package name from a project that depends on it', async () => {
    const { stdout } = await run(process.execPath, ['consumer.mjs'], { cwd: dir });
    const got = JSON.parse(stdout) as Record<string, Record<string, string>> & { helpStatus: number };
    expect(got.root).toMatchObject({ createRelay: 'function', startNodeRelay: 'function', loadNodeConfig: 'function', defaultNodeConfig: 'object' });
    expect(got.core).toMatchObject({
      createApp: 'function',
      RelayError: 'function',
      errorBody: 'function',
      defaultRelayConfig: 'object',
      parseDuration: 'function',
    });
    expect(got.worker).toMatchObject({ default: 'object', configFromEnv: 'function', CredentialLane: 'function' });
    expect(got.workerHandlers).toEqual({ fetch: 'function', queue: 'function', scheduled: 'function' });
    // The core entry is a working app on its own: GET / is the help text.
    expect(got.helpStatus).toBe(200);
  });

  it('typechecks a consumer against the declared types of every entry', async () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { cwd: dir }).catch((err: { stdout: string }) => err);
    expect(result.stdout).toBe('');
  }, 60_000);
});
