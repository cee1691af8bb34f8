import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { ensureNodeBuild } from './support/node-build.js';
import { makeWorkspace } from './support/run-action.js';
import { waitFor } from './support/wait-for.js';

const repo = resolve(import.meta.dirname, '../..');
const bin = join(repo, 'bin/webhook2github.js');

const root = makeWorkspace({
  'shop/orders.yml': `on:
  webhook:
    path: /:event
    config:
      filterOutputs: { body: 1, params: 1 }
jobs: {}
`,
  'secret.yml': `on:
  webhook:
    path: \${{ secrets.HOOK_PATH }}
jobs: {}
`,
});

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env } }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  ensureNodeBuild();
});

describe('webhook2github receive', () => {
  it('prints the routing result of an event file as JSON', async () => {
    const eventFile = join(root, 'event.json');
    const body = JSON.stringify({ id: 'ord_1', total: '12.50 €' });
    writeFileSync(
      eventFile,
      JSON.stringify(
        dispatchEvent(envelopeOf({ method: 'POST', url: '/shop/orders/webhook/paid?v=2', headers: { 'Content-Type': 'application/json' }, body }, 'del-1')),
      ),
    );
    const run = await cli(['receive', '--event', eventFile, '--workflows', 'workflows']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ matched: true, workflow: 'shop/orders', trigger: 'webhook', reason: null });
    expect(out.items).toEqual([{ body: JSON.parse(body), params: { event: 'paid' } }]);
    expect(out.request).toMatchObject({ id: 'del-1', method: 'post', path: '/paid', originPath: '/shop/orders/webhook/paid', query: { v: '2' } });
  });

  it('defaults to GITHUB_EVENT_PATH, fills secrets from --secrets, and warns naming a missing secret', async () => {
    const eventFile = join(root, 'event2.json');
    writeFileSync(eventFile, JSON.stringify(dispatchEvent(envelopeOf({ method: 'GET', url: '/secret/webhook/h1dden' }))));
    const secrets = join(root, 'secrets.json');
    writeFileSync(secrets, JSON.stringify({ HOOK_PATH: '/h1dden' }));
    const ok = await cli(['receive', '--secrets', secrets], { GITHUB_EVENT_PATH: eventFile });
    expect(JSON.parse(ok.stdout).matched).toBe(true);
    // A missing secret is empty (so no path: the trigger owns every path), with a warning naming it.
    const missing = await cli(['receive'], { GITHUB_EVENT_PATH: eventFile });
    expect(missing.code).toBe(0);
    const result = JSON.parse(missing.stdout);
    expect(result.matched).toBe(true);
    expect(result.warnings.join('\n')).toMatch(/secret HOOK_PATH is used in .*secret.yml/);
  });
});

describe('webhook2github dev', () => {
  let child: ChildProcess;
  let out = '';
  beforeAll(() => {
    child = spawn(
      process.execPath,
      [
        bin,
        'dev',
        '--port',
        '0',
        '--workflows',
        'workflows',
        '--run',
        "node -e \"console.log('RAN ' + process.env.W2G_TRIGGER + ' ' + JSON.parse(process.env.W2G_ITEM).params.event)\"",
      ],
      { cwd: root, env: { PATH: process.env.PATH ?? '' } },
    );
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  });
  afterAll(() => {
    child.kill('SIGTERM');
  });

  it('serves on 127.0.0.1 and runs the command per item', async () => {
    const url = await waitFor(() => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1], 15_000, 'dev to listen');
    const res = await fetch(`${url}/webhook/shop/orders/webhook/refunded`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"ok":true}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true });
    await waitFor(() => out.includes('RAN webhook refunded'), 10_000, 'the --run output');
    expect(out).toContain('shop/orders/webhook: 1 item(s)');
  });
});
