/**
 * Every provider the relay verifies at the edge, by the name `seal --verify <name>` takes and the
 * envelope's `verified` carries. One module per provider in this folder; the same functions serve
 * the receiver's triggers.
 */
import { awsSns } from './aws-sns.js';
import { discord } from './discord.js';
import { dropbox } from './dropbox.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { linear } from './linear.js';
import { meta } from './meta.js';
import { shopify } from './shopify.js';
import { slack } from './slack.js';
import { standardWebhooks } from './standard-webhooks.js';
import { stripe } from './stripe.js';
import { telegram } from './telegram.js';
import { trello } from './trello.js';
import { twilio } from './twilio.js';
import { twitch } from './twitch.js';
import { typeform } from './typeform.js';
import { zoom } from './zoom.js';
import type { Provider } from './types.js';

/** The providers, in the order the README lists them. */
export const PROVIDERS: readonly Provider[] = [
  github,
  stripe,
  slack,
  standardWebhooks,
  shopify,
  gitlab,
  typeform,
  twilio,
  trello,
  zoom,
  linear,
  discord,
  telegram,
  meta,
  awsSns,
  twitch,
  dropbox,
];

const BY_NAME = new Map<string, Provider>(PROVIDERS.map((p) => [p.name, p]));
/** Other names people use for the same scheme. */
const ALIASES = new Map<string, string>([
  ['svix', 'standard-webhooks'],
  ['standardwebhooks', 'standard-webhooks'],
  ['sns', 'aws-sns'],
  ['whatsapp', 'meta'],
  ['facebook', 'meta'],
  ['instagram', 'meta'],
]);

/** The provider of a name or alias (any case), else undefined. */
export function providerNamed(name: string): Provider | undefined {
  const lower = name.trim().toLowerCase();
  return BY_NAME.get(ALIASES.get(lower) ?? lower);
}

/** Every name `seal --verify` takes, for messages. */
export const PROVIDER_NAMES: readonly string[] = PROVIDERS.map((p) => p.name);
