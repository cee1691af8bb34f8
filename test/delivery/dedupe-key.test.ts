import { describe, expect, it } from 'vitest';
import { dedupeKeyOf, scopedDedupeKey } from '../../src/core/delivery/dedupe-key.js';

describe('dedupeKeyOf', () => {
  it.each([
    ['x-github-delivery', '72d3162e-cc78-11e3-81ab-4c9367dc0958'],
    ['webhook-id', 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W'],
    ['svix-id', 'msg_p5jXN8AQM9LWM0D4loKWxJek'],
    ['x-shopify-webhook-id', 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043'],
    ['x-gitlab-event-uuid', '13792a34-cac6-4fda-95a8-c58e00a3954e'],
    ['idempotency-key', '9b8e2c5e-1234-4c1a-9f0e-2f6c7a1d0b11'],
    ['x-amz-sns-message-id', '165545c9-2a5c-472c-8df2-7ff2be2b3b1b'],
    ['twitch-eventsub-message-id', 'befa7b53-d79d-478f-86b9-120f112b044e'],
    ['linear-delivery', '234d1a4e-b617-4388-90fe-adc3633d6b72'],
  ])('reads %s', (name, value) => {
    expect(dedupeKeyOf({ [name]: value, 'content-type': 'application/json' }, '{}')).toBe(`${name}:${value}`);
  });

  it('prefers the most specific header', () => {
    expect(dedupeKeyOf({ 'idempotency-key': 'i', 'x-github-delivery': 'g' }, undefined)).toBe('x-github-delivery:g');
  });

  it("reads Slack's body event_id (retries repeat it)", () => {
    const body = JSON.stringify({ token: 'x', type: 'event_callback', event_id: 'Ev08MFMKH6', event: { type: 'message', text: 'héllo ✓' } });
    const headers = { 'x-slack-signature': 'v0=abc', 'x-slack-request-timestamp': '1531420618', 'x-slack-retry-num': '1' };
    expect(dedupeKeyOf(headers, body)).toBe('event_id:Ev08MFMKH6');
    expect(dedupeKeyOf({ 'x-slack-signature': 'v0=abc' }, 'not json "event_id"')).toBeUndefined();
    // Without a Slack (or Typeform) signature a body field is not trusted as an id.
    expect(dedupeKeyOf({}, body)).toBeUndefined();
  });

  it('gives nothing for requests without an id', () => {
    expect(dedupeKeyOf({ 'content-type': 'text/plain', 'x-github-delivery': '  ' }, 'hello')).toBeUndefined();
  });

  it('scopes keys by repository, case-insensitively', () => {
    expect(scopedDedupeKey('Octo', 'Hello', 'c1', 'x-github-delivery:1')).toBe(scopedDedupeKey('octo', 'hello', 'c1', 'x-github-delivery:1'));
    expect(scopedDedupeKey('octo', 'a', 'c1', 'k')).not.toBe(scopedDedupeKey('octo', 'b', 'c1', 'k'));
    // One credential's delivery never stands for another's.
    expect(scopedDedupeKey('octo', 'a', 'c1', 'k')).not.toBe(scopedDedupeKey('octo', 'a', 'c2', 'k'));
  });
});
