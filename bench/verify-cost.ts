/**
 * What verification at the edge costs per request, on Node, in-process (no network): each
 * provider's check of a signed 1 KB request (Web Crypto, the same code Workers run), then whole
 * relay requests (`app.request`) with a sealed URL without and with `--verify`, GitHub answered
 * by an in-process stand-in, so the difference between rows is the check.
 * Run: `node bench/verify-cost.mjs [iterations]` (bundles this file with esbuild, then runs it).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/core/app.js';
import { defaultRelayConfig } from '../src/core/config.js';
import type { HttpClient } from '../src/core/ports.js';
import { importSealingKeys, sealToken } from '../src/core/seal.js';
import { newJti } from '../src/core/seal-claims.js';
import { providerNamed } from '../src/core/verify/providers.js';
import type { VerifySettings } from '../src/core/verify/types.js';
import { nodeAesGcmOpen } from '../src/node/aes-gcm.js';
import { nodeHmac } from '../src/node/hmac.js';
import { providerFixtures } from '../test/support/provider-fixtures.js';
import { createSnsSigner } from '../test/support/sns-cert.js';

const N = Number(process.argv[2] ?? 5000);
const URL_SIGNED = 'https://relay.example/octo/bot/hooks/x?__token=w2g_bench';
const pad = 'Grüße ✓ '.repeat(90);

/** Wall µs per operation (what a request waits, thread-pool round trips included) and CPU µs (all threads). */
async function time(label: string, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(1000, N); i++) await fn();
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < N; i++) await fn();
  const us = ((performance.now() - start) * 1000) / N;
  const used = process.cpuUsage(cpu);
  const cpuUs = (used.user + used.system) / N;
  console.log(`${label.padEnd(44)} ${us.toFixed(1).padStart(7)} µs wall ${cpuUs.toFixed(1).padStart(7)} µs CPU`);
  cpuOf[label] = cpuUs;
  return us;
}
const cpuOf: Record<string, number> = {};

const results: Record<string, number> = {};
console.log(`check of a signed ~1 KB request, per provider (N = ${N}):`);
const now = Math.floor(Date.now() / 1000);
for (const f of providerFixtures()) {
  // Linear's body carries its time; the others get a ~1 KB payload next to theirs.
  const body = f.provider === 'linear' || f.provider === 'twilio' ? f.body(now) : JSON.stringify({ ...JSON.parse(f.body(now)), pad });
  const headers = new Headers(await f.sign(URL_SIGNED, body, now));
  const bytes = new TextEncoder().encode(body);
  const provider = providerNamed(f.provider)!;
  const check = () => provider.check({ method: 'POST', url: URL_SIGNED, headers, body: bytes, now: Date.now() }, f.settings);
  const checkNode = () => provider.check({ method: 'POST', url: URL_SIGNED, headers, body: bytes, now: Date.now(), hmac: nodeHmac }, f.settings);
  if (!(await check()).ok || !(await checkNode()).ok) throw new Error(`${f.provider}: the bench request does not verify`);
  results[f.provider] = await time(`${f.provider} (Web Crypto, as on Workers)`, check);
  results[`${f.provider} node:crypto`] = await time(`${f.provider} (node:crypto HMAC, the Node relay)`, checkNode);
}
const sns = await createSnsSigner();
{
  const msg = sns.sign({ Type: 'Notification', MessageId: 'm', TopicArn: sns.topicArn, Message: pad, Timestamp: new Date().toISOString() }, '2');
  const body = new TextEncoder().encode(JSON.stringify(msg));
  const headers = new Headers({ 'x-amz-sns-message-type': 'Notification' });
  const fetchCert = async () => sns.certPem;
  const provider = providerNamed('aws-sns')!;
  const check = () =>
    provider.check({ method: 'POST', url: URL_SIGNED, headers, body, now: Date.now(), fetchCert }, { provider: 'aws-sns', topicArn: sns.topicArn });
  if (!(await check()).ok) throw new Error('aws-sns: the bench request does not verify');
  results['aws-sns (certificate cached)'] = await time('aws-sns (RSA, certificate cached)', check);
}
await sns.close();

console.log('\nwhole requests (app.request, POST ~1 KB JSON, a sealed URL, GitHub stand-in answers 204 at once):');
const key = randomBytes(32);
const ring = await importSealingKeys([key], nodeAesGcmOpen);
const github: HttpClient = async () => ({ status: 204, headers: {}, body: '' });
// As the Node relay runs: node:crypto for AES-GCM and HMAC.
const relay = createApp(
  { ...defaultRelayConfig, githubApiUrl: 'http://127.0.0.1:1', sealingKeys: [key], publicUrl: 'https://relay.example', rateLimitClient: 0, rateLimitHook: 0 },
  { http: github, aesGcmOpen: nodeAesGcmOpen, hmac: nodeHmac },
);
const seal = (verify?: VerifySettings) =>
  sealToken({ jti: newJti(), iat: now, repo: 'octo/bot', credential: { kind: 'pat', token: 'ghp_bench' }, ...(verify ? { verify } : {}) }, ring);
const fixtures = new Map(providerFixtures().map((f) => [f.provider, f]));
const requestRow = async (label: string, provider: string | undefined) => {
  const f = provider ? fixtures.get(provider)! : undefined;
  const token = await seal(f?.settings);
  const path = `/octo/bot/hooks/x?__token=${token}`;
  const body = JSON.stringify({ event: 'bench', pad });
  const headers = f ? Object.fromEntries(await f.sign(`https://relay.example${path}`, body, now)) : { 'content-type': 'application/json' };
  return time(label, async () => {
    const res = await relay.request(`http://relay${path}`, { method: 'POST', body, headers });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  });
};
// Once to warm the app up (the first row would carry the JIT's work), then measured.
await requestRow('(warm-up) sealed URL, no verification', undefined);
const plain = await requestRow('sealed URL, no verification', undefined);
const rows: Record<string, number> = {};
for (const p of ['github', 'stripe', 'standard-webhooks', 'discord']) rows[p] = await requestRow(`sealed URL, --verify ${p}`, p);
console.log(
  `\nadded per request: ${Object.entries(rows)
    .map(([p, us]) => `${p} ${(us - plain).toFixed(1)} µs`)
    .join(', ')}`,
);
console.log(JSON.stringify({ n: N, checkUs: results, requestUs: { plain, ...rows }, cpuUs: cpuOf }));
