import { readFileSync } from 'node:fs';
import { loadEventFile } from './event-file.js';
import { receiveEvent, type ReceiveResult } from './receive.js';
import { ReceiverError } from './receiver-error.js';
import { parseSecrets } from './secrets.js';
import { loadWorkflows } from './workflows.js';

/** Settings of `webhook2github receive`. */
export interface ReceiveFilesOptions {
  /** The event file; default `GITHUB_EVENT_PATH` from `env`. */
  eventPath?: string | undefined;
  workflowsDir: string;
  secretsPath?: string;
  /** `GITHUB_EVENT_PATH`, and for `body_ref`: `GITHUB_API_URL`, `GITHUB_TOKEN`, `GITHUB_REPOSITORY`. */
  env?: Record<string, string | undefined>;
}

/** How the CLI's messages say to supply a missing secret. */
export const FILE_SECRETS_HINT = 'add it to the file given with --secrets (NAME=value lines, or a JSON object)';

/** Reads a secrets file: a JSON object of NAME → value, or NAME=value lines. */
export function readSecretsFile(path: string | undefined): Record<string, string> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ReceiverError(`secrets file ${path} cannot be read`);
  }
  return parseSecrets(text, `secrets file ${path}`);
}

/** Receives the event in a file, as the Action does (same event file and blob setup), without writing outputs. */
export async function receiveFromFiles(options: ReceiveFilesOptions): Promise<ReceiveResult> {
  const env = options.env ?? {};
  const { event, readBlob } = loadEventFile(options.eventPath || env.GITHUB_EVENT_PATH, {
    apiUrl: env.GITHUB_API_URL,
    repository: env.GITHUB_REPOSITORY,
    token: env.GITHUB_TOKEN,
  });
  return receiveEvent(event, {
    workflows: loadWorkflows(options.workflowsDir),
    secrets: readSecretsFile(options.secretsPath),
    secretsHint: FILE_SECRETS_HINT,
    readBlob,
  });
}

/** The result as plain JSON (the request without its raw bytes). */
export function resultToJson(result: ReceiveResult): Record<string, unknown> {
  const { rawBody: _raw, bodyIsBinary, bodyText: _text, ...request } = result.request;
  return {
    matched: result.matched,
    workflow: result.workflow ?? null,
    trigger: result.trigger ?? null,
    items: result.items,
    reason: result.reason ?? null,
    warnings: result.warnings ?? [],
    request: { ...request, bodyIsBinary },
  };
}
