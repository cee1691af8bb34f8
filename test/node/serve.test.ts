import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const SECRET = 'ghp_SuperSecretToken1234567890';

describe('webhook2github serve (Node process)', () => {
  let gh: FakeGitHub;
  let relay: NodeRelayHandle;

  beforeAll(async () => {
    gh = await startFakeGitHub();
    relay = await startNodeRelay({ githubApiUrl: gh.url });
  });
  afterAll(async () => {
    await relay?.stop();
    await gh?.close();
  });
  beforeEach(() => gh.reset());

  it('logs one JSON line per request with the outcome, and never the token', async () => {
    const before = relay.lines.length;
    await fetch(`${relay.url}/octo/repo/hook/a?__token=${SECRET}&x=1`, { method: 'POST', body: 'one' });
    await fetch(`${relay.url}/octo/repo/hook/b`, { method: 'PUT', body: 'two', headers: { 'x-github-authorization': SECRET } });
    await fetch(`${relay.url}/octo/repo/hook/c`, { method: 'POST', body: 'three', headers: { authorization: `Bearer ${SECRET}` } });
    await waitFor(() => relay.lines.slice(before).filter((l) => l.includes('"msg":"request"')).length >= 3);
    const logged = relay.lines
      .slice(before)
      .filter((l) => l.includes('"msg":"request"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.map((l) => l.path)).toEqual(['/hook/a', '/hook/b', '/hook/c']);
    for (const line of logged) {
      expect(line).toMatchObject({ repo: 'octo/repo', status: 200, github_status: 204 });
      expect(typeof line.id).toBe('string');
      expect(typeof line.ms).toBe('number');
    }
    expect(relay.lines.join('\n')).not.toContain(SECRET);
    expect(gh.dispatches.map((d) => d.authorization)).toEqual([`token ${SECRET}`, `token ${SECRET}`, `Bearer ${SECRET}`]);
  });

  it('reuses one keep-alive connection to GitHub for sequential requests', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${relay.url}/octo/repo/seq/${i}?__token=t`, { method: 'POST', body: String(i) });
      expect(res.status).toBe(200);
    }
    expect(gh.dispatches).toHaveLength(20);
    // At most one new connection (an earlier test may have opened the one that is reused); without keep-alive it would be 20.
    expect(gh.connections).toBeLessThanOrEqual(1);
  });
});

describe('graceful stop', () => {
  it('on SIGTERM finishes the in-flight request, then exits 0', async () => {
    const gh = await startFakeGitHub();
    const relay = await startNodeRelay({ githubApiUrl: gh.url });
    try {
      gh.setDelay(400);
      const pending = fetch(`${relay.url}/octo/repo/slow?__token=t`, { method: 'POST', body: 'x' });
      // The dispatch is at GitHub (the start-up reachability check before it is a GET).
      await waitFor(() => gh.requests.some((r) => r.method === 'POST'));
      const exit = relay.stop();
      const res = await pending;
      expect(res.status).toBe(200);
      expect(await exit).toBe(0);
      expect(gh.dispatches).toHaveLength(1);
    } finally {
      await relay.kill();
      await gh.close();
    }
  });
});

describe('configuration errors', () => {
  it.each([
    [['--port', 'abc'], /--port/],
    [['--github-api-url', 'ftp://x'], /--github-api-url/],
    [['--mode', 'fast'], /--mode/],
  ])('serve %j fails at start with a message naming the setting', (args, pattern) => {
    const r = spawnSync(process.execPath, ['bin/webhook2github.js', 'serve', ...args], { encoding: 'utf8', timeout: 10_000 });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(pattern);
  });
  it('reads settings from the environment too', () => {
    const r = spawnSync(process.execPath, ['bin/webhook2github.js', 'serve'], {
      encoding: 'utf8',
      timeout: 10_000,
      env: { ...process.env, W2G_MAX_BODY: '-1' },
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/W2G_MAX_BODY/);
  });
});
