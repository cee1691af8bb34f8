/**
 * Bodies up to 25 MB, end to end over real HTTP: a request to the relay (Node as a process, and
 * the Worker in workerd) → the fake GitHub (blob stored, event or run dispatched) → the event file
 * GitHub would write → the bundled Action, which reads the blob back (github-token, checked by
 * size and SHA-256) → `body-file` byte-exact. JSON (a push with many commits: compressible, so
 * 100 KB still travels gzip-compressed) and binary (random: a blob from 100 KB on), on both
 * targets and both runtimes; 26 MB is a 413 on both runtimes. Times are printed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBody, send, type ReceivedEnvelope } from '../conformance/harness.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, startWorkerdRelay, type RelayHandle } from '../support/relay-process.js';
import { ensureNodeBuild } from './support/node-build.js';
import { dispatchEvent, workflowDispatchEvent } from './support/dispatch-event.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const MB = 1024 * 1024;
const TOKEN = 'ghp_largeBodies000000000000000000000000';
const workspace = makeWorkspace({ 'big.yml': 'on:\n  webhook:\njobs: {}\n' });

/** A GitHub push payload of exactly `size` bytes: as many commits as fit, then spaces (realistic, compressible, valid JSON). */
function pushPayload(size: number): Buffer {
  const head = Buffer.from('{"ref":"refs/heads/main","repository":{"full_name":"octo/big"},"commits":[');
  const tail = Buffer.from(']}');
  const noise = randomBytes(4096).toString('hex');
  const parts: Buffer[] = [head];
  let length = head.length + tail.length;
  for (let i = 0; ; i++) {
    const id = noise.slice((i * 7) % 8000, ((i * 7) % 8000) + 40);
    const commit = Buffer.from(
      `${i ? ',' : ''}{"id":"${id}","message":"Fix #${i}: handle Ünïcode in the importer","timestamp":"${new Date(1_700_000_000_000 + i * 60_000).toISOString()}",` +
        `"author":{"name":"Zoë Example","email":"zoe@example.com"},"added":["src/module-${i % 97}/file-${i}.ts"],"modified":["README.md"],"removed":[]}`,
    );
    if (length + commit.length > size) break;
    parts.push(commit);
    length += commit.length;
  }
  return Buffer.concat([...parts, Buffer.alloc(size - length, ' '), tail]);
}

const SIZES: [string, number][] = [
  ['100 KB', 100 * 1024],
  ['1 MB', MB],
  ['10 MB', 10 * MB],
  ['25 MB', 25 * MB],
];
const bodies = new Map<string, Buffer>();
function bodyFor(kind: 'json' | 'binary', size: number): Buffer {
  const key = `${kind}:${size}`;
  let b = bodies.get(key);
  if (!b) {
    b = kind === 'json' ? pushPayload(size) : randomBytes(size);
    bodies.set(key, b);
  }
  return b;
}

type Target = 'repository_dispatch' | 'workflow_dispatch';
const RUNTIMES = ['node', 'workerd'] as const;

let gh: FakeGitHub;
const relays = new Map<string, RelayHandle>();
const timings: string[] = [];

beforeAll(async () => {
  ensureNodeBuild();
  gh = await startFakeGitHub();
  const [node, workerd] = await Promise.all([
    startNodeRelay({ githubApiUrl: gh.url, env: { W2G_DISPATCH_RATE: '0', W2G_LOG_LEVEL: 'warn' } }),
    startWorkerdRelay({ githubApiUrl: gh.url }),
  ]);
  relays.set('node', node);
  relays.set('workerd', workerd);
}, 60_000);
afterAll(async () => {
  for (const r of relays.values()) await r.stop();
  await gh?.close();
  if (timings.length > 0) console.log(`relay answer times (sync, loopback, fake GitHub):\n  ${timings.join('\n  ')}`);
});

