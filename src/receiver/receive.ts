import type { BlobReader } from './blob.js';
import { ReceiverError } from './receiver-error.js';
import { requestFromEvent } from './request.js';
import { route } from './router.js';
import { applyConfig, readConfig } from './trigger-config.js';
import { builtinTriggers } from './triggers/registry.js';
import type { Item, SuggestedResponse, Trigger, WebhookRequest } from './types.js';
import type { WorkflowFile } from './workflows.js';

/** The outcome of receiving one request. */
export interface ReceiveResult {
  /** A trigger's webhook took the request (even if it produced no items). */
  matched: boolean;
  /** `chat/tg`: the workflow file under the workflows folder, without extension. */
  workflow?: string;
  trigger?: string;
  items: Item[];
  /** Why there are no items (routing message, failed signature, filter …). */
  reason?: string;
  /** The routed request (`path` = suffix, `params` filled). */
  request: WebhookRequest;
  response?: SuggestedResponse;
}

/** What {@link receiveRequest} needs besides the request. */
export interface ReceiveOptions {
  workflows: WorkflowFile[];
  secrets?: Record<string, string>;
  triggers?: ReadonlyMap<string, Trigger>;
  /** Fetches signing certificates (SNS); default: HTTPS GET. */
  fetchCert?: (url: string) => Promise<string>;
}

/** Routes an already-built request and runs the trigger's handler and config. */
export async function receiveRequest(request: WebhookRequest, options: ReceiveOptions): Promise<ReceiveResult> {
  const found = route(request, options.workflows, options.triggers ?? builtinTriggers, options.secrets ?? {});
  if (!found.matched) return { matched: false, items: [], reason: found.message, request };
  const routed: WebhookRequest = { ...request, path: found.suffix, params: found.params };
  const { config: _config, ...triggerOptions } = found.options;
  const received = new Date(routed.receivedAt);
  const now = Number.isNaN(received.getTime()) ? new Date() : received;
  const handled = await found.webhook.handler(routed, {
    options: triggerOptions,
    now,
    ...(options.fetchCert ? { fetchCert: options.fetchCert } : {}),
  });
  let items: Item[];
  try {
    items = applyConfig(handled.items, readConfig(found.options));
  } catch (err) {
    throw new ReceiverError(`on.${found.triggerName}.config in ${found.workflow.file} is not valid: ${(err as Error).message}`);
  }
  const result: ReceiveResult = {
    matched: true,
    workflow: found.workflow.name,
    trigger: found.triggerName,
    items,
    request: routed,
  };
  if (handled.reason) result.reason = handled.reason;
  else if (items.length === 0) result.reason = 'the trigger config (filter/skip/limit) removed every item';
  if (handled.response) result.response = handled.response;
  return result;
}

/** Receives a `repository_dispatch` event: rebuild the request, route it, run the trigger. */
export async function receiveEvent(
  event: unknown,
  options: ReceiveOptions & { readBlob?: BlobReader },
): Promise<ReceiveResult> {
  const request = await requestFromEvent(event, options.readBlob ? { readBlob: options.readBlob } : {});
  return receiveRequest(request, options);
}
