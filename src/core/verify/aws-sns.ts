/**
 * AWS SNS message signatures: RSA (PKCS#1 v1.5) over the decoded field values, not the raw bytes —
 * for each key of a fixed list, in order and only when present, `Key\nValue\n`. SignatureVersion
 * 1 is SHA1withRSA, 2 SHA256withRSA. The certificate is fetched only over https from AWS SNS itself
 * (`sns.<region>.amazonaws.com[.cn]`, a `.pem` path) and cached. AWS documents no maximum age.
 * With a sealed topic ARN, messages of other topics are refused (anyone can create a topic and
 * subscribe a URL to it; its messages are signed by AWS too).
 * https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html
 */
import { snsHostUrl } from '../handshakes/aws-sns.js';
import { fromBase64, utf8 } from './crypto.js';
import { PASS, fail, type CertFetcher, type Check, type Provider } from './types.js';
import { spkiOfPem } from './x509.js';

const NOTIFICATION_KEYS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'];
const CONFIRMATION_KEYS = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
/** Largest SNS body looked at: a message is at most 256 KB, plus its JSON envelope. */
const MAX_SNS_BODY = 1024 * 1024;

/** The text SNS signs: `Key\nValue\n` for each present key in AWS's order. */
export function snsStringToSign(msg: Record<string, unknown>): string {
  const keys = msg.Type === 'Notification' ? NOTIFICATION_KEYS : CONFIRMATION_KEYS;
  let text = '';
  for (const key of keys) {
    const value = Object.hasOwn(msg, key) ? msg[key] : undefined;
    if (typeof value === 'string') text += `${key}\n${value}\n`;
  }
  return text;
}

/** True for a certificate on AWS SNS itself: the SNS host rule and a path ending in `.pem`. */
export function isTrustedCertUrl(url: unknown): url is string {
  return snsHostUrl(url)?.pathname.endsWith('.pem') ?? false;
}

/** Public keys (SPKI) by certificate URL, fetched once; a failed load is not kept. */
const certSpki = new Map<string, Promise<Uint8Array>>();
/** Imported keys by certificate URL and hash. */
const certKeys = new Map<string, Promise<CryptoKey>>();
const MAX_CERTS = 100;

function remember<T>(map: Map<string, Promise<T>>, id: string, make: () => Promise<T>): Promise<T> {
  let value = map.get(id);
  if (value === undefined) {
    value = make();
    map.set(id, value);
    if (map.size > MAX_CERTS) map.delete(map.keys().next().value as string);
    value.catch(() => map.delete(id));
  }
  return value;
}

function keyOf(url: string, hash: 'SHA-1' | 'SHA-256', fetcher: CertFetcher): Promise<CryptoKey> {
  const spki = remember(certSpki, url, async () => {
    const found = spkiOfPem(await fetcher(url));
    if (found === undefined) throw new Error('not a PEM certificate');
    return found;
  });
  return remember(certKeys, `${hash} ${url}`, async () =>
    crypto.subtle.importKey('spki', new Uint8Array(await spki), { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']),
  );
}

/** Checks a parsed SNS message. Never throws: every failure is a reason. */
export async function checkSnsMessage(msg: Record<string, unknown>, fetcher: CertFetcher | undefined, topicArn?: string): Promise<Check> {
  const version = msg.SignatureVersion;
  if (version !== '1' && version !== '2') return fail('SignatureVersion must be "1" or "2"');
  if (typeof msg.Signature !== 'string' || msg.Signature === '') return fail('the message has no Signature');
  if (topicArn !== undefined && msg.TopicArn !== topicArn) return fail('the message is from another topic than the one this hook URL is for');
  const url = msg.SigningCertURL;
  if (!isTrustedCertUrl(url)) return fail('SigningCertURL is not an https://sns.<region>.amazonaws.com/….pem URL');
  if (fetcher === undefined) return fail('no way to load the signing certificate');
  const signature = fromBase64(msg.Signature);
  if (signature === undefined) return fail('the SNS signature does not match');
  let key: CryptoKey;
  try {
    key = await keyOf(url, version === '1' ? 'SHA-1' : 'SHA-256', fetcher);
  } catch (err) {
    return fail(`cannot load the signing certificate: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const ok = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signature, utf8(snsStringToSign(msg)));
    return ok ? PASS : fail('the SNS signature does not match');
  } catch {
    return fail('the SNS signature does not match');
  }
}

/** Loads a certificate with `fetch` (10 s deadline): the receiver's default; the relay uses its own HTTP client. */
export const fetchCertOverHttps: CertFetcher = async (url) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
};

const td = new TextDecoder('utf-8', { fatal: true });

/** The body as an SNS message object, else undefined. */
export function snsMessageOf(body: Uint8Array): Record<string, unknown> | undefined {
  if (body.length === 0 || body.length > MAX_SNS_BODY) return undefined;
  try {
    const value: unknown = JSON.parse(td.decode(body));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const awsSns: Provider = {
  name: 'aws-sns',
  title: 'AWS SNS',
  secretIs: 'nothing (AWS signs with its own key); --topic-arn limits the URL to one topic',
  noSecret: true,
  secretHeaders: [],
  secretProblem: () => undefined,
  async check(req, { topicArn }) {
    if (req.headers.get('x-amz-sns-rawdelivery') === 'true') return fail('raw message delivery is not signed; turn it off on the subscription');
    const msg = snsMessageOf(req.body);
    if (msg === undefined) return fail('the body is not an SNS message');
    return checkSnsMessage(msg, req.fetchCert, topicArn);
  },
};
