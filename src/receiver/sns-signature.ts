/**
 * AWS SNS message signatures: RSA over the decoded field values (the one provider that does not
 * sign raw bytes), with the certificate fetched only from an AWS SNS host. See docs/providers.md.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { snsHostUrl } from '../core/handshakes/aws-sns.js';

/** Fetches a certificate's PEM text (injected; `fetch` in production). */
export type CertFetcher = (url: string) => Promise<string>;

const NOTIFICATION_KEYS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'];
const CONFIRMATION_KEYS = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];

/** The canonical string: `Key\nValue\n` for each present key in AWS's fixed order. */
export function snsStringToSign(msg: Record<string, unknown>): string {
  const keys = msg.Type === 'Notification' ? NOTIFICATION_KEYS : CONFIRMATION_KEYS;
  let text = '';
  for (const key of keys) {
    const value = msg[key];
    if (typeof value === 'string') text += `${key}\n${value}\n`;
  }
  return text;
}

/**
 * True for a certificate on AWS SNS itself: the relay's SNS host rule ({@link snsHostUrl}) and a
 * path ending in `.pem`.
 */
export function isTrustedCertUrl(url: unknown): url is string {
  return snsHostUrl(url)?.pathname.endsWith('.pem') ?? false;
}

/** Default fetcher: GET over HTTPS (10 s timeout), the text of a 200. */
export const fetchCert: CertFetcher = async (url) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
};

const certCache = new Map<string, Promise<KeyObject>>();

/**
 * Why an SNS message fails verification, or undefined when its signature is valid. Never
 * throws: a malformed message, an untrusted certificate URL or a failed fetch is a reason.
 */
export async function checkSnsSignature(msg: Record<string, unknown>, fetcher: CertFetcher = fetchCert): Promise<string | undefined> {
  const version = msg.SignatureVersion;
  if (version !== '1' && version !== '2') return 'SignatureVersion must be "1" or "2"';
  if (typeof msg.Signature !== 'string' || msg.Signature === '') return 'the message has no Signature';
  if (!isTrustedCertUrl(msg.SigningCertURL)) return 'SigningCertURL is not an https://sns.<region>.amazonaws.com/….pem URL';
  const url = msg.SigningCertURL;
  let key: KeyObject;
  try {
    let pending = certCache.get(url);
    if (!pending) {
      pending = fetcher(url).then((pem) => createPublicKey(pem));
      certCache.set(url, pending);
      pending.catch(() => certCache.delete(url));
    }
    key = await pending;
  } catch (err) {
    return `cannot load the signing certificate: ${(err as Error).message}`;
  }
  try {
    const ok = verify(version === '1' ? 'sha1' : 'sha256', Buffer.from(snsStringToSign(msg), 'utf8'), key, Buffer.from(msg.Signature, 'base64'));
    return ok ? undefined : 'the SNS signature does not match';
  } catch {
    return 'the SNS signature does not match';
  }
}
