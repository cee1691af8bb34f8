import type { BlobReader } from './blob.js';
import { ReceiverError } from './receiver-error.js';
import { requestFromEvent } from './request.js';
import { route } from './router.js';
import { applyConfig, readConfig } from './trigger-config.js';
import { builtinTriggers } from './triggers/registry.js';
import type { OutputItem, SuggestedResponse, Trigger, WebhookRequest } from './types.js';
import type { WorkflowFile } from './workflows.js';

/** The outcome of receiving one request. */
export interface ReceiveResult {
  /** A trigger's webhook took the request (even if it produced no items). */
  matched: boolean;
  /** `chat/tg`: the workflow file under the workflows folder, without extension. */
  workflow?: string;
  trigger?: string;
  /** The trigger's items after its `config` (objects, unless a `format` script returns something else). */
  items: OutputItem[];
  /** Why there are no items (routing message, failed signature, filter …). */
  reason?: string;
  /** The routed request (`path` = suffix, `params` filled). */
  request: WebhookRequest;
  response?: SuggestedResponse;
  /** Things the workflow file should fix that did not stop the request (a secret it names but the secrets lack). */
  warnings?: string[];
}

/** What {@link receiveRequest} needs besides the request. */
export interface ReceiveOptions {
  workflows: WorkflowFile[];
  secrets?: Record<string, string>;
  triggers?: ReadonlyMap<string, Trigger>;
  /** Fetches signing certificates (SNS); default: HTTPS GET. */
  fetchCert?: (url: string) => Promise<string>;
  /** Where `helpers.log` of `format`/`filterScript`/`sortScript` scripts writes; default: stdout. */
  log?: (line: string) => void;
  /** How messages tell the user to supply a missing secret (default: the Action's secrets input). */
  secretsHint?: string;
}

/** Routes an already-built request and runs the trigger's handler and config. */
export async function receiveRequest(request: WebhookRequest, options: ReceiveOptions): Promise<ReceiveResult> {
  const found = route(request, options.workflows, options.triggers ?? builtinTriggers, options.secrets ?? {}, options.secretsHint);
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
  let items: OutputItem[];
  try {
    const source = { file: found.workflow.file, trigger: found.triggerName, log: options.log ?? ((line: string) => console.log(line)) };
    items = applyConfig(handled.items, readConfig(found.options), source);
  } catch (err) {
    const message = (err as Error).message;
    // A script's own error already names the file, trigger and option.
    if (message.startsWith('An error occurred in the ')) throw err;
    throw new ReceiverError(`on.${found.triggerName}.config in ${found.workflow.file} is not valid: ${message}`);
  }
  const result: ReceiveResult = {
    matched: true,
    workflow: found.workflow.name,
    trigger: found.triggerName,
    items,
    request: routed,
  };
  if (handled.reason) result.reason = handled.reason;
  else if (items.length === 0) result.reason = 'the trigger config (filter, filterScript, skip …) removed every item';
  if (handled.response) result.response = handled.response;
  if (found.warnings.length > 0) result.warnings = found.warnings;
  return result;
}

/** Receives a `repository_dispatch` event: rebuild the request, route it, run the trigger. */
export async function receiveEvent(event: unknown, options: ReceiveOptions & { readBlob?: BlobReader }): Promise<ReceiveResult> {
  const request = await requestFromEvent(event, options.readBlob ? { readBlob: options.readBlob } : {});
  return receiveRequest(request, options);
}
