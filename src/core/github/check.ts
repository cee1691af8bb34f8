/**
 * Whether a credential may dispatch to a repository, asked of GitHub without dispatching
 * (`seal --check`, and the proof `POST /_/seal` asks for App URLs). An empty body is refused with
 * 422 only once GitHub has authorized the call: 401 (bad token), 403 (missing permission) and
 * 404 (no such repository, or no access) come first, and nothing is dispatched either way.
 * https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event
 */
import type { Clock, HttpClient, HttpResponse } from '../ports.js';
import { isAppCredential, type GitHubApp } from './app-auth.js';
import { dispatchUrl } from './client.js';
import { withDeadline } from './deadline.js';

/** GitHub's word on a credential and a repository. */
export interface DispatchCheck {
  ok: boolean;
  /** GitHub's status (0: no answer). */
  status: number;
  /** What it means, for a person. */
  message: string;
}

/** What the check needs. */
export interface CheckOptions {
  http: HttpClient;
  clock: Clock;
  apiUrl: string;
  userAgent: string;
  /** The relay's App, for the App marker. */
  app?: GitHubApp | undefined;
}

function messageOf(res: HttpResponse | undefined): string | undefined {
  if (!res) return undefined;
  try {
    const m = (JSON.parse(res.body) as { message?: unknown }).message;
    return typeof m === 'string' ? m.split('\n')[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Asks GitHub; never throws. `authorization` is a header value (`token x`) or the App marker. */
export async function checkDispatch(opts: CheckOptions, owner: string, repo: string, authorization: string, timeoutMs: number): Promise<DispatchCheck> {
  let auth = authorization;
  const who = isAppCredential(authorization) ? 'the GitHub App' : 'the token';
  if (isAppCredential(authorization)) {
    if (!opts.app) return { ok: false, status: 0, message: 'no GitHub App is configured (W2G_GITHUB_APP_ID, W2G_GITHUB_APP_PRIVATE_KEY)' };
    const got = await opts.app.installationToken(owner, repo, opts.clock.now() + timeoutMs);
    if (!got.ok) {
      const r = got.result;
      return { ok: false, status: r.response?.status ?? 0, message: messageOf(r.response) ?? (r.kind === 'retry' ? r.message : 'GitHub refused the App') };
    }
    auth = `token ${got.token}`;
  }
  let res: HttpResponse;
  try {
    res = await withDeadline(
      opts.http({
        method: 'POST',
        url: dispatchUrl(opts.apiUrl, owner, repo),
        headers: {
          accept: 'application/vnd.github+json',
          authorization: auth,
          'content-type': 'application/json',
          'user-agent': opts.userAgent,
          'x-github-api-version': '2022-11-28',
        },
        body: '{}',
        timeoutMs,
      }),
      timeoutMs + 1000,
    );
  } catch (err) {
    return { ok: false, status: 0, message: `GitHub could not be reached (${err instanceof Error ? err.message : String(err)})` };
  }
  const said = messageOf(res);
  switch (res.status) {
    case 422:
      return { ok: true, status: 422, message: `${who} may create repository_dispatch events on ${owner}/${repo}` };
    case 401:
      return { ok: false, status: 401, message: `GitHub does not accept ${who} (${said ?? 'Bad credentials'}): check it was copied whole and has not expired` };
    case 403:
      return {
        ok: false,
        status: 403,
        message: `${who} may not dispatch to ${owner}/${repo} (${said ?? 'Forbidden'}): a fine-grained token needs "Contents: Read and write" on it, a classic token the repo scope`,
      };
    case 404:
      return {
        ok: false,
        status: 404,
        message: `${owner}/${repo} does not exist or ${who} cannot see it: check the name, and that ${who} has access to this repository`,
      };
    default:
      return { ok: false, status: res.status, message: `GitHub answered HTTP ${res.status}${said ? ` (${said})` : ''}; try again later` };
  }
}
