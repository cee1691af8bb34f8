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

/** Slack past the adapter's own timeout before the core gives up on the call itself. */
const DEADLINE_GRACE_MS = 1000;

/**
 * The call, or a timeout failure once `ms` have passed: the adapter enforces the timeout, and this
 * makes sure that an adapter that does not (or a socket that never closes) still cannot hold a
 * pacing slot or an attempt forever.
 */
function withDeadline<T>(call: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpFailure('timeout', `no answer within ${ms} ms`)), ms);
  });
  return Promise.race([call, late]).finally(() => clearTimeout(timer));
}

/** Sends one dispatch and classifies the outcome; never throws for network trouble. */
export async function dispatch(target: DispatchTarget, opts: DispatchOptions): Promise<DispatchResult> {
  try {
    const res = await withDeadline(opts.http({
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
    }), opts.timeoutMs + DEADLINE_GRACE_MS);
    return classifyResponse(res, opts.clock.now());
  } catch (err) {
    if (err instanceof HttpFailure) {
      return { kind: 'retry', reason: err.kind, message: err.kind === 'timeout' ? `GitHub did not answer in time (${err.message})` : `GitHub could not be reached (${err.message})` };
    }
    // Not a network failure the adapter knows: still an attempt that got no answer, so the retry
    // policy (and its age limit) decides, instead of an error that would leave the delivery leased.
    return { kind: 'retry', reason: 'network', message: `The request to GitHub could not be sent (${err instanceof Error ? err.message : String(err)})` };
  }
}
