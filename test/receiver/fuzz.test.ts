import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receiveRequest } from '../../src/receiver/receive.js';
import { buildRequest } from '../../src/receiver/request.js';
import { builtinTriggers } from '../../src/receiver/triggers/registry.js';
import { parseWorkflow } from '../../src/receiver/workflows.js';

const names = [...builtinTriggers.keys()];
// No test may reach an outside host: SNS certificates are never fetched here.
const fetchCertFails = (): Promise<string> => Promise.reject(new Error('offline'));
const options = `on:
  webhook: { deduplicationKey: a.b }
  telegram_bot: { secret_token: s, event: [text, callback_query] }
  slack: { signing_secret: s, token: t, events: [message] }
  github: { secret: s, events: [push] }
  typeform: { secret: s }
  trello: { secret: s, callback_url: https://x }
  google_form: { secret: s }
  aws_sns: { topic_arn: arn }
`;
const bare = `on: [${names.join(', ')}]`;
const workflows = [parseWorkflow('opts', 'opts.yml', options), parseWorkflow('bare', 'bare.yml', bare)];

const contentType = fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream', 'application/xml', '');
const body = fc.oneof(
  fc.json().map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
  fc.string().map((s) => Buffer.from(s)),
  fc
    .constantFrom(
      '{"update_id":1,"message":null}',
      '{"type":"event_callback","event":{}}',
      '{"Type":"Notification","Message":"{}"}',
      'payload=%7B',
      '{"action":{},"model":1}',
      '{"form_response":[]}',
    )
    .map((s) => Buffer.from(s)),
);
const headerValue = fc.oneof(fc.string(), fc.constantFrom('sha256=', 'sha256=zz', 'v0=00', '1700000000', 'true', 's'));
const headers = fc.record(
  {
    'x-hub-signature-256': headerValue,
    'x-slack-signature': headerValue,
    'x-slack-request-timestamp': headerValue,
    'typeform-signature': headerValue,
    'x-trello-webhook': headerValue,
    'x-telegram-bot-api-secret-token': headerValue,
    'x-webhook-secret': headerValue,
    'x-amz-sns-rawdelivery': headerValue,
    'x-github-event': headerValue,
  },
  { requiredKeys: [] },
);

describe('receiver never crashes on hostile requests', () => {
  it('every built-in trigger returns items or a reason for any body and headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('opts', 'bare'),
        fc.constantFrom(...names),
        fc.constantFrom('GET', 'POST', 'HEAD', 'PUT'),
        contentType,
        body,
        headers,
        fc.string(),
        async (wf, trigger, method, type, raw, hdrs, receivedAt) => {
          const request = buildRequest({ id: 'f', method, path: `/${wf}/${trigger}`, headers: { ...hdrs, 'content-type': type }, rawBody: raw, receivedAt });
          const result = await receiveRequest(request, { workflows, fetchCert: fetchCertFails });
          expect(Array.isArray(result.items)).toBe(true);
          if (result.items.length === 0) expect(typeof result.reason).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
