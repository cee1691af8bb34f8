/**
 * One event-file and blob-reader setup (src/receiver/event-file.ts) for the Action and the
 * `receive` CLI: both read a body_ref blob from the same repository, with the same errors.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEventFile } from '../../src/receiver/event-file.js';
import { receiveFromFiles } from '../../src/receiver/receive-files.js';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const dir = mkdtempSync(join(tmpdir(), 'w2g-event-'));
const blob = Buffer.from('{"bericht":"Größe XL, Farbe Grün — 🧦"}'.repeat(50), 'utf8');
const ref = { sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', size: blob.length, sha256: createHash('sha256').update(blob).digest('hex') };

/** The fake Git Data API: answers every blob read with `blob` and records what was asked. */
const asked: { url: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer((req, res) => {
  asked.push({ url: req.url ?? '', headers: req.headers });
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  res.end(blob);
});
let apiUrl = '';
beforeAll(async () => {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

function eventFile(name: string, event: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof event === 'string' ? event : JSON.stringify(event));
  return file;
}

const withRef = (repository?: string) => {
  const event: Record<string, unknown> = dispatchEvent({ ...envelopeOf({ method: 'POST', url: '/shop/webhook' }), body_ref: ref });
  if (repository === undefined) delete event.repository;
  else event.repository = { full_name: repository };
  return event;
};

describe('loadEventFile', () => {
  it('reads the blob from the repository the event names, with the token; GITHUB_REPOSITORY only as a fallback', async () => {
    const named = loadEventFile(eventFile('named.json', withRef('octo/hooks')), { apiUrl, repository: 'other/repo', token: 'ghs_tokenless' });
    expect(Buffer.from(await named.readBlob(ref))).toEqual(blob);
    expect(asked.at(-1)?.url).toBe(`/repos/octo/hooks/git/blobs/${ref.sha}`);
    expect(asked.at(-1)?.headers.authorization).toBe('Bearer ghs_tokenless');
    const unnamed = loadEventFile(eventFile('unnamed.json', withRef()), { apiUrl, repository: 'other/repo' });
    await unnamed.readBlob(ref);
    expect(asked.at(-1)?.url).toBe(`/repos/other/repo/git/blobs/${ref.sha}`);
    expect(asked.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('names the problem: no path, unreadable, not JSON, not an object', () => {
    expect(() => loadEventFile(undefined, {})).toThrow(/GITHUB_EVENT_PATH is not set/);
    expect(() => loadEventFile('', {})).toThrow(/GITHUB_EVENT_PATH is not set/);
    expect(() => loadEventFile(join(dir, 'missing.json'), {})).toThrow(/cannot read the event file .*missing\.json/);
    expect(() => loadEventFile(eventFile('bad.json', '{"action": "webhook",'), {})).toThrow(/cannot read the event file .*bad\.json/);
    expect(() => loadEventFile(eventFile('array.json', '[{"client_payload":{}}]'), {})).toThrow(/array\.json is not an event object/);
    expect(() => loadEventFile(eventFile('number.json', '42'), {})).toThrow(/number\.json is not an event object/);
  });
});

describe('the Action and receive share it', () => {
  const workspace = makeWorkspace({ 'shop.yml': 'on: webhook\njobs: {}\n' });

  it('both read the same blob from the same repository', async () => {
    const file = eventFile('shared.json', withRef('octo/hooks'));
    const before = asked.length;
    const fromCli = await receiveFromFiles({
      eventPath: file,
      workflowsDir: join(workspace, 'workflows'),
      env: { GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: 'other/repo', GITHUB_TOKEN: 'ghs_cli' },
    });
    const run = await runAction({ workspace, event: withRef('octo/hooks'), inputs: { 'github-token': 'ghs_action' }, env: { GITHUB_API_URL: apiUrl } });
    expect(run.code, run.stdout).toBe(0);
    expect(Buffer.from(fromCli.request.rawBody)).toEqual(blob);
    expect(run.outputs.body).toBe(blob.toString('utf8'));
    expect(asked.slice(before).map((a) => [a.url, a.headers.authorization])).toEqual([
      [`/repos/octo/hooks/git/blobs/${ref.sha}`, 'Bearer ghs_cli'],
      [`/repos/octo/hooks/git/blobs/${ref.sha}`, 'Bearer ghs_action'],
    ]);
  });

  it('both refuse an event file that is not an object with the same message', async () => {
    const file = eventFile('list.json', '[]');
    await expect(receiveFromFiles({ eventPath: file, workflowsDir: join(workspace, 'workflows') })).rejects.toThrow(/list\.json is not an event object/);
    const run = await runAction({ workspace, event: undefined, eventText: '[]' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/event\.json is not an event object/);
    await expect(receiveFromFiles({ workflowsDir: join(workspace, 'workflows'), env: {} })).rejects.toThrow(/GITHUB_EVENT_PATH is not set/);
  });
});
