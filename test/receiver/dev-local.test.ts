/**
 * `dev` speaks local: warnings and errors on stderr (items on stdout), messages that name the
 * --secrets file rather than the Action's input, and a broken workflow file that breaks only its
 * own routes, with its error in the answer. The secrets file (and the Action's input) may be
 * NAME=value lines, so a workflow can pass only the secrets its triggers use.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../src/receiver/dev-server.js';
import { parseSecrets } from '../../src/receiver/secrets.js';
import { makeWorkspace } from './support/run-action.js';
import { waitFor } from './support/wait-for.js';

const root = makeWorkspace({
  'good.yml': `on:
  webhook:
    token: \${{ secrets.MISSING_ONE }}
jobs: {}
`,
  'broken.yml': `on:
  webhook: [unclosed
`,
});

describe('dev, locally', () => {
  let dev: DevServer;
  const out: string[] = [];
  const err: string[] = [];
  beforeAll(async () => {
    dev = await startDevServer({ port: 0, workflowsDir: join(root, 'workflows'), log: (l) => out.push(l), warn: (l) => err.push(l) });
  });
  afterAll(() => dev.close());

  it('warns at start about a broken file, and keeps serving the others', async () => {
    expect(err.join('\n')).toMatch(/broken\.yml is not valid YAML.*\/webhook\/broken\//);
    const res = await fetch(`${dev.url}/webhook/good/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(res.status).toBe(200);
    expect(out.some((l) => l.includes('good/webhook: 1 item(s)'))).toBe(true);
  });

  it("answers a broken file's routes with its error", async () => {
    const res = await fetch(`${dev.url}/webhook/broken/webhook`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toMatch(/broken\.yml is not valid YAML/);
    expect(err.some((l) => l.includes('/webhook/broken/webhook: error:'))).toBe(true);
  });

  it('names the --secrets file, not the Action input, for a missing secret; on stderr', async () => {
    await fetch(`${dev.url}/webhook/good/webhook`, { method: 'POST', body: '{}' });
    const warning = err.find((l) => l.includes('MISSING_ONE'));
    expect(warning).toMatch(/--secrets/);
    expect(warning).not.toMatch(/secrets input/);
    expect(out.some((l) => l.includes('MISSING_ONE'))).toBe(false);
  });

  it('the CLI writes items to stdout and warnings to stderr', async () => {
    const bin = resolve(import.meta.dirname, '..', '..', 'bin', 'webhook2github.js');
    const child = spawn(process.execPath, [bin, 'dev', '--port', '0', '--workflows', join(root, 'workflows')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    try {
      await waitFor(() => /listening on (http:\/\/127\.0\.0\.1:\d+)/.test(stdout), 15_000);
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1];
      await fetch(`${url}/webhook/good/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":2}' });
      await waitFor(() => stdout.includes('{"x":2}') && stderr.includes('MISSING_ONE'), 10_000);
      expect(stderr).toMatch(/broken\.yml is not valid YAML/);
      expect(stdout).not.toMatch(/MISSING_ONE|not valid YAML/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('secrets as NAME=value lines', () => {
  it('parses lines, keeps values as they are, skips comments and blank lines', () => {
    expect(parseSecrets('A=1\n# note\n\nB_2= spaced value \nC=x=y\n')).toEqual({ A: '1', B_2: ' spaced value ', C: 'x=y' });
    expect(parseSecrets('{"A":"1"}')).toEqual({ A: '1' });
  });

  it('refuses a line that is not NAME=value without echoing it (it may hold a secret)', () => {
    expect(() => parseSecrets('A=1\nghp_secretvalue\n', 'input secrets')).toThrow(/line 2 is not NAME=value/);
    expect(() => parseSecrets('A=1\nghp_secretvalue\n', 'input secrets')).not.toThrow(/ghp_secretvalue/);
  });

  it('the file may be NAME=value lines', () => {
    const file = join(root, 'secrets.env');
    writeFileSync(file, 'TOKEN=abc\n');
    return import('../../src/receiver/receive-files.js').then(({ readSecretsFile }) => expect(readSecretsFile(file)).toEqual({ TOKEN: 'abc' }));
  });
});
