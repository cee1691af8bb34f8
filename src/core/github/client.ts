/**
 * The GitHub client: made once per relay from the HTTP port, the clock, the API URL and the
 * user agent, so a caller names only what differs per call (target, credential, deadline).
 * https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event
 */
import { HttpFailure, type Clock, type HttpClient } from '../ports.js';
import { createGitHubApp, isAppCredential, type GitHubApp, type GitHubAppCredentials } from './app-auth.js';
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

/** What the client is made from, once. */
export interface GitHubClientOptions {
  http: HttpClient;
  clock: Clock;
  apiUrl: string;
  userAgent: string;
  /** The relay's GitHub App: deliveries whose authorization is the App marker get an installation token. */
  app?: GitHubAppCredentials | undefined;
}

/** Calls to GitHub, each classified into a result value (never throws for GitHub or network trouble). */
export interface GitHubClient {
  /** One `repository_dispatch` attempt within `timeoutMs`. */
  dispatch(target: DispatchTarget, timeoutMs: number): Promise<DispatchResult>;
  /** The App, when one is configured. */
  readonly app?: GitHubApp | undefined;
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

/** Creates the client. */
export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const app = opts.app ? createGitHubApp({ credentials: opts.app, http: opts.http, clock: opts.clock, apiUrl: opts.apiUrl, userAgent: opts.userAgent }) : undefined;
  return {
    app,
    dispatch: (target, timeoutMs) => (isAppCredential(target.authorization) ? asApp(target, timeoutMs, opts, app) : dispatch(target, timeoutMs, opts)),
  };
}

/**
 * A dispatch with an installation token in place of the App marker; a token GitHub refuses (401)
 * is dropped and the dispatch made once more with a fresh one, within the same deadline.
 */
async function asApp(target: DispatchTarget, timeoutMs: number, opts: GitHubClientOptions, app: GitHubApp | undefined): Promise<DispatchResult> {
  if (!app) {
    const body = JSON.stringify({ success: false, code: 'app_not_configured', message: 'This delivery was made with the GitHub App, and the relay has no GitHub App configured now (W2G_GITHUB_APP_ID).' });
    return { kind: 'failed', response: { status: 502, headers: { 'content-type': 'application/json' }, body } };
  }
  const deadline = opts.clock.now() + timeoutMs;
  for (let tries = 0; ; tries++) {
    const minted = await app.installationToken(target.owner, target.repo, deadline);
    if (!minted.ok) return minted.result;
    const result = await dispatch({ ...target, authorization: `token ${minted.token}` }, Math.max(1, deadline - opts.clock.now()), opts);
    if (result.kind !== 'failed' || result.response.status !== 401 || tries > 0) return result;
    app.drop(target.owner, target.repo, minted.token);
  }
}

async function dispatch(target: DispatchTarget, timeoutMs: number, opts: GitHubClientOptions): Promise<DispatchResult> {
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
      timeoutMs,
    }), timeoutMs + DEADLINE_GRACE_MS);
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
