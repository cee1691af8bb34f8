/**
 * The GitHub dispatch client: one `POST /repos/{owner}/{repo}/dispatches` attempt.
 * https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event
 */
import { HttpFailure, type Clock, type HttpClient } from '../ports.js';
import { classifyResponse, type DispatchResult } from './classify.js';

/** Everything needed to send one dispatch. */
export interface DispatchTarget {
  owner: string;
  repo: string;
  /** The `Authorization` header value for GitHub (`token x`, `Bearer x`). */
  authorization: string;
  /** Serialized `{event_type, client_payload}`. */
  bodyJson: string;
}

export interface DispatchOptions {
  http: HttpClient;
  clock: Clock;
  apiUrl: string;
  timeoutMs: number;
  userAgent: string;
}

/** The dispatch endpoint URL for a repository. */
export function dispatchUrl(apiUrl: string, owner: string, repo: string): string {
  return `${apiUrl.replace(/\/+$/, '')}/repos/${owner}/${repo}/dispatches`;
}

/** Sends one dispatch and classifies the outcome; never throws for network trouble. */
export async function dispatch(target: DispatchTarget, opts: DispatchOptions): Promise<DispatchResult> {
  try {
    const res = await opts.http({
      method: 'POST',
      url: dispatchUrl(opts.apiUrl, target.owner, target.repo),
      headers: {
        accept: 'application/vnd.github+json',
        authorization: target.authorization,
        'content-type': 'application/json',
        'user-agent': opts.userAgent,
        'x-github-api-version': '2022-11-28',
      },
      body: target.bodyJson,
      timeoutMs: opts.timeoutMs,
    });
    return classifyResponse(res, opts.clock.now());
  } catch (err) {
    if (err instanceof HttpFailure) {
      return { kind: 'retry', reason: err.kind, message: err.kind === 'timeout' ? 'GitHub did not answer in time' : 'GitHub could not be reached' };
    }
    throw err;
  }
}
