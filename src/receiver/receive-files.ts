import { readFileSync } from 'node:fs';
import { githubBlobReader } from './blob.js';
import { receiveEvent, type ReceiveResult } from './receive.js';
import { ReceiverError } from './receiver-error.js';
import { parseSecrets } from './secrets.js';
import { loadWorkflows } from './workflows.js';

/** Settings of `webhook2github receive`. */
export interface ReceiveFilesOptions {
  eventPath: string;
  workflowsDir: string;
  secretsPath?: string;
  /** For `body_ref`: `GITHUB_API_URL`, `GITHUB_TOKEN`, `GITHUB_REPOSITORY`. */
  env?: Record<string, string | undefined>;
}

/** Reads a secrets file: a JSON object of NAME → value. */
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

/** Receives the event in a file, as the Action does, without writing outputs. */
export async function receiveFromFiles(options: ReceiveFilesOptions): Promise<ReceiveResult> {
  let event: unknown;
  try {
    event = JSON.parse(readFileSync(options.eventPath, 'utf8'));
  } catch (err) {
    throw new ReceiverError(`cannot read the event file ${options.eventPath}: ${(err as Error).message}`);
  }
  const env = options.env ?? {};
  const repo = (event as { repository?: { full_name?: unknown } }).repository?.full_name;
  const token = env.GITHUB_TOKEN;
  return receiveEvent(event, {
    workflows: loadWorkflows(options.workflowsDir),
    secrets: readSecretsFile(options.secretsPath),
    readBlob: githubBlobReader({
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      repository: typeof repo === 'string' ? repo : (env.GITHUB_REPOSITORY ?? ''),
      ...(token ? { token } : {}),
    }),
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
    request: { ...request, bodyIsBinary },
  };
}
