/**
 * The log format of `serve` (W2G_LOG_FORMAT): pino-pretty is loaded only when it is asked for,
 * so the pretty format is started here in the built relay, next to the JSON default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const SECRET = 'ghp_SuperSecretToken1234567890';

describe('serve log format', () => {
  let gh: FakeGitHub;
  const relays: NodeRelayHandle[] = [];

  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await Promise.all(relays.map((r) => r.stop()));
    await gh?.close();
  });

  /** Starts a relay in `format`, sends one webhook, and returns the relay's lines about it. */
  async function requestLines(format: 'pretty' | 'json'): Promise<string[]> {
    const relay = await startNodeRelay({ githubApiUrl: gh.url, env: { W2G_LOG_FORMAT: format, W2G_LOG_LEVEL: 'info' } });
    relays.push(relay);
    const res = await fetch(`${relay.url}/octo/repo/hook?__token=${SECRET}`, { method: 'POST', body: '{"a":1}' });
    expect(res.status).toBe(200);
    await waitFor(() => relay.lines.some((l) => /\brequest\b/.test(l) && l.includes('/hook')));
    return relay.lines.filter((l) => /\brequest\b/.test(l) && l.includes('/hook'));
  }

  it('pretty: one readable line per request (level and message first, not JSON), without the token', async () => {
    const [line, ...more] = await requestLines('pretty');
    expect(more).toEqual([]);
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: request /);
    expect(line).toContain('"status":200');
    expect(line).not.toContain(SECRET);
  });

  it('json: the same request as one JSON line', async () => {
    const [line, ...more] = await requestLines('json');
    expect(more).toEqual([]);
    expect(JSON.parse(line!)).toMatchObject({ level: 'info', msg: 'request', status: 200, path: '/hook' });
    expect(line).not.toContain(SECRET);
  });
});
