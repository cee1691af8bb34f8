/**
 * Secrets stay secret on every path: known PATs (raw and sealed), sealed tokens, the App's private
 * key and the installation tokens minted for it are sent through the Node relay — delivered,
 * queued for a retry, refused by GitHub, refused at the edge, sealed over HTTP, read back through
 * the admin API — and then searched for in every log line, every envelope GitHub received, every
 * error answer, every admin answer and the raw bytes of the database files.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSealingKeys, sealToken } from '../../src/core/seal.js';
import { newJti } from '../../src/core/seal-claims.js';
import { send, type RawResponse } from '../conformance/harness.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const RAW_PAT = `ghp_raw${randomBytes(16).toString('hex')}`;
const SEALED_PAT = `github_pat_sealed${randomBytes(20).toString('hex')}`;
const KEY = randomBytes(32);
const ADMIN = `adm${randomBytes(12).toString('hex')}`;
const appKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const APP_PEM = appKeys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
/** A line from the middle of the key's base64 body: no log or file may hold any of it. */
const APP_KEY_PIECE = APP_PEM.split('\n')[5]!;

let gh: FakeGitHub;
let relay: NodeRelayHandle;
let dir: string;
const answers: { what: string; res: RawResponse }[] = [];
const sealedTokens: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'w2g-redaction-'));
  gh = await startFakeGitHub({
    app: { appId: '99', publicKey: appKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString(), installations: { 'octo/bot': 3 } },
  });
  relay = await startNodeRelay({
    githubApiUrl: gh.url,
    w2g: { W2G_SEALING_KEYS: KEY.toString('base64url'), W2G_GITHUB_APP_ID: '99', W2G_GITHUB_APP_PRIVATE_KEY: APP_PEM },
    env: { W2G_DB: join(dir, 'relay.db'), W2G_ADMIN_TOKEN: ADMIN, W2G_DISPATCH_RATE: '0', W2G_LOG_FORMAT: 'json', W2G_LOG_LEVEL: 'info' },
  });
});
afterAll(async () => {
  await relay?.stop();
  await gh?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('redaction', () => {
  it('no secret appears in any log line, envelope, error, admin answer or database file', async () => {
    const ring = await importSealingKeys([KEY]);
    const seal = async (over: Record<string, unknown> = {}) => {
      const t = await sealToken(
        { jti: newJti(), iat: Math.floor(Date.now() / 1000), repo: 'octo/bot', credential: { kind: 'pat', token: SEALED_PAT }, ...over },
        ring,
      );
      sealedTokens.push(t);
      return t;
    };
    const post = async (what: string, path: string, headers: Record<string, string> = {}) => {
      const res = await send(relay.url, path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"event":"x"}',
        timeoutMs: 10_000,
      });
      answers.push({ what, res });
      return res;
    };

    // Delivered: a raw PAT, a sealed PAT (three places), an App URL.
    expect((await post('raw', `/octo/bot/raw?__token=${RAW_PAT}`)).status).toBe(200);
    expect((await post('sealed query', `/octo/bot/s?__token=${await seal()}`)).status).toBe(200);
    expect((await post('sealed header', '/octo/bot/s', { 'X-Github-Authorization': await seal() })).status).toBe(200);
    expect((await post('sealed bearer', '/octo/bot/s', { Authorization: `Bearer ${await seal()}` })).status).toBe(200);
    expect((await post('app', `/octo/bot/app?__token=${await seal({ credential: { kind: 'app' } })}`)).status).toBe(200);
    // GitHub refuses (401): the delivery fails, GitHub's answer is passed on.
    gh.answer(1, { status: 401, body: { message: 'Bad credentials' } });
    expect((await post('refused', `/octo/bot/r?__token=${await seal()}`)).status).toBe(401);
    // GitHub down: queued in the outbox (the credential encrypted there) and delivered later.
    gh.fail(1, 502);
    const queued = await post('queued', `/octo/bot/q?__token=${await seal()}`);
    expect(queued.status).toBe(202);
    const pendingFiles = dbBytes();
    // Refused at the edge: tampered sealed token, a PAT with a newline, a sealed token for another repository.
    const t = await seal();
    expect((await post('tampered', `/octo/bot/t?__token=${t.slice(0, -3)}AAA`)).status).toBe(401);
    expect((await post('newline', `/octo/bot/t?__token=${RAW_PAT}%0Ax`)).status).toBe(400);
    expect((await post('other repo', `/octo/other/t?__token=${t}`)).status).toBe(403);
    // Sealed over HTTP (its answer holds the new sealed token by design, never the PAT).
    const made = await send(relay.url, '/_/seal', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ repo: 'octo/bot', token: SEALED_PAT }),
    });
    expect(made.status).toBe(201);
    sealedTokens.push(String(made.json()['token']));
    expect(made.text()).not.toContain(SEALED_PAT);
    await gh.waitFor(() => gh.dispatches.length === 6, 15_000);

    // Admin API: every delivery, listed and one by one.
    const admin = (path: string) => send(relay.url, `/_/api${path}`, { headers: { authorization: `Bearer ${ADMIN}` } });
    const list = await admin('/deliveries?limit=100');
    const adminTexts = [list.text()];
    for (const d of list.json()['deliveries'] as { id: string }[]) adminTexts.push((await admin(`/deliveries/${d.id}`)).text());
    expect(adminTexts.length).toBeGreaterThan(6);

    const minted = gh.app!.minted.map((m) => m.token);
    expect(minted.length).toBeGreaterThan(0);
    const secrets: [string, string][] = [
      ['raw PAT', RAW_PAT],
      ['sealed PAT', SEALED_PAT],
      ['App key', APP_KEY_PIECE],
      ['sealing key', KEY.toString('base64url')],
      ...sealedTokens.map((s, i): [string, string] => [`sealed token ${i}`, s.slice(4, 60)]),
      ...minted.map((m, i): [string, string] => [`installation token ${i}`, m]),
    ];
    const places: [string, string][] = [
      ['log', relay.lines.join('\n')],
      ...gh.dispatches.map((d, i): [string, string] => [`envelope ${i}`, d.rawBody]),
      ...answers.filter((a) => a.res.status >= 300).map((a): [string, string] => [`error answer (${a.what})`, a.res.text()]),
      ...answers.map((a): [string, string] => [`answer headers (${a.what})`, JSON.stringify(a.res.headers)]),
      ...adminTexts.map((t, i): [string, string] => [`admin answer ${i}`, t]),
      ['database while pending', pendingFiles],
      ['database at the end', dbBytes()],
    ];
    // The search can find them: each PAT did reach GitHub, in the Authorization header only.
    expect(gh.dispatches.some((d) => d.authorization === `token ${RAW_PAT}`)).toBe(true);
    expect(gh.dispatches.some((d) => d.authorization === `token ${SEALED_PAT}`)).toBe(true);
    const found = places.flatMap(([where, text]) => secrets.filter(([, s]) => text.includes(s)).map(([what]) => `${what} in ${where}`));
    expect(found).toEqual([]);
    // The log does say which sealed token each request used (its id), so it can be revoked.
    expect(relay.lines.some((l) => /"jti":"[A-Za-z0-9_-]{16}"/.test(l))).toBe(true);
  });
});

/** Every byte of every database file (the outbox, its WAL and shared memory) as latin1 text. */
function dbBytes(): string {
  return readdirSync(dir)
    .filter((f) => f.startsWith('relay.db') && !f.endsWith('.key'))
    .map((f) => readFileSync(join(dir, f)).toString('latin1'))
    .join('\n');
}
