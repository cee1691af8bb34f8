import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app.js';
import { defaultRelayConfig } from '../../src/core/config.js';
import type { HttpClient, HttpRequest } from '../../src/core/ports.js';

function recordingClient(): { http: HttpClient; calls: HttpRequest[] } {
  const calls: HttpRequest[] = [];
  return { calls, http: async (req) => (calls.push(req), { status: 204, headers: {}, body: '' }) };
}

const post = (app: ReturnType<typeof createApp>, body: string, contentType = 'application/json') =>
  app.request('http://relay.test/octo/repo/chat/slack?__token=t', { method: 'POST', headers: { 'content-type': contentType }, body });

describe('Slack URL verification at the edge', () => {
  it('echoes the challenge as text and dispatches nothing', async () => {
    const { http, calls } = recordingClient();
    const body = JSON.stringify({
      token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const res = await post(createApp(defaultRelayConfig, { http }), body);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
    expect(calls).toHaveLength(0);
  });

  it('dispatches an event_callback (and anything that only mentions url_verification) as usual', async () => {
    const { http, calls } = recordingClient();
    const app = createApp(defaultRelayConfig, { http });
    const callback = JSON.stringify({ type: 'event_callback', event_id: 'Ev1', event: { type: 'message', text: 'url_verification' } });
    expect((await post(app, callback)).status).toBe(200);
    expect((await post(app, '{"type":"url_verification"}')).status).toBe(200);
    expect((await post(app, 'type=url_verification&challenge=x', 'application/x-www-form-urlencoded')).status).toBe(200);
    expect(calls).toHaveLength(3);
  });
});
