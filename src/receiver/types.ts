/**
 * Shared types of the receiver: the request a trigger sees, the items it produces, and the
 * shape of a trigger module. Field names follow Actionsflow's `IWebhookRequest` so that
 * workflows written for Actionsflow read the same values.
 */

/** A parsed query: a repeated key becomes an array, as Node's `querystring` does. */
export type Query = Record<string, string | string[]>;

/** The original HTTP request, rebuilt from the envelope and routed. */
export interface WebhookRequest {
  /** Delivery id from the relay (empty for old envelopes that carry none). */
  id: string;
  /** HTTP method, lower case (Actionsflow's convention). */
  method: string;
  /** After routing: the suffix after `/<workflow>/<trigger>` (`/` when none); before: the whole path. */
  path: string;
  /** The whole path as received, without the query string. */
  originPath: string;
  /** Lower-case header names → values. */
  headers: Record<string, string>;
  query: Query;
  /** The query string without `?` (empty when none). */
  querystring: string;
  /** The query string with `?` (empty when none). */
  search: string;
  /** Values of `:name` segments in the webhook's path pattern. */
  params: Record<string, string>;
  /** JSON → value, form → object, text/XML → string, anything else → base64 string; absent when no body. */
  body?: unknown;
  /** The exact bytes of the body (empty when none). */
  rawBody: Uint8Array;
  /** The body as received: UTF-8 text for textual content, base64 for binary (empty when none). */
  bodyText: string;
  /** True when `body`/`bodyText` are base64 because the content is binary. */
  bodyIsBinary: boolean;
  /** ISO time the relay accepted the request (now, when unknown). */
  receivedAt: string;
  /** The provider whose signature the relay checked at the edge (the envelope's `verified`). */
  verified?: string;
  /** What could not be rebuilt as sent (a JSON body nested too deeply …); the Action logs each. */
  warnings?: string[];
}

/** One output item of a trigger. */
export type Item = Record<string, unknown>;

/**
 * One item after the trigger's `config`: usually an {@link Item}, but a `format` script may
 * return any value, as in Actionsflow.
 */
export type OutputItem = unknown;

/** A response a trigger suggests for the sender (e.g. a handshake answer); used by `dev`. */
export interface SuggestedResponse {
  status: number;
  contentType: string;
  body: string;
}

/** What a webhook handler returns: the items, and why there are none when that is the case. */
export interface HandlerResult {
  items: Item[];
  /** Why the request produced no items (failed signature, handshake, filtered event …). */
  reason?: string;
  response?: SuggestedResponse;
}

/** Options of a trigger: `on.<trigger>` of the workflow file, secrets filled in. */
export type TriggerOptions = Record<string, unknown>;

/** What a handler gets besides the request. */
export interface HandlerContext {
  options: TriggerOptions;
  /** The clock for timestamp windows: the relay's `received_at`, so queueing delays do not count. */
  now: Date;
  /** Fetches a signing certificate (SNS); injected in tests. */
  fetchCert?: (url: string) => Promise<string>;
}

/** One webhook a trigger owns: the first whose method and path match handles the request. */
export interface TriggerWebhook {
  /** HTTP method(s), any case (Actionsflow's `method`: one or a list); absent or empty matches any. */
  method?: string | string[];
  /**
   * Path pattern relative to `/<workflow>/<trigger>` (path-to-regexp 6, `/user/:id` style);
   * absent matches every path under it, as in Actionsflow.
   */
  path?: string;
  handler: (request: WebhookRequest, context: HandlerContext) => HandlerResult | Promise<HandlerResult>;
}

/** A built-in trigger module. */
export interface Trigger {
  /** The key under `on:` that selects it (`webhook`, `telegram_bot` …). */
  name: string;
  /** The webhooks this trigger owns for the given options. */
  webhooks: (options: TriggerOptions) => TriggerWebhook[];
}
