/**
 * The GitHub client: made once per relay from the HTTP port, the clock, the API URL and the
 * user agent, so a caller names only what differs per call (target, credential, deadline).
 * https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event
 */
import { HttpFailure, type Clock, type HttpClient, type HttpResponse } from '../ports.js';
import { createGitHubApp, isAppCredential, type GitHubApp, type GitHubAppCredentials, type TokenScope } from './app-auth.js';
import { blobRequestBody } from '../relay/blob.js';
import type { Target } from '../relay/target.js';
import { checkDispatch, type DispatchCheck } from './check.js';
import { classifyResponse, type DispatchResult } from './classify.js';
import { withDeadline } from './deadline.js';

/** Everything needed to send one dispatch. */
export interface DispatchTarget {
  owner: string;
  repo: string;
  /** The `Authorization` header value for GitHub (`token x`, `Bearer x`). */
  authorization: string;
  /**
   * Serialized `{event_type, client_payload}`, or for a workflow_dispatch target
   * `{inputs, return_run_details}` (the client adds `ref`).
   */
  bodyJson: string;
  /** Where it goes; absent means repository_dispatch (its event_type is inside `bodyJson`). */
  target?: Target | undefined;
}

/** A body to store as a git blob in the repository. */
export interface BlobUpload {
  owner: string;
  repo: string;
  authorization: string;
  bytes: Uint8Array;
  /** The blob id computed when the body arrived; GitHub must answer the same. */
  sha: string;
}

/** The run a workflow_dispatch started, as GitHub answers with `return_run_details`. */
export interface RunLink {
  id: number;
  /** The run in the REST API. */
  url: string;
  /** The run's page on GitHub. */
  htmlUrl: string;
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

/** The default branch of a repository, or why it could not be read. */
export type BranchLookup = { kind: 'found'; branch: string } | Exclude<DispatchResult, { kind: 'delivered' }>;

/** Calls to GitHub, each classified into a result value (never throws for GitHub or network trouble). */
export interface GitHubClient {
  /**
   * One dispatch attempt within `timeoutMs`: a repository_dispatch event, or a workflow_dispatch
   * run (its default branch looked up first when no ref was chosen, within the same deadline).
   */
  dispatch(target: DispatchTarget, timeoutMs: number): Promise<DispatchResult>;
  /** Stores a body as a git blob; `delivered` only when GitHub answers the expected blob id. */
  createBlob(upload: BlobUpload, timeoutMs: number): Promise<DispatchResult>;
  /** The repository's default branch, from a cache kept an hour (one lookup per repository). */
  defaultBranch(repo: { owner: string; repo: string; authorization: string }, timeoutMs: number): Promise<BranchLookup>;
  /** Whether `authorization` (a token, or the App marker) may dispatch to the repository (check.ts). */
  check(owner: string, repo: string, authorization: string, timeoutMs: number): Promise<DispatchCheck>;
  /** The App, when one is configured. */
  readonly app?: GitHubApp | undefined;
}

const base = (apiUrl: string) => apiUrl.replace(/\/+$/, '');

/** The dispatch endpoint URL for a repository. */
export function dispatchUrl(apiUrl: string, owner: string, repo: string): string {
  return `${base(apiUrl)}/repos/${owner}/${repo}/dispatches`;
}

/** The workflow_dispatch endpoint of a workflow file (or id). */
export function workflowDispatchUrl(apiUrl: string, owner: string, repo: string, workflow: string): string {
  return `${base(apiUrl)}/repos/${owner}/${repo}/actions/workflows/${encodeURIComponent(workflow)}/dispatches`;
}

/**
 * The run link in GitHub's answer to a workflow_dispatch with `return_run_details` (200
 * `{workflow_run_id, run_url, html_url}`); undefined for a 204 (a server without run details).
 */
export function runLinkOf(res: HttpResponse): RunLink | undefined {
  if (res.status !== 200 || res.body === '') return undefined;
  try {
    const b = JSON.parse(res.body) as Record<string, unknown>;
    if (typeof b.workflow_run_id === 'number' && typeof b.run_url === 'string' && typeof b.html_url === 'string') {
      return { id: b.workflow_run_id, url: b.run_url, htmlUrl: b.html_url };
    }
  } catch {
    // Not the documented answer: delivered, without a link.
  }
  return undefined;
}

/** How long a looked-up default branch is trusted, and how many repositories are remembered. */
const BRANCH_TTL_MS = 3_600_000;
const BRANCH_CACHE_MAX = 1000;

/** Slack past the adapter's own timeout before the core gives up on the call itself. */
const DEADLINE_GRACE_MS = 1000;

/** Creates the client. */
export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const app = opts.app
    ? createGitHubApp({ credentials: opts.app, http: opts.http, clock: opts.clock, apiUrl: opts.apiUrl, userAgent: opts.userAgent })
    : undefined;
  const branches = new Map<string, { branch: string; until: number }>();
  const lookups = new Map<string, Promise<BranchLookup>>();

