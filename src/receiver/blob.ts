import { createHash } from 'node:crypto';
import type { BodyRef } from '../core/contract.js';
import { ReceiverError } from './receiver-error.js';

/** Reads a body that travelled as a git blob (`body_ref`). */
export type BlobReader = (ref: BodyRef) => Promise<Uint8Array>;

/** Settings for {@link githubBlobReader}. */
export interface GithubBlobReaderOptions {
  /** `GITHUB_API_URL`, e.g. `https://api.github.com`. */
  apiUrl: string;
  /** `owner/repo` the relay wrote the blob to (the repository the event belongs to). */
  repository: string;
  token?: string;
  fetch?: typeof globalThis.fetch;
  /** Deadline of the read (default two minutes: up to 25 MB). */
  timeoutMs?: number;
}

const BLOB_TIMEOUT_MS = 120_000;

/**
 * Reads blobs with the Git Data API (raw media type, up to 100 MB) and checks size and SHA-256.
 * https://docs.github.com/rest/git/blobs#get-a-blob
 */
export function githubBlobReader(options: GithubBlobReaderOptions): BlobReader {
  const doFetch = options.fetch ?? globalThis.fetch;
  return async (ref) => {
    const url = `${options.apiUrl.replace(/\/+$/, '')}/repos/${options.repository}/git/blobs/${encodeURIComponent(ref.sha)}`;
    const headers: Record<string, string> = {
      accept: 'application/vnd.github.raw+json',
      'user-agent': 'webhook2github-receiver',
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let res: Response;
    try {
      res = await doFetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? BLOB_TIMEOUT_MS) });
    } catch (err) {
      throw new ReceiverError(
        `could not read the body's git blob ${ref.sha} from ${options.repository}: ${(err as Error).name === 'TimeoutError' ? `no answer within ${(options.timeoutMs ?? BLOB_TIMEOUT_MS) / 1000} s` : (err as Error).message}`,
      );
    }
    if (!res.ok) {
      const why =
        res.status === 404
          ? 'it is not there, or the github-token cannot read the repository (it needs contents: read)'
          : res.status === 401 || res.status === 403
            ? 'the github-token may not read it (it needs contents: read on the repository)'
            : 'GitHub did not give it; re-run the job to try again';
      throw new ReceiverError(
        `could not read the body's git blob ${ref.sha} (body_ref, ${ref.size} bytes) from ${options.repository}: HTTP ${res.status}: ${why}`,
      );
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    checkBlob(ref, bytes);
    return bytes;
  };
}

/** Throws when the bytes are not the ones the relay described. */
export function checkBlob(ref: BodyRef, bytes: Uint8Array): void {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length !== ref.size || sha256 !== ref.sha256.toLowerCase()) {
    throw new ReceiverError(
      `body blob ${ref.sha} does not match body_ref: ${bytes.length} bytes with sha256 ${sha256}, expected ${ref.size} bytes with sha256 ${ref.sha256}; the body was not used`,
    );
  }
}
