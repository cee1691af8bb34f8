/**
 * Inbound signature checks that run in the job (which holds the secrets). Each works on the
 * exact body bytes, compares in constant time, and returns false — never throws — for any
 * malformed input. Each provider's scheme (header, algorithm, signed bytes, window) is described
 * in docs/providers.md.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Constant-time equality of two byte strings (false when lengths differ). */
export function safeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/** Constant-time equality of two UTF-8 strings. */
export function safeEqualText(a: string, b: string): boolean {
  return safeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function hmac(alg: 'sha1' | 'sha256', key: string, ...parts: Uint8Array[]): Buffer {
  const mac = createHmac(alg, key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

function fromHex(text: string): Buffer | undefined {
  return /^(?:[0-9a-fA-F]{2})+$/.test(text) ? Buffer.from(text, 'hex') : undefined;
}

function fromBase64(text: string): Buffer | undefined {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0 ? Buffer.from(text, 'base64') : undefined;
}

function withPrefix(header: unknown, prefix: string): string | undefined {
  return typeof header === 'string' && header.startsWith(prefix) ? header.slice(prefix.length).trim() : undefined;
}

/** GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, body)>`. */
export function verifyGithub(secret: string, body: Uint8Array, header: unknown): boolean {
  const mac = fromHex(withPrefix(header, 'sha256=') ?? '');
  return mac !== undefined && secret !== '' && safeEqual(mac, hmac('sha256', secret, body));
}

/** Typeform: `Typeform-Signature: sha256=<base64 HMAC-SHA256(secret, body)>`. */
export function verifyTypeform(secret: string, body: Uint8Array, header: unknown): boolean {
  const mac = fromBase64(withPrefix(header, 'sha256=') ?? '');
  return mac !== undefined && secret !== '' && safeEqual(mac, hmac('sha256', secret, body));
}

/** Trello: `X-Trello-Webhook: <base64 HMAC-SHA1(app secret, body ‖ callbackURL)>`. */
export function verifyTrello(secret: string, callbackUrl: string, body: Uint8Array, header: unknown): boolean {
  const mac = typeof header === 'string' ? fromBase64(header.trim()) : undefined;
  return (
    mac !== undefined && secret !== '' && safeEqual(mac, hmac('sha1', secret, body, Buffer.from(callbackUrl, 'utf8')))
  );
}

/** Slack's replay window: https://api.slack.com/authentication/verifying-requests-from-slack */
export const SLACK_WINDOW_SECONDS = 300;

/** Why a Slack request failed its check, or undefined when it passed. */
export function checkSlack(
  secret: string,
  body: Uint8Array,
  signature: unknown,
  timestamp: unknown,
  now: Date,
): string | undefined {
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return 'missing or malformed X-Slack-Request-Timestamp';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SLACK_WINDOW_SECONDS) {
    return 'X-Slack-Request-Timestamp is more than 5 minutes away from the time the relay received the request';
  }
  const mac = fromHex(withPrefix(signature, 'v0=') ?? '');
  const expected = hmac('sha256', secret, Buffer.from(`v0:${timestamp}:`, 'utf8'), body);
  return mac !== undefined && secret !== '' && safeEqual(mac, expected) ? undefined : 'X-Slack-Signature does not match';
}
