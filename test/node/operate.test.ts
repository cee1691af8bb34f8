/**
 * Operating the Node relay: start-up failures are one line naming the setting and the fix and
 * leave nothing behind; GitHub's reachability is checked at start; logs are JSON lines with string
 * levels for machines and coloured lines in a terminal; start, stop, refusals and repeats are logged.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'webhook2github.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'w2g-operate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `serve` expecting it to fail at start. */
function failedStart(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'serve', '--db', join(cwd, 'relay.db'), ...args], { cwd, encoding: 'utf8', timeout: 15_000 });
  return { code: r.status, stderr: r.stderr.trim(), files: readdirSync(cwd) };
}

describe('start-up failures', () => {
  it('a port in use: one line naming --port / PORT and the fix; no database or key file created', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as { port: number }).port;
    const cwd = mkdtempSync(join(dir, 'port-'));
    try {
      const r = failedStart(cwd, '--port', String(port), '--github-api-url', 'http://127.0.0.1:9');
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use \\(--port / PORT\\).*--port 0`));
      expect(r.files).toEqual([]);
    } finally {
      busy.close();
    }
  });

  it('an address that is not this machine: one line naming --host / HOST', () => {
    const cwd = mkdtempSync(join(dir, 'host-'));
    // TEST-NET-1 (RFC 5737): never an address of this machine, and nothing is sent to it.
    const r = failedStart(cwd, '--host', '192.0.2.1', '--port', '0');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/192\.0\.2\.1 is not an address of this machine \(--host \/ HOST\)/);
    expect(r.files).toEqual([]);
  });

  it('a database path that cannot be created: one line naming --db / W2G_DB; no key file left behind', () => {
    const cwd = mkdtempSync(join(dir, 'db-'));
    writeFileSync(join(cwd, 'a-file'), '');
    const r = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--db', join(cwd, 'a-file', 'relay.db')], { cwd, encoding: 'utf8', timeout: 15_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--db \/ W2G_DB/);
    expect(readdirSync(cwd)).toEqual(['a-file']);
  });
});

describe('a running relay says what happens', () => {
  let gh: FakeGitHub;
  let relay: NodeRelayHandle | undefined;
  beforeAll(async () => {
    gh = await startFakeGitHub({ tokens: ['good'] });
  });
  afterEach(async () => {
    await relay?.stop();
    relay = undefined;
  });
  afterAll(() => gh.close());

  const json = (lines: string[]) => lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('warns at start, with the cause, when GitHub cannot be reached; and still serves', async () => {
    relay = await startNodeRelay({ githubApiUrl: 'http://127.0.0.1:9' });
    // The log is written asynchronously: the line may follow the banner the test waited for.
    await waitFor(() => json(relay!.lines).some((l) => String(l['msg']).startsWith('listening on')));
    const warn = json(relay.lines).find((l) => String(l['msg']).startsWith("GitHub's API cannot be reached"));
    expect(warn).toMatchObject({ level: 'warn', github_api_url: 'http://127.0.0.1:9' });
    expect(String(warn?.['err'])).toMatch(/ECONNREFUSED/);
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
  });

  it('a network failure keeps its cause: in the log line, last_error and the admin API', async () => {
    relay = await startNodeRelay({ githubApiUrl: 'http://127.0.0.1:9', env: { W2G_ADMIN_TOKEN: 'admin' } });
    const res = await fetch(`${relay.url}/octo/hello/x?__token=t`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(202);
    const id = res.headers.get('x-webhook2github-delivery');
    const view = (await (await fetch(`${relay.url}/_/api/deliveries/${id}`, { headers: { authorization: 'Bearer admin' } })).json()) as Record<string, unknown>;
    expect(String(view['last_error'])).toMatch(/could not be reached.*ECONNREFUSED/);
    await waitFor(() => json(relay!.lines).some((l) => l['id'] === id && l['msg'] === 'delivery will be retried'));
    expect(String(json(relay.lines).find((l) => l['id'] === id && l['msg'] === 'delivery will be retried')?.['error'])).toMatch(/ECONNREFUSED/);
  });

  it('a sender that closes mid-body is logged as its own mistake (400), never as a relay failure', async () => {
    relay = await startNodeRelay({ githubApiUrl: gh.url });
    gh.reset();
    const { port } = new URL(relay.url);
    await new Promise<void>((done) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.end('POST /octo/hello/x?__token=good HTTP/1.1\r\nHost: relay\r\nContent-Length: 1000\r\n\r\n{"partial":');
      });
      socket.on('close', () => done());
      socket.on('error', () => done());
      socket.resume();
    });
    await waitFor(() => json(relay!.lines).some((l) => l['msg'] === 'request'));
    expect(json(relay.lines).find((l) => l['msg'] === 'request')).toMatchObject({ status: 400 });
    expect(json(relay.lines).some((l) => l['msg'] === 'unexpected error')).toBe(false);
    expect(gh.requests).toHaveLength(0);
  });

  it('JSON lines with string levels; the start, a refusal with GitHub’s message, a repeat marked, the stop', async () => {
    relay = await startNodeRelay({ githubApiUrl: gh.url });
    await waitFor(() => json(relay!.lines).some((l) => String(l['msg']).startsWith('listening on')));
    expect(json(relay.lines).find((l) => String(l['msg']).startsWith('listening on'))).toMatchObject({ level: 'info', github_api_url: gh.url, mode: 'sync' });
    await fetch(`${relay.url}/octo/hello/x?__token=bad`, { method: 'POST', body: '{}' });
    const headers = { 'x-github-delivery': 'd-1' };
    const first = await fetch(`${relay.url}/octo/hello/x?__token=good`, { method: 'POST', body: '{}', headers });
    await fetch(`${relay.url}/octo/hello/x?__token=good`, { method: 'POST', body: '{}', headers });
    await waitFor(() => json(relay!.lines).filter((l) => l['msg'] === 'request').length >= 3);
    const requests = json(relay.lines).filter((l) => l['msg'] === 'request');
    expect(requests[0]).toMatchObject({ level: 'info', status: 401, github_status: 401, github_message: 'Bad credentials' });
    expect(requests[2]).toMatchObject({ status: 200, duplicate_of: first.headers.get('x-webhook2github-delivery') });
    const lines = relay.lines;
    await relay.stop();
    relay = undefined;
    const msgs = json(lines).map((l) => String(l['msg']));
    expect(msgs.some((m) => m.startsWith('stopping'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('stopped'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/"level":\d/);
  });

  it('coloured, readable lines when stdout is a terminal', async () => {
    const db = join(mkdtempSync(join(dir, 'tty-')), 'relay.db');
    // `script` gives the relay a pseudo-terminal as stdout.
    const cmd = `${process.execPath} ${BIN} serve --port 0 --db ${db} --github-api-url ${gh.url}`;
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    try {
      const logLine = () => out.split('\n').find((l) => l.includes('listening on') && l.includes('INFO')) ?? '';
      await waitFor(() => logLine() !== '', 15_000);
      const line = logLine();
      expect(line).toMatch(/\x1b\[\d+m/);
      expect(line).toMatch(/INFO/);
      expect(line.trim().startsWith('{')).toBe(false);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
