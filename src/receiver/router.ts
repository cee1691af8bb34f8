import { decodeSegment, matchPath, segments } from './path-pattern.js';
import { ReceiverError } from './receiver-error.js';
import { fillSecrets } from './secrets.js';
import type { Trigger, TriggerOptions, TriggerWebhook, WebhookRequest } from './types.js';
import type { WorkflowFile } from './workflows.js';

/** The trigger webhook that owns a request. */
export interface Route {
  matched: true;
  workflow: WorkflowFile;
  triggerName: string;
  trigger: Trigger;
  webhook: TriggerWebhook;
  /** Trigger options with secrets filled (including `config`). */
  options: TriggerOptions;
  params: Record<string, string>;
  /** The path after `/<workflow>/<trigger>`, `/` when none. */
  suffix: string;
  /** Secrets the trigger's options name but the secrets lack (each became an empty string). */
  warnings: string[];
}

/** No trigger owns the request; `message` says what was tried. */
export interface NoRoute {
  matched: false;
  message: string;
}

/** The path after its first `n` segments, as received (trailing slash kept); `/` when none. */
function suffixAfter(path: string, n: number): string {
  const parts = path.split('/');
  let seen = 0;
  let i = 0;
  for (; i < parts.length && seen < n; i++) if (parts[i] !== '') seen++;
  const rest = parts.slice(i).join('/').replace(/^\/+/, '');
  return `/${rest}`;
}

function methodMatches(webhook: TriggerWebhook, method: string): boolean {
  const methods = webhook.method === undefined ? [] : Array.isArray(webhook.method) ? webhook.method : [webhook.method];
  return methods.length === 0 || methods.some((m) => m.toLowerCase() === method);
}

/** Where in the URL a webhook's path pattern is tried (Actionsflow's base for `new URL`). */
const URL_BASE = 'https://webhook.invalid';

/**
 * The path as a URL parser normalizes it (dot segments resolved, the characters a URL may not
 * carry percent-encoded), which is what Actionsflow routes on. Concatenated, never resolved: a
 * path starting with `//` stays a path.
 */
export function normalizedPath(path: string): string {
  try {
    return new URL(`${URL_BASE}${path.startsWith('/') ? '' : '/'}${path}`).pathname;
  } catch {
    return path;
  }
}

function describeHook(hook: TriggerWebhook): string {
  const methods = hook.method === undefined ? [] : Array.isArray(hook.method) ? hook.method : [hook.method];
  return `${methods.length > 0 ? methods.map((m) => m.toUpperCase()).join('|') : 'any'} ${hook.path ?? '/…'}`;
}

/**
 * Finds the trigger that owns the request: `/<workflow-file-name>/<trigger-name>[/suffix]`
 * (Actionsflow's convention; nested workflow names span several segments), then the first of
 * the trigger's webhooks whose method and path pattern match the suffix. The path is the
 * URL-normalized one Actionsflow routes on. Secrets are filled only for the triggers tried, so
 * an unrelated workflow cannot fail the step.
 */
export function route(
  request: WebhookRequest,
  workflows: WorkflowFile[],
  triggers: ReadonlyMap<string, Trigger>,
  secrets: Record<string, string>,
  secretsHint?: string,
): Route | NoRoute {
  const pathname = normalizedPath(request.originPath);
  const decoded = segments(pathname).map(decodeSegment);
  const tried: string[] = [];
  // Longer workflow names first, so `chat/tg` wins over a workflow named `chat`.
  const ordered = [...workflows].sort((a, b) => b.name.split('/').length - a.name.split('/').length);
  for (const workflow of ordered) {
    const wf = workflow.name.split('/');
    if (!wf.every((s, i) => decoded[i] === s)) continue;
    // A file that does not parse breaks its own routes only, with its error.
    if (workflow.error !== undefined) throw new ReceiverError(workflow.error);
    const triggerName = decoded[wf.length];
    if (triggerName === undefined || !workflow.triggers.has(triggerName)) continue;
    const trigger = triggers.get(triggerName);
    if (!trigger) {
      tried.push(`${workflow.name}/${triggerName}: "${triggerName}" is not a built-in webhook trigger`);
      continue;
    }
    const where = `${workflow.file} (on.${triggerName})`;
    const rawOptions = workflow.triggers.get(triggerName);
    const warnings: string[] = [];
    const filled = fillSecrets(rawOptions ?? {}, secrets, where, warnings, secretsHint);
    const options = (typeof filled === 'object' && filled !== null && !Array.isArray(filled) ? filled : {}) as TriggerOptions;
    const suffix = suffixAfter(pathname, wf.length + 1);
    const hooks = trigger.webhooks(options);
    for (const webhook of hooks) {
      if (!methodMatches(webhook, request.method)) continue;
      // No path: the trigger owns every path under /<workflow>/<trigger>, as in Actionsflow.
      let params: Record<string, string> | undefined = {};
      if (webhook.path !== undefined) {
        try {
          params = matchPath(webhook.path, suffix);
        } catch (err) {
          throw new ReceiverError(`on.${triggerName}.path in ${workflow.file}: ${(err as Error).message}`);
        }
      }
      if (params) return { matched: true, workflow, triggerName, trigger, webhook, options, params, suffix, warnings };
    }
    const shapes = hooks.map(describeHook).join(', ');
    tried.push(`${workflow.name}/${triggerName}: ${request.method.toUpperCase()} ${suffix} is not one of ${shapes}`);
  }
  const names = workflows.map((w) => `${w.name} (${[...w.triggers.keys()].join(', ') || 'no triggers'})`);
  const message =
    tried.length > 0
      ? `no webhook matched ${request.method.toUpperCase()} ${request.originPath}; tried ${tried.join('; ')}`
      : `no workflow/trigger owns ${request.originPath}: the URL path must be /<workflow>/<trigger>[/suffix]; ` +
        `workflows: ${names.join(', ') || 'none found'}`;
  return { matched: false, message };
}