  const call = (req: Call, timeoutMs: number) => (isAppCredential(req.authorization) ? asApp(req, timeoutMs) : send(opts, req, timeoutMs));

  /**
   * A call made with an installation token in place of the App marker; a token GitHub refuses
   * (401) is dropped and the call made once more with a fresh one, within the same deadline.
   */
  async function asApp(req: Call, timeoutMs: number): Promise<DispatchResult> {
    if (!app) {
      return {
        kind: 'failed',
        response: appError(
          502,
          'app_not_configured',
          'This delivery was made with the GitHub App, and the relay has no GitHub App configured now (W2G_GITHUB_APP_ID).',
        ),
      };
    }
    const [owner = '', repo = ''] = req.authorization.slice(req.authorization.indexOf('\n') + 1).split('/');
    const deadline = opts.clock.now() + timeoutMs;
    // A workflow run needs the Actions permission too; everything else only Contents.
    const scope: TokenScope = req.url.includes('/actions/workflows/') ? 'actions' : 'contents';
    for (let tries = 0; ; tries++) {
      const minted = await app.installationToken(owner, repo, deadline, scope);
      if (!minted.ok) return minted.result;
      const result = await send(opts, { ...req, authorization: `token ${minted.token}` }, Math.max(1, deadline - opts.clock.now()));
      if (result.kind !== 'failed' || result.response.status !== 401 || tries > 0) return result;
      app.drop(owner, repo, minted.token, scope);
    }
  }

  async function lookUp(owner: string, repo: string, authorization: string, timeoutMs: number): Promise<BranchLookup> {
    const result = await call({ method: 'GET', url: `${base(opts.apiUrl)}/repos/${owner}/${repo}`, authorization }, timeoutMs);
    if (result.kind !== 'delivered') return result;
    let branch: unknown;
    try {
      branch = (JSON.parse(result.response.body) as { default_branch?: unknown }).default_branch;
    } catch {
      branch = undefined;
    }
    if (typeof branch !== 'string' || branch === '') {
      return { kind: 'retry', reason: 'server', response: result.response, message: 'GitHub answered the repository without its default_branch' };
    }
    const key = `${owner}/${repo}`.toLowerCase();
    branches.delete(key);
    branches.set(key, { branch, until: opts.clock.now() + BRANCH_TTL_MS });
    // Oldest first in a Map: drop it when full.
    if (branches.size > BRANCH_CACHE_MAX) branches.delete(branches.keys().next().value!);
    return { kind: 'found', branch };
  }

