/**
 * Signs fixtures the way each provider does, computed at test time and never by the code under
 * test. GitHub: its official package (`@octokit/webhooks-methods`). Slack, Typeform and Trello
 * publish no small signing package, so their documented schemes are written out here with Web
 * Crypto (the verifiers use node:crypto, so the two share no code). Schemes: docs/providers.md.
 */
import { sign as octokitSign } from '@octokit/webhooks-methods';

const utf8 = new TextEncoder();

function bytes(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof data === 'string' ? utf8.encode(data) : new Uint8Array(data);
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function hmac(hash: 'SHA-1' | 'SHA-256', secret: string, message: Uint8Array<ArrayBuffer>): Promise<Buffer> {
  const key = await crypto.subtle.importKey('raw', utf8.encode(secret), { name: 'HMAC', hash }, false, ['sign']);
  return Buffer.from(await crypto.subtle.sign('HMAC', key, message));
}

/** `X-Hub-Signature-256`, by GitHub's own `sign` (the body as the UTF-8 text GitHub sends). */
export function signGithub(secret: string, body: string): Promise<string> {
  return octokitSign(secret, body);
}

/**
 * `X-Slack-Signature`: `v0=` + hex HMAC-SHA256(signing secret, `v0:<timestamp>:<raw body>`).
 * https://api.slack.com/authentication/verifying-requests-from-slack
 */
export async function signSlack(secret: string, timestamp: string, body: string | Uint8Array): Promise<string> {
  return `v0=${(await hmac('SHA-256', secret, concat(utf8.encode(`v0:${timestamp}:`), bytes(body)))).toString('hex')}`;
}

/**
 * `Typeform-Signature`: `sha256=` + base64 HMAC-SHA256(secret, raw body).
 * https://www.typeform.com/developers/webhooks/secure-your-webhooks/
 */
export async function signTypeform(secret: string, body: string | Uint8Array): Promise<string> {
  return `sha256=${(await hmac('SHA-256', secret, bytes(body))).toString('base64')}`;
}

/**
 * `X-Trello-Webhook`: base64 HMAC-SHA1(app secret, raw body ‖ callback URL as registered).
 * https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/
 */
export async function signTrello(secret: string, callbackUrl: string, body: string | Uint8Array): Promise<string> {
  return (await hmac('SHA-1', secret, concat(bytes(body), utf8.encode(callbackUrl)))).toString('base64');
}
