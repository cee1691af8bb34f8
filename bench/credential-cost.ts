/**
 * What credentials cost per request, on Node, in-process (no network): the credential rule for a
 * raw token, a sealed token (opened with Web Crypto AES-256-GCM), and an App installation token
 * taken from the cache; then whole relay requests (`app.request`) with each kind, answered by a
 * GitHub stand-in that says 204 at once, so the difference between rows is the credential work.
 * Run: `node bench/credential-cost.mjs` (bundles this file with esbuild, then runs it).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/core/app.js';
import { defaultRelayConfig } from '../src/core/config.js';
import { createGitHubApp } from '../src/core/github/app-auth.js';
import type { HttpClient, HttpResponse } from '../src/core/ports.js';
import { resolveCredential, type CredentialRules } from '../src/core/relay/credential.js';
import { findToken } from '../src/core/relay/token.js';
import { importSealingKeys, openSealedToken, sealToken } from '../src/core/seal.js';
import { newJti } from '../src/core/seal-claims.js';
import { nodeAesGcmOpen } from '../src/node/aes-gcm.js';

const N = Number(process.argv[2] ?? 20_000);
const PAT = `ghp_${randomBytes(18).toString('hex')}`;
const key = randomBytes(32);
const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

/** A GitHub stand-in: the App endpoints and the dispatch answer at once, in-process. */
const github: HttpClient = async (req) => {
  const ok = (status: number, body: unknown): HttpResponse => ({
    status,
    headers: { 'content-type': 'application/json' },
    body: body === '' ? '' : JSON.stringify(body),
  });
  if (req.url.endsWith('/installation')) return ok(200, { id: 1 });
  if (req.url.endsWith('/access_tokens')) return ok(201, { token: 'ghs_bench', expires_at: new Date(Date.now() + 3_600_000).toISOString() });
  return ok(204, '');
};

async function time(label: string, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(2000, N); i++) await fn();
  const start = performance.now();
  for (let i = 0; i < N; i++) await fn();
  const us = ((performance.now() - start) * 1000) / N;
  console.log(`${label.padEnd(58)} ${us.toFixed(1).padStart(7)} µs/op`);
  return us;
}

const webRing = await importSealingKeys([key]);
// As the Node relay opens them: node:crypto (the Web Crypto row shows what Workers' path costs on Node).
const ring = await importSealingKeys([key], nodeAesGcmOpen);
const claims = { jti: newJti(), iat: Math.floor(Date.now() / 1000), repo: 'octo/bot', path: '/hooks', credential: { kind: 'pat' as const, token: PAT } };
const sealed = await sealToken(claims, ring);
const appSealed = await sealToken({ ...claims, credential: { kind: 'app' } }, ring);
const rules: CredentialRules = {
  rawTokens: 'allow',
  allowRepos: undefined,
  keyring: Promise.resolve(ring),
  isRevoked: () => false,
  hasApp: true,
  now: () => Date.now(),
};
const req = { owner: 'octo', repo: 'bot', path: '/hooks/x', queryEventType: undefined, eventType: 'webhook' };
const none = new Headers();

console.log(
  `token: ${sealed.length} characters (${sealed.length - 4} base64url = ${Math.floor(((sealed.length - 4) * 3) / 4)} bytes) for a ${PAT.length}-character PAT, path and no expiry`,
);
console.log(`App token: ${appSealed.length} characters; N = ${N}\n`);
const raw = await time('credential rule, raw token', () => resolveCredential(findToken(PAT, none)!, req, rules));
const webOpen = await time('openSealedToken alone, Web Crypto', () => openSealedToken(sealed, webRing, Date.now()));
const open = await time('openSealedToken alone, node:crypto (the Node relay)', () => openSealedToken(sealed, ring, Date.now()));
const seal = await time('credential rule, sealed token, first sight (open + claims)', () => resolveCredential(findToken(sealed, none)!, req, rules));
const cachedRules: CredentialRules = { ...rules, opened: new Map() };
const sealCached = await time('credential rule, sealed token seen before (the relay)', () => resolveCredential(findToken(sealed, none)!, req, cachedRules));
const app = createGitHubApp({
  credentials: { appId: '1', privateKey: pem },
  http: github,
  clock: { now: () => Date.now() },
  apiUrl: 'http://127.0.0.1:1',
  userAgent: 'bench',
});
await app.installationToken('octo', 'bot', Date.now() + 5000);
const cached = await time('App installation token from the cache', () => app.installationToken('octo', 'bot', Date.now() + 5000));

console.log('\nwhole requests (app.request, POST 1 KB JSON, GitHub stand-in answers 204 at once):');
const relay = createApp(
  { ...defaultRelayConfig, githubApiUrl: 'http://127.0.0.1:1', sealingKeys: [key], githubAppId: '1', githubAppPrivateKey: pem },
  { http: github, aesGcmOpen: nodeAesGcmOpen },
);
const body = JSON.stringify({ text: 'x'.repeat(1000) });
const post = (token: string) => async () => {
  const res = await relay.request(`http://relay/octo/bot/hooks/x?__token=${token}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
};
const rawReq = await time('request with a raw token', post(PAT));
const sealedReq = await time('request with a sealed token', post(sealed));
const appReq = await time('request with an App URL (token from the cache)', post(appSealed));
console.log(`\nsealed − raw: ${(sealedReq - rawReq).toFixed(1)} µs per request; App − raw: ${(appReq - rawReq).toFixed(1)} µs per request`);
console.log(
  JSON.stringify({
    n: N,
    tokenChars: sealed.length,
    rawRuleUs: raw,
    webOpenUs: webOpen,
    openUs: open,
    sealedRuleUs: seal,
    sealedCachedUs: sealCached,
    appCachedUs: cached,
    rawReqUs: rawReq,
    sealedReqUs: sealedReq,
    appReqUs: appReq,
  }),
);
