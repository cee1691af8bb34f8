import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const workspace = makeWorkspace({
  'aws/alerts.yml': `on:
  aws_sns:
    topic_arn: arn:aws:sns:eu-west-1:123456789012:alerts
    # The signature check fetches the certificate from AWS; tests reach no outside host, so it
    # is covered in-process (sns-signature.test.ts) with a certificate made at setup.
    verify_signature: false
jobs: {}
`,
  'upload.yml': `on:
  webhook:
    path: /files/:name
jobs: {}
`,
});

const notification = {
  Type: 'Notification',
  MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
  TopicArn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
  Subject: 'ALARM: "CPU > 90%" in EU (Ireland)',
  Message: JSON.stringify({ AlarmName: 'CPU > 90%', NewStateValue: 'ALARM', NewStateReason: 'Threshold crossed: 1 datapoint [97.5] → ALARM; résumé' }),
  Timestamp: '2023-11-14T22:13:20.000Z',
  SignatureVersion: '1',
  Signature:
    'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
  SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
  UnsubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:123456789012:alerts:1',
};

function snsEvent(message: Record<string, unknown>) {
  return dispatchEvent(
    envelopeOf({
      method: 'POST',
      url: '/aws/alerts/aws_sns',
      headers: {
        'Content-Type': 'text/plain; charset=UTF-8',
        'x-amz-sns-message-type': String(message.Type),
        'x-amz-sns-message-id': String(message.MessageId),
        'x-amz-sns-topic-arn': String(message.TopicArn),
        'User-Agent': 'Amazon Simple Notification Service Agent',
      },
      body: JSON.stringify(message),
    }),
  );
}

describe('Action: aws_sns trigger', () => {
  it('a Notification yields the whole SNS message (posted as text/plain), as Actionsflow does', async () => {
    const run = await runAction({ workspace, event: snsEvent(notification) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.workflow).toBe('aws/alerts');
    expect(run.outputs.body).toBe(JSON.stringify(notification));
    expect(JSON.parse(run.outputs.items as string)).toEqual([notification]);
  });

  it('a SubscriptionConfirmation an older relay forwarded is an item too (its SubscribeURL confirms); other topics are dropped', async () => {
    const confirm = {
      ...notification,
      Type: 'SubscriptionConfirmation',
      Token: '2336412f37',
      SubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&Token=2336412f37',
    };
    const run = await runAction({ workspace, event: snsEvent(confirm) });
    expect(JSON.parse(run.outputs.items as string)).toEqual([confirm]);
    const other = await runAction({ workspace, event: snsEvent({ ...notification, TopicArn: 'arn:aws:sns:us-east-1:1:other' }) });
    expect(other.outputs.items).toBe('[]');
    expect(other.outputs.reason).toMatch(/not one of topic_arn/);
  });
});

describe('Action: binary bodies', () => {
  // A PNG signature plus random bytes: not valid UTF-8, so it travels as base64.
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(2048), Buffer.from([0xff, 0xfe, 0x00])]);

  it('an upload arrives byte-exact in body-file, base64 in body', async () => {
    const event = dispatchEvent(envelopeOf({ method: 'PUT', url: '/upload/webhook/files/photo%201.png', headers: { 'content-type': 'image/png' }, body: png }));
    expect((event.client_payload as Record<string, unknown>).body_encoding).toBe('base64');
    const run = await runAction({ workspace, event });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.method).toBe('put');
    expect(JSON.parse(run.outputs.params as string)).toEqual({ name: 'photo 1.png' });
    expect(run.outputs.body).toBe(png.toString('base64'));
    expect(Buffer.compare(readFileSync(run.outputs['body-file'] as string), png)).toBe(0);
    expect(JSON.parse(run.outputs.item as string).body).toBe(png.toString('base64'));
    expect(run.summary).toMatch(/2067 bytes \(binary\)/);
  });

  it('a gzip+base64 body (as the relay sends large bodies) is restored exactly', async () => {
    const big = JSON.stringify({ rows: Array.from({ length: 2000 }, (_, i) => ({ i, note: `ligne ${i} — ✓` })) });
    const event = dispatchEvent(
      envelopeOf({ method: 'POST', url: '/upload/webhook/files/rows.json', headers: { 'content-type': 'application/json' }, body: big, gzip: true }),
    );
    const run = await runAction({ workspace, event });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.body).toBe(big);
    expect(readFileSync(run.outputs['body-file'] as string, 'utf8')).toBe(big);
    expect(JSON.parse(run.outputs.item as string).body.rows[1999].note).toBe('ligne 1999 — ✓');
  });
});
