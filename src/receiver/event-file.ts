import { readFileSync } from 'node:fs';
import { DEFAULT_GITHUB_API_URL } from '../core/config.js';
import { githubBlobReader, type BlobReader } from './blob.js';
import { ReceiverError } from './receiver-error.js';

/** Where a `body_ref` blob is read from; the Action and `receive` fill it from their settings. */
export interface BlobSource {
  /** `GITHUB_API_URL`; empty or absent means `https://api.github.com`. */
  apiUrl?: string | undefined;
  /** `GITHUB_REPOSITORY`: used only when the event names no repository. */
  repository?: string | undefined;
  /** Token with `contents: read` on that repository. */
  token?: string | undefined;
  fetch?: typeof globalThis.fetch;
}

/** An event file read, with the blob reader for its `body_ref`. */
export interface LoadedEvent {
  event: Record<string, unknown>;
  readBlob: BlobReader;
}

/**
 * Reads a `repository_dispatch` event file (`GITHUB_EVENT_PATH`) and sets up the reader of its
 * body blob: the relay writes the blob to the repository the event belongs to, so that one is
 * read, and `source.repository` only when the event names none. Throws, naming the file, when it
 * is missing, not JSON or not an object.
 */
export function loadEventFile(path: string | undefined, source: BlobSource): LoadedEvent {
  if (!path)
    throw new ReceiverError(
      'no event file: GITHUB_EVENT_PATH is not set (the Action runs inside a GitHub Actions job; `webhook2github receive` also takes --event FILE)',
    );
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ReceiverError(`cannot read the event file ${path}: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ReceiverError(`${path} is not an event object`);
  const event = value as Record<string, unknown>;
  const named = (event.repository as { full_name?: unknown } | undefined)?.full_name;
  const readBlob = githubBlobReader({
    apiUrl: source.apiUrl || DEFAULT_GITHUB_API_URL,
    repository: typeof named === 'string' ? named : (source.repository ?? ''),
    ...(source.token ? { token: source.token } : {}),
    ...(source.fetch ? { fetch: source.fetch } : {}),
  });
  return { event, readBlob };
}
