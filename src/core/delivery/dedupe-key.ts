/**
 * The provider's delivery id of a webhook, used to suppress repeats. Providers resend the same
 * id when they retry.
 */

/** Headers carrying a provider delivery id, most specific first. */
export const DEDUPE_HEADERS = [
  'x-github-delivery',
  'webhook-id',
  'svix-id',
  'x-shopify-webhook-id',
  'x-gitlab-event-uuid',
  'idempotency-key',
  'x-amz-sns-message-id',
  'twitch-eventsub-message-id',
  'linear-delivery',
] as const;

/**
 * The delivery id of a request, prefixed with where it came from (`x-github-delivery:…`), or
 * undefined. Header names must be lower case. Slack Events (and Typeform) carry none in headers;
 * their retries repeat the body's `event_id`. https://api.slack.com/apis/events-api#retries
 */
export function dedupeKeyOf(headers: Record<string, string>, bodyText: string | undefined): string | undefined {
  for (const name of DEDUPE_HEADERS) {
    const v = headers[name]?.trim();
    if (v) return `${name}:${v}`;
  }
  // Slack Events and Typeform name the event in the body; their retries repeat it.
  if (bodyText !== undefined && (headers['x-slack-signature'] !== undefined || headers['typeform-signature'] !== undefined)) {
    const id = bodyEventId(bodyText);
    if (id !== undefined) return `event_id:${id}`;
  }
  return undefined;
}

/** Top-level `event_id` of a JSON body, or undefined. */
function bodyEventId(bodyText: string): string | undefined {
  if (!bodyText.includes('"event_id"')) return undefined;
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body === 'object' && body !== null && 'event_id' in body && typeof body.event_id === 'string' && body.event_id) {
      return body.event_id;
    }
  } catch {
    // Not JSON: no id.
  }
  return undefined;
}

/**
 * Scopes a provider id to one repository and one credential (its keyed hash, never the token), so
 * two repositories never suppress each other, and a request with a wrong token can never stand
 * for the real delivery that repeats its id with the right one.
 */
export function scopedDedupeKey(owner: string, repo: string, credentialKey: string, key: string): string {
  return `${`${owner}/${repo}`.toLowerCase()}\n${credentialKey}\n${key}`;
}
