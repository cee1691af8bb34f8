/**
 * Which service sent a webhook, told from the headers it always sets (for the dashboard's filter
 * and labels). A request verified at the edge names its provider in the envelope (`verified`).
 */

/** Known providers and the header each always sends (lower case), most specific first. */
export const PROVIDER_HEADERS: readonly (readonly [provider: string, header: string])[] = [
  ['github', 'x-github-event'],
  ['stripe', 'stripe-signature'],
  ['slack', 'x-slack-signature'],
  ['telegram', 'x-telegram-bot-api-secret-token'],
  ['typeform', 'typeform-signature'],
  ['trello', 'x-trello-webhook'],
  ['aws-sns', 'x-amz-sns-message-type'],
  ['shopify', 'x-shopify-hmac-sha256'],
  ['gitlab', 'x-gitlab-event'],
  ['twitch', 'twitch-eventsub-message-id'],
  ['linear', 'linear-delivery'],
  ['svix', 'svix-id'],
  ['standard-webhooks', 'webhook-id'],
];

/** Every provider name the filter offers, `other` last. */
export const PROVIDERS: readonly string[] = [...PROVIDER_HEADERS.map(([p]) => p), 'other'];

/** The provider of a request: the envelope's `verified`, else the first known header, else `other`. */
export function providerOf(headers: Readonly<Record<string, string>>, verified?: unknown): string {
  if (typeof verified === 'string' && verified !== '') return verified;
  for (const [provider, header] of PROVIDER_HEADERS) if (Object.hasOwn(headers, header)) return provider;
  return 'other';
}
