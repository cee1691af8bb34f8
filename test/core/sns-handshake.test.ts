import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app.js';
import { defaultRelayConfig } from '../../src/core/config.js';
import type { HttpClient, HttpRequest } from '../../src/core/ports.js';

// The stand-in for AWS and GitHub here is an injected HttpClient: nothing leaves the process.
function recordingClient(status = 200): { http: HttpClient; calls: HttpRequest[] } {
  const calls: HttpRequest[] = [];
  return {
    calls,
    http: async (req) => {
      calls.push(req);
      return { status, headers: {}, body: '<ConfirmSubscriptionResponse/>' };
    },
  };
}

const confirmation = (subscribeUrl: unknown) =>
  JSON.stringify({
    Type: 'SubscriptionConfirmation',
    MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
    Token: '2336412f37',
    TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
    Message: 'You have chosen to subscribe to the topic arn:aws:sns:us-west-2:123456789012:MyTopic.',
    SubscribeURL: subscribeUrl,
    Timestamp: '2012-04-26T20:45:04.751Z',
    SignatureVersion: '1',
  });

const post = (app: ReturnType<typeof createApp>, body: string) =>
  app.request('http://relay.test/octo/repo/sns?__token=t', {
    method: 'POST',
    headers: { 'x-amz-sns-message-type': 'SubscriptionConfirmation', 'content-type': 'text/plain; charset=UTF-8' },
    body,
  });

describe('AWS SNS subscription confirmation', () => {
  it('fetches an sns.<region>.amazonaws.com SubscribeURL and dispatches nothing', async () => {
    const { http, calls } = recordingClient();
    const app = createApp(defaultRelayConfig, { http });
    const url = 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-west-2:123456789012:MyTopic&Token=2336412f37';
    const res = await post(app, confirmation(url));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'GET', url });
  });

  it.each([
    ['http scheme', 'http://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription'],
    ['other host', 'https://evil.example.com/?Action=ConfirmSubscription'],
    ['lookalike host', 'https://sns.us-west-2.amazonaws.com.evil.example/?x'],
    ['port', 'https://sns.us-west-2.amazonaws.com:8443/?x'],
    ['credentials', 'https://user:pw@sns.us-west-2.amazonaws.com/?x'],
    ['not a string', 42],
  ])('refuses a SubscribeURL with %s: 400, nothing fetched', async (_name, url) => {
    const { http, calls } = recordingClient();
    const res = await post(createApp(defaultRelayConfig, { http }), confirmation(url));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ success: false, code: 'invalid_sns_subscribe_url' });
    expect(calls).toHaveLength(0);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { http, calls } = recordingClient();
    const res = await post(createApp(defaultRelayConfig, { http }), 'not json');
    expect(res.status).toBe(400);
    expect(calls).toHaveLength(0);
  });

  it('answers 502 when SNS refuses the confirmation', async () => {
    const { http } = recordingClient(403);
    const res = await post(createApp(defaultRelayConfig, { http }), confirmation('https://sns.eu-central-1.amazonaws.com/?Action=ConfirmSubscription'));
    expect(res.status).toBe(502);
  });
});
