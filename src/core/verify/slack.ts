/**
 * Slack: `X-Slack-Signature: v0=<hex>`, HMAC-SHA256 keyed with the signing secret over
 * `v0:<X-Slack-Request-Timestamp>:<raw body>`; a timestamp more than five minutes away is refused.
 * https://api.slack.com/authentication/verifying-requests-from-slack
 */
import { after, fromHex, hmac, timingSafeEqual, unixSeconds, utf8, withinWindow, type HmacFn } from './crypto.js';
import { PASS, fail, textSecretProblem, type Check, type Provider } from './types.js';

/** Slack's replay window, seconds. */
export const SLACK_WINDOW_SECONDS = 300;

/** Slack's check: `nowMs` is when the request was received (the relay's `received_at` in the job). */
export async function checkSlack(
  secret: string,
  body: Uint8Array,
  signature: string | null | undefined,
  timestamp: string | null | undefined,
  nowMs: number,
  impl: HmacFn = hmac,
): Promise<Check> {
  const ts = unixSeconds(timestamp);
  if (ts === undefined) return fail('missing or malformed X-Slack-Request-Timestamp');
  if (!withinWindow(ts, nowMs, SLACK_WINDOW_SECONDS))
    return fail('X-Slack-Request-Timestamp is more than 5 minutes away from the time the relay received the request');
  const mac = fromHex(after('v0=', signature));
  if (mac === undefined || typeof secret !== 'string' || secret === '') return fail('X-Slack-Signature does not match');
  const expected = await impl('SHA-256', secret, utf8(`v0:${timestamp!.trim()}:`), body);
  return timingSafeEqual(mac, expected) ? PASS : fail('X-Slack-Signature does not match');
}

export const slack: Provider = {
  name: 'slack',
  title: 'Slack',
  secretIs: "the app's signing secret (Basic Information → App Credentials)",
  secretHeaders: [],
  secretProblem: textSecretProblem,
  check: (req, { secret = '' }) =>
    checkSlack(secret, req.body, req.headers.get('x-slack-signature'), req.headers.get('x-slack-request-timestamp'), req.now, req.hmac),
};