  const client: GitHubClient = {
    app,
    check: (owner, repo, authorization, timeoutMs) =>
      checkDispatch({ http: opts.http, clock: opts.clock, apiUrl: opts.apiUrl, userAgent: opts.userAgent, app }, owner, repo, authorization, timeoutMs),
    async defaultBranch({ owner, repo, authorization }, timeoutMs) {
      const key = `${owner}/${repo}`.toLowerCase();
      const cached = branches.get(key);
      if (cached && cached.until > opts.clock.now()) return { kind: 'found', branch: cached.branch };
      // Concurrent first requests with one credential share one lookup; other credentials make
      // their own (a refusal for one token must not answer another).
      const flight = `${key}\n${authorization}`;
      let p = lookups.get(flight);
      if (!p) {
        p = lookUp(owner, repo, authorization, timeoutMs).finally(() => lookups.delete(flight));
        lookups.set(flight, p);
      }
      return p;
    },

    async dispatch(t, timeoutMs) {
      const target = t.target;
      if (target?.kind !== 'workflow_dispatch') {
        return call({ method: 'POST', url: dispatchUrl(opts.apiUrl, t.owner, t.repo), authorization: t.authorization, body: t.bodyJson }, timeoutMs);
      }
      const started = opts.clock.now();
      let ref = target.ref;
      if (ref === undefined) {
        const found = await client.defaultBranch(t, timeoutMs);
        if (found.kind !== 'found') return found;
        ref = found.branch;
      }
      const left = Math.max(1, timeoutMs - (opts.clock.now() - started));
      // The stored body is `{inputs, return_run_details}`: `ref` goes in front.
      const body = `{"ref":${JSON.stringify(ref)},${t.bodyJson.slice(1)}`;
      return call({ method: 'POST', url: workflowDispatchUrl(opts.apiUrl, t.owner, t.repo, target.workflow), authorization: t.authorization, body }, left);
    },

    async createBlob(u, timeoutMs) {
      const result = await call(
        { method: 'POST', url: `${base(opts.apiUrl)}/repos/${u.owner}/${u.repo}/git/blobs`, authorization: u.authorization, body: blobRequestBody(u.bytes) },
        timeoutMs,
      );
      if (result.kind !== 'delivered') return result;
      let sha: unknown;
      try {
        sha = (JSON.parse(result.response.body) as { sha?: unknown }).sha;
      } catch {
        sha = undefined;
      }
      if (sha !== u.sha) {
        return { kind: 'retry', reason: 'server', response: result.response, message: `GitHub stored the body's blob as ${String(sha)}, expected ${u.sha}` };
      }
      return result;
    },
  };
  return client;
}

/** One request to GitHub. */
interface Call {
  method: string;
  url: string;
  /** The `Authorization` value, or the App marker (swapped for an installation token). */
  authorization: string;
  body?: string | Uint8Array;
}

const appError = (status: number, code: string, message: string): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ success: false, message, code }),
});

/** Sends one call within the deadline and classifies the answer (never throws). */
async function send(opts: GitHubClientOptions, req: Call, timeoutMs: number): Promise<DispatchResult> {
  try {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      authorization: req.authorization,
      'user-agent': opts.userAgent,
      'x-github-api-version': '2022-11-28',
    };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    const res = await withDeadline(
      opts.http({ method: req.method, url: req.url, headers, ...(req.body !== undefined ? { body: req.body } : {}), timeoutMs }),
      timeoutMs + DEADLINE_GRACE_MS,
    );
    return classifyResponse(res, opts.clock.now());
  } catch (err) {
    if (err instanceof HttpFailure) {
      return {
        kind: 'retry',
        reason: err.kind,
        message: err.kind === 'timeout' ? `GitHub did not answer in time (${err.message})` : `GitHub could not be reached (${err.message})`,
      };
    }
    // Not a network failure the adapter knows: still an attempt that got no answer, so the retry
    // policy (and its age limit) decides, instead of an error that would leave the delivery leased.
    return { kind: 'retry', reason: 'network', message: `The request to GitHub could not be sent (${err instanceof Error ? err.message : String(err)})` };
  }
}
