import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { confirmSnsSubscription, snsHostUrl } from '../../src/core/handshakes/aws-sns.js';
import type { HttpRequest } from '../../src/core/ports.js';
import { checkSnsMessage, isTrustedCertUrl, snsStringToSign } from '../../src/core/verify/aws-sns.js';

/** Why the message fails (the relay's verifier, which the aws_sns trigger uses), or undefined. */
async function checkSnsSignature(msg: Record<string, unknown>, fetcher: (url: string) => Promise<string>): Promise<string | undefined> {
  const check = await checkSnsMessage(msg, fetcher);
  return check.ok ? undefined : check.reason;
}
import { receiveRequest } from '../../src/receiver/receive.js';
import { buildRequest } from '../../src/receiver/request.js';
import { parseWorkflow } from '../../src/receiver/workflows.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const certUrl = (n: number) => `https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-${n}.pem`;

function signed(msg: Record<string, string>, version: '1' | '2', n: number): Record<string, string> {
  const full = { ...msg, SignatureVersion: version, SigningCertURL: certUrl(n) };
  const signature = sign(version === '1' ? 'sha1' : 'sha256', Buffer.from(snsStringToSign(full)), privateKey).toString('base64');
  return { ...full, Signature: signature };
}

const notification = {
  Type: 'Notification',
  MessageId: 'da41e39f-ea4d-435a-b922-c6aae3915ebe',
  TopicArn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
  Subject: 'Prüfung',
  Message: 'line 1\nline 2 — ✓',
  Timestamp: '2023-11-14T22:13:20.000Z',
};

describe('SNS signatures', () => {
  it('verifies SignatureVersion 1 and 2; the certificate is fetched once per URL', async () => {
    const fetched: string[] = [];
    const fetcher = async (url: string) => (fetched.push(url), pem);
    expect(await checkSnsSignature(signed(notification, '1', 1), fetcher)).toBeUndefined();
    expect(await checkSnsSignature(signed(notification, '2', 1), fetcher)).toBeUndefined();
    expect(fetched).toEqual([certUrl(1)]);
    const confirm = {
      ...notification,
      Type: 'SubscriptionConfirmation',
      Token: 'tok',
      SubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription',
    };
    expect(await checkSnsSignature(signed(confirm, '2', 1), fetcher)).toBeUndefined();
  });

  it('rejects a changed field, an untrusted URL (nothing fetched), a fetch failure, malformed fields', async () => {
    const fetched: string[] = [];
    const fetcher = async (url: string) => (fetched.push(url), pem);
    const good = signed(notification, '1', 2);
    expect(await checkSnsSignature({ ...good, Message: 'line 1\nline 2 — x' }, fetcher)).toMatch(/does not match/);
    for (const url of [
      'http://sns.eu-west-1.amazonaws.com/a.pem',
      'https://sns.eu-west-1.amazonaws.com.evil.io/a.pem',
      'https://evil.io/sns.eu-west-1.amazonaws.com/a.pem',
      'https://sns.eu-west-1.amazonaws.com/a.txt',
      'https://sns.eu-west-1.amazonaws.com:8443/a.pem',
    ]) {
      expect(isTrustedCertUrl(url)).toBe(false);
      expect(await checkSnsSignature({ ...good, SigningCertURL: url }, fetcher)).toMatch(/SigningCertURL/);
    }
    expect(fetched).toEqual([certUrl(2)]);
    expect(await checkSnsSignature(signed(notification, '1', 3), () => Promise.reject(new Error('offline')))).toMatch(
      /cannot load the signing certificate: offline/,
    );
    expect(await checkSnsSignature(signed(notification, '1', 4), async () => 'not a pem')).toMatch(/cannot load/);
    expect(await checkSnsSignature({ ...good, SignatureVersion: '3' }, fetcher)).toMatch(/SignatureVersion/);
    expect(await checkSnsSignature({ ...good, Signature: '%%%' }, fetcher)).toMatch(/does not match/);
  });

  it('the aws_sns trigger checks by default and names the failure', async () => {
    const workflows = [parseWorkflow('sns', 'sns.yml', 'on: aws_sns')];
    const run = (msg: Record<string, string>) =>
      receiveRequest(
        buildRequest({
          id: 'i',
          method: 'POST',
          path: '/sns/aws_sns',
          headers: { 'content-type': 'text/plain; charset=UTF-8' },
          rawBody: Buffer.from(JSON.stringify(msg)),
          receivedAt: new Date().toISOString(),
        }),
        { workflows, fetchCert: async () => pem },
      );
    const good = signed(notification, '2', 5);
    expect((await run(good)).items).toEqual([good]);
    const forged = await run({ ...signed(notification, '2', 5), TopicArn: 'arn:aws:sns:eu-west-1:1:other' });
    expect(forged.items).toEqual([]);
    expect(forged.reason).toMatch(/signature does not match \(set verify_signature: false/);
  });
});

describe('one SNS host rule for the relay and the receiver', () => {
  const hosts: [string, boolean][] = [
    ['https://sns.eu-west-1.amazonaws.com', true],
    ['https://sns.us-gov-west-1.amazonaws.com', true],
    ['https://sns.cn-north-1.amazonaws.com.cn', true],
    ['https://SNS.EU-WEST-1.AMAZONAWS.COM', true],
    ['http://sns.eu-west-1.amazonaws.com', false],
    ['https://sns.eu-west-1.amazonaws.com:8443', false],
    ['https://user:pw@sns.eu-west-1.amazonaws.com', false],
    ['https://sns.eu-west-1.amazonaws.com.evil.io', false],
    ['https://evil.io/sns.eu-west-1.amazonaws.com', false],
    ['https://sqs.eu-west-1.amazonaws.com', false],
    ['https://sns.amazonaws.com', false],
    ['https://sns.eu_west.amazonaws.com', false],
  ];

  it.each(hosts)('%s → %s for SubscribeURL (relay) and SigningCertURL (receiver)', async (origin, trusted) => {
    expect(snsHostUrl(`${origin}/?Action=ConfirmSubscription`) !== undefined).toBe(trusted);
    expect(isTrustedCertUrl(`${origin}/SimpleNotificationService-a1.pem`)).toBe(trusted);
    const fetched: HttpRequest[] = [];
    const http = async (req: HttpRequest) => (fetched.push(req), { status: 200, headers: {}, body: '<ConfirmSubscriptionResponse/>' });
    const confirm = confirmSnsSubscription(
      JSON.stringify({ Type: 'SubscriptionConfirmation', SubscribeURL: `${origin}/?Action=ConfirmSubscription&Token=t` }),
      http,
      1000,
    );
    if (trusted) await expect(confirm).resolves.toBeUndefined();
    else await expect(confirm).rejects.toMatchObject({ status: 400, code: 'invalid_sns_subscribe_url' });
    expect(fetched).toHaveLength(trusted ? 1 : 0);
  });

  it('the receiver also wants a .pem path; neither accepts a value that is not a URL', () => {
    expect(isTrustedCertUrl('https://sns.eu-west-1.amazonaws.com/cert.txt')).toBe(false);
    for (const bad of [undefined, null, 42, '', 'sns.eu-west-1.amazonaws.com/a.pem', 'https://']) {
      expect(snsHostUrl(bad)).toBeUndefined();
      expect(isTrustedCertUrl(bad)).toBe(false);
    }
  });
});
