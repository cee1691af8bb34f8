/**
 * The `seal`, `inspect` and `revoke` commands as a user runs them (real processes), with a real
 * relay on the same outbox file: the token comes from GITHUB_TOKEN or stdin, never a flag;
 * `--check` asks the fake GitHub first; a revoked URL stops working at the next request.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectRelayError, send } from '../conformance/harness.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { cleanEnv, runCli } from '../support/cli.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const PAT = `ghp_${randomBytes(18).toString('hex')}`;
const KEYS = randomBytes(32).toString('base64url');

let gh: FakeGitHub;
let relay: NodeRelayHandle;
let dir: string;
let env: Record<string, string>;

/** Runs the CLI with this file's environment plus `opts.env`. */
function cli(args: string[], opts: { env?: Record<string, string>; stdin?: string } = {}) {
  return runCli(args, { ...env, ...opts.env }, opts.stdin);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'w2g-seal-cli-'));
  gh = await startFakeGitHub();
  const base = cleanEnv();
  env = { ...base, W2G_SEALING_KEYS: KEYS, W2G_DB: join(dir, 'relay.db'), GITHUB_API_URL: gh.url, W2G_PUBLIC_URL: 'https://relay.example' };
  relay = await startNodeRelay({ githubApiUrl: gh.url, w2g: { W2G_SEALING_KEYS: KEYS }, env: { W2G_DB: join(dir, 'relay.db'), W2G_DISPATCH_RATE: '0' } });
});
afterAll(async () => {
  await relay?.stop();
  await gh?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => gh.reset());

const tokenOf = (url: string) => /__token=(w2g_[A-Za-z0-9_-]+)/.exec(url)![1]!;

describe('webhook2github seal / inspect / revoke', () => {
  it('--new-key prints a key W2G_SEALING_KEYS takes', async () => {
    const r = await cli(['seal', '--new-key']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const sealed = await cli(['seal', '--repo', 'octo/bot'], { env: { W2G_SEALING_KEYS: r.stdout.trim(), GITHUB_TOKEN: PAT } });
    expect(sealed.code, sealed.stderr).toBe(0);
  });

  it('takes the token from stdin (never a flag), and the URL works; then revoke stops it at the next request', async () => {
    const made = await cli(['seal', '--repo', 'octo/bot', '--path', '/hooks', '--relay-url', relay.url], { stdin: `${PAT}\n` });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim()).toMatch(new RegExp(`^${relay.url}/octo/bot/hooks\\?__token=w2g_`));
    expect(made.stdout + made.stderr).not.toContain(PAT);
    const url = made.stdout.trim();
    const ok = await send(relay.url, `/octo/bot/hooks/a?__token=${tokenOf(url)}`, { method: 'POST', body: '{}', timeoutMs: 10_000 });
    expect(ok.status, ok.text()).toBe(200);
    expect(gh.dispatches[0]!.authorization).toBe(`token ${PAT}`);

    const jti = /token id \(for revoke\): ([A-Za-z0-9_-]{16})/.exec(made.stderr)![1]!;
    const revoked = await cli(['revoke', url, '--note', 'leaked in a chat']);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout.trim()).toBe(`revoked ${jti}`);
    const refused = await send(relay.url, `/octo/bot/hooks/a?__token=${tokenOf(url)}`, { method: 'POST', body: '{}' });
    expect(expectRelayError(refused, 401, relay.url)['code']).toBe('invalid_token');
    const listed = await cli(['revoke', '--list']);
    expect(listed.stdout).toContain(jti);
    expect(listed.stdout).toContain('leaked in a chat');
    expect((await cli(['revoke', jti])).stdout.trim()).toBe(`${jti} was already revoked`);
  });

  it('--check asks GitHub first: a token it refuses is not sealed, a good one is', async () => {
    gh.configure({ tokens: [PAT] });
    const bad = await cli(['seal', '--repo', 'octo/bot', '--check'], { env: { GITHUB_TOKEN: 'ghp_typo' } });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/does not accept the token/);
    expect(bad.stdout).toBe('');
    const good = await cli(['seal', '--repo', 'octo/bot', '--check', '--json'], { env: { GITHUB_TOKEN: PAT } });
    expect(good.code, good.stderr).toBe(0);
    expect(good.stderr).toMatch(/checked: the token may create repository_dispatch events on octo\/bot/);
    expect(JSON.parse(good.stdout)).toMatchObject({ repo: 'octo/bot', credential: 'token (sealed)' });
    expect(gh.dispatches).toHaveLength(0);
  });

  it('says what to do when something is missing', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['seal', '--repo', 'octo/bot'], { W2G_SEALING_KEYS: '' }, /No sealing keys: set W2G_SEALING_KEYS/],
      [['seal'], { GITHUB_TOKEN: PAT }, /--repo owner\/name/],
      [['seal', '--repo', 'octo/bot'], {}, /No GitHub token to seal: set GITHUB_TOKEN or pipe it/],
      [['seal', '--repo', 'octo/*', '--check'], { GITHUB_TOKEN: PAT }, /--check needs one repository/],
      [['seal', '--repo', 'octo/bot'], { W2G_SEALING_KEYS: 'short' }, /Invalid W2G_SEALING_KEYS \(value not shown\)/],
      [['inspect', 'w2g_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'], {}, /does not open with W2G_SEALING_KEYS/],
      [['seal', '--repo', 'octo/bot', '--token', PAT], {}, /unknown option '--token'/],
    ];
    for (const [args, extra, message] of cases) {
      const r = await cli(args, { env: extra });
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toContain(PAT);
    }
  });

  it('inspect shows an expired token as expired, with its claims', async () => {
    const made = await cli(['seal', '--repo', 'octo/bot', '--event-type', 'deploy', '--expires', '1s', '--json'], { env: { GITHUB_TOKEN: PAT } });
    const { token, expires_at } = JSON.parse(made.stdout) as { token: string; expires_at: string };
    await gh.waitFor(() => Date.now() > Date.parse(expires_at) + 10, 5000);
    const shown = await cli(['inspect', '--json', token]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ repo: 'octo/bot', event_type: 'deploy', expired: true });
    const res = await send(relay.url, `/octo/bot/x?__token=${token}`, { method: 'POST', body: '{}' });
    expect(expectRelayError(res, 401, relay.url)['code']).toBe('token_expired');
  });
});
