/**
 * AWS SNS subscription confirmation, answered at the edge: fetch `SubscribeURL` (only on an
 * `sns.<region>.amazonaws.com` https host, so the relay cannot be made to fetch anything else).
 * https://docs.aws.amazon.com/sns/latest/dg/SendMessageToHttp.prepare.html
 */
import { RelayError } from '../errors.js';
import { HttpFailure, type HttpClient } from '../ports.js';

const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

/**
 * The value as a URL when it points at AWS SNS itself: `https://sns.<region>.amazonaws.com[.cn]`,
 * default port, no user or password; else undefined. The one rule for every URL an SNS message
 * names (`SubscribeURL` here, `SigningCertURL` in the receiver), so a forged message cannot make
 * us fetch from anywhere else. See docs/providers.md (AWS SNS).
 */
export function snsHostUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const plain = url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '';
  return plain && SNS_HOST.test(url.hostname) ? url : undefined;
}

/** True when the request is an SNS subscription confirmation. */
export function isSnsSubscriptionConfirmation(headers: Headers): boolean {
  return headers.get('x-amz-sns-message-type') === 'SubscriptionConfirmation';
}

/** Checks SubscribeURL and confirms the subscription; throws RelayError for bad input. */
export async function confirmSnsSubscription(bodyText: string | undefined, http: HttpClient, timeoutMs: number): Promise<void> {
  let subscribeUrl: unknown;
  try {
    subscribeUrl = (JSON.parse(bodyText ?? '') as { SubscribeURL?: unknown }).SubscribeURL;
  } catch {
    throw new RelayError(400, 'invalid_sns_message', 'An SNS SubscriptionConfirmation must have a JSON body with a SubscribeURL.');
  }
  const url = snsHostUrl(subscribeUrl);
  if (!url) {
    throw new RelayError(400, 'invalid_sns_subscribe_url', 'SubscribeURL must be an https:// URL on sns.<region>.amazonaws.com; nothing was fetched.');
  }
  try {
    const res = await http({ method: 'GET', url: url.toString(), headers: { 'user-agent': 'webhook2github' }, timeoutMs });
    if (res.status < 200 || res.status >= 300) {
      throw new RelayError(502, 'sns_confirmation_failed', `AWS SNS answered HTTP ${res.status} to the subscription confirmation.`);
    }
  } catch (err) {
    if (err instanceof HttpFailure) throw new RelayError(502, 'sns_confirmation_failed', 'AWS SNS could not be reached to confirm the subscription.');
    throw err;
  }
}
