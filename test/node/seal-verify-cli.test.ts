/**
 * `webhook2github seal --verify <provider> --secret-stdin` and `POST /_/seal` with `verify`, as a
 * user runs them (real processes, a real relay): the provider's secret comes from stdin (never a
 * flag) and is sealed into the URL; `inspect` and the seal answer name the provider, never the
 * secret; the relay then dispatches only what that provider signed. Wrong input is a message that
 * says what to change.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { envelopeOf, expectRelayError, send } from '../conformance/harness.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { cleanEnv, runCli } from '../support/cli.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const PAT = `ghp_${randomBytes(18).toString('hex')}`;
const KEYS = randomBytes(32).toString('base64url');
const PUBLIC = 'https://relay.example';

let gh: FakeGitHub;
let relay: NodeRelayHandle;
let dir: string;
let env: Record<string, string>;

/** Runs the CLI with this file's environment plus `opts.env`. */
function cli(args: string[], opts: { env?: Record<string, string>; stdin?: string } = {}) {
  return runCli(args, { ...env, ...opts.env }, opts.stdin);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'w2g-seal-verify-'));
  gh = await startFakeGitHub();
  const base = cleanEnv();
  env = { ...base, W2G_SEALING_KEYS: KEYS, GITHUB_API_URL: gh.url, W2G_PUBLIC_URL: PUBLIC };
  relay = await startNodeRelay({
    githubApiUrl: gh.url,
    w2g: { W2G_SEALING_KEYS: KEYS, W2G_PUBLIC_URL: PUBLIC },
    env: { W2G_DB: join(dir, 'relay.db'), W2G_DISPATCH_RATE: '0' },
  });
}, 60_000);
afterAll(async () => {
  await relay?.stop();
  await gh?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => gh.reset());

const tokenOf = (url: string) => /__token=(w2g_[A-Za-z0-9_-]+)/.exec(url)![1]!;
const pathOf = (url: string) => url.slice(PUBLIC.length);

describe('sealing a hook URL that verifies its provider', () => {
  it('seal --verify slack --secret-stdin: the secret from stdin, the GitHub token from GITHUB_TOKEN; the relay checks Slack signatures', async () => {
    const secret = randomBytes(16).toString('hex');
    const made = await cli(['seal', '--repo', 'octo/bot', '--path', '/hooks/slack', '--verify', 'slack', '--secret-stdin', '--json'], {
      env: { GITHUB_TOKEN: PAT },
      stdin: `${secret}\n`,
    });
    expect(made.code, made.stderr).toBe(0);
    const out = JSON.parse(made.stdout) as { url: string; verify: string };
    expect(out.verify).toBe('slack');
    expect(made.stdout + made.stderr).not.toContain(secret);
    const shown = await cli(['inspect', '--json', out.url]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ repo: 'octo/bot', verify: 'slack' });
    expect(shown.stdout).not.toContain(secret);

    const body = JSON.stringify({ type: 'event_callback', event_id: 'Ev1', event: { type: 'message', text: 'grüß dich' } });
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
    const headers = { 'content-type': 'application/json', 'x-slack-request-timestamp': ts, 'x-slack-signature': sig };
    expect((await send(relay.url, pathOf(out.url), { method: 'POST', headers, body })).status).toBe(200);
    await gh.waitFor(() => gh.dispatches.length === 1, 10_000);
    expect(envelopeOf(gh.dispatches[0]).verified).toBe('slack');
    const forged = await send(relay.url, pathOf(out.url), { method: 'POST', headers, body: body.replace('dich', 'euch') });
    expect(expectRelayError(forged, 401, PUBLIC)).toMatchObject({ code: 'signature_mismatch', provider: 'slack' });
  }, 60_000);

  it('says what to change: an unknown provider, no secret, a secret the provider cannot have, stdin taken', async () => {
    const cases: [string[], Record<string, string>, string, RegExp][] = [
      [['seal', '--repo', 'octo/bot', '--verify', 'myspace', '--secret-stdin'], { GITHUB_TOKEN: PAT }, 'x', /--verify takes a provider: github, stripe, slack/],
      [
        ['seal', '--repo', 'octo/bot', '--verify', 'stripe'],
        { GITHUB_TOKEN: PAT },
        '',
        /needs the endpoint's signing secret \(whsec_…\): pipe it in with --secret-stdin/,
      ],
      [
        ['seal', '--repo', 'octo/bot', '--verify', 'telegram', '--secret-stdin'],
        { GITHUB_TOKEN: PAT },
        'not allowed!',
        /Telegram secret_token is 1–256 characters/,
      ],
      [['seal', '--repo', 'octo/bot', '--verify', 'meta', '--secret-stdin'], { GITHUB_TOKEN: PAT }, 'appsecret', /verify token/],
      [['seal', '--repo', 'octo/bot', '--verify', 'github', '--secret-stdin'], {}, 's3cret', /give the GitHub token in GITHUB_TOKEN, or use --app/],
      [['seal', '--repo', 'octo/bot', '--secret-stdin'], { GITHUB_TOKEN: PAT }, 's', /go with --verify <provider>/],
    ];
    for (const [args, extra, stdin, message] of cases) {
      const r = await cli(args, { env: extra, stdin });
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toContain(PAT);
      if (stdin.length > 3) expect(r.stderr).not.toContain(stdin);
    }
  }, 90_000);

  it('POST /_/seal takes verify; the answer names the provider, never the secret; a wrong one is 400 invalid_verify', async () => {
    const secret = `whsec_${randomBytes(12).toString('hex')}`;
    const res = await send(relay.url, '/_/seal', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ repo: 'octo/bot', token: PAT, verify: { provider: 'stripe', secret } }),
    });
    expect(res.status, res.text()).toBe(201);
    expect(res.json()).toMatchObject({ success: true, verify: 'stripe' });
    expect(res.text()).not.toContain(secret);
    const token = tokenOf(res.json()['url'] as string);
    const unsigned = await send(relay.url, `/octo/bot/x?__token=${token}`, { method: 'POST', body: '{}' });
    expect(expectRelayError(unsigned, 401, PUBLIC)['provider']).toBe('stripe');
    const bad = await send(relay.url, '/_/seal', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ repo: 'octo/bot', token: PAT, verify: { provider: 'discord', secret: 'not-a-key' } }),
    });
    expect(expectRelayError(bad, 400, PUBLIC)).toMatchObject({ code: 'invalid_verify' });
    expect(bad.text()).toMatch(/64 hex characters/);
  });
});