/** Sends the body through the relay and returns the event GitHub would write, once dispatched. */
async function relay(
  runtime: string,
  target: Target,
  label: string,
  kind: string,
  body: Buffer,
): Promise<{ event: Record<string, unknown>; via: string; bytes: Buffer }> {
  gh.reset();
  const query = target === 'workflow_dispatch' ? `__workflow=webhook.yml&__token=${TOKEN}` : `__token=${TOKEN}`;
  const started = performance.now();
  const res = await send(relays.get(runtime)!.url, `/octo/big/big/webhook?${query}`, {
    method: 'POST',
    headers: { 'content-type': kind === 'json' ? 'application/json' : 'application/octet-stream', 'x-github-event': 'push' },
    body,
    timeoutMs: 120_000,
  });
  const ms = performance.now() - started;
  // Node answers 202 when the sync deadline passed first; the outbox then delivers.
  expect([200, 202], res.text()).toContain(res.status);
  timings.push(`${runtime.padEnd(7)} ${target.padEnd(19)} ${kind.padEnd(6)} ${label.padStart(6)}: ${ms.toFixed(0)} ms (HTTP ${res.status})`);
  const id = res.headers['x-webhook2github-delivery'] as string;
  if (target === 'workflow_dispatch') {
    await gh.waitFor(() => gh.repoApi.workflowDispatches.length === 1, 60_000);
    const run = gh.repoApi.workflowDispatches[0]!;
    if (res.status === 200) expect(res.json()['run_id']).toBe(run.runId);
    const envelope = JSON.parse(String(run.inputs['payload'])) as Record<string, unknown>;
    expect(envelope['id']).toBe(id);
    return { event: workflowDispatchEvent(envelope, '.github/workflows/webhook.yml', 'refs/heads/main', 'octo/big'), ...received(envelope) };
  }
  await gh.waitFor(() => gh.dispatches.length === 1, 60_000);
  const envelope = gh.dispatches[0]!.body.client_payload;
  expect(envelope['id']).toBe(id);
  const event = { ...dispatchEvent(envelope), repository: { id: 2, name: 'big', full_name: 'octo/big', private: true } };
  return { event, ...received(envelope) };
}

/** How the body travelled, and its bytes as GitHub holds them (the blob, or the decoded envelope body). */
function received(envelope: Record<string, unknown>): { via: string; bytes: Buffer } {
  const ref = envelope['body_ref'] as { sha: string } | undefined;
  if (ref) return { via: 'blob', bytes: gh.repoApi.blob('octo', 'big', ref.sha) ?? Buffer.alloc(0) };
  return { via: String(envelope['body_encoding'] ?? 'text'), bytes: decodeBody(envelope as ReceivedEnvelope) };
}

/**
 * Which runtime's event the Action reads, per target and kind: every size and kind reaches the
 * Action once per target, and every runtime × target pair reaches it for every size. (All 32
 * combinations are checked byte-exact at the fake GitHub; the Action's part does not depend on
 * the runtime that relayed, only on the event, so running it 32 times would repeat the same work.)
 */
const ACTION_FROM: Record<Target, Record<'json' | 'binary', (typeof RUNTIMES)[number]>> = {
  repository_dispatch: { json: 'node', binary: 'workerd' },
  workflow_dispatch: { json: 'workerd', binary: 'node' },
};

describe.each(RUNTIMES)('large bodies through the relay on %s', (runtime) => {
  describe.each(['repository_dispatch', 'workflow_dispatch'] as const)('%s', (target) => {
    it.each(SIZES.flatMap(([label, size]) => (['json', 'binary'] as const).map((kind) => [label, kind, size] as const)))(
      '%s %s arrives byte-exact',
      async (label, kind, size) => {
        const body = bodyFor(kind, size);
        const t0 = performance.now();
        const { event, via, bytes } = await relay(runtime, target, label, kind, body);
        const t1 = performance.now();
        if (size >= MB || kind === 'binary') expect(via).toBe('blob');
        else expect(via).toBe('gzip+base64');
        expect(bytes.equals(body)).toBe(true);
        if (ACTION_FROM[target][kind] !== runtime) return;
        const run = await runAction({
          workspace,
          event,
          eventName: target,
          inputs: { 'github-token': TOKEN },
          env: { GITHUB_API_URL: gh.url },
        });
        expect(run.code, run.stdout.slice(0, 2000)).toBe(0);
        expect(run.outputs.matched).toBe('true');
        const file = readFileSync(run.outputs['body-file'] as string);
        expect(file.length).toBe(body.length);
        expect(createHash('sha256').update(file).digest('hex')).toBe(createHash('sha256').update(body).digest('hex'));
        timings.push(`   ... dispatched after ${(t1 - t0).toFixed(0)} ms, then the Action took ${(performance.now() - t1).toFixed(0)} ms`);
      },
      180_000,
    );
  });

  it('26 MB is refused with 413 naming the limit; nothing reaches GitHub', async () => {
    gh.reset();
    const res = await declaredOnly(relays.get(runtime)!.url, `/octo/big/big/webhook?__token=${TOKEN}`, 26 * MB);
    expect(res.status, res.text).toBe(413);
    expect(JSON.parse(res.text)).toMatchObject({ success: false, code: 'body_too_large', limit_bytes: 25 * MB });
    expect(gh.requests).toHaveLength(0);
  });
});

/**
 * A POST declaring `length` bytes that sends only the first 64 KB and waits for the answer: the
 * relay refuses by the declared length before reading, and workerd closes the connection right
 * after its 413, so a client still writing 26 MB could lose the answer to the reset.
 */
function declaredOnly(base: string, path: string, length: number): Promise<{ status: number; text: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: 'POST', path, headers: { 'content-length': String(length) }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    req.write(Buffer.alloc(64 * 1024, 1));
  });
}
