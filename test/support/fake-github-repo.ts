/**
 * Repository endpoints of the fake GitHub beyond `repository_dispatch`, by GitHub's documented
 * contract; fake-github.ts routes to them after its own authentication and rate limit.
 * - `GET /repos/{owner}/{repo}`: the repository with its `default_branch`.
 * - `POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches`: 404 for an unknown
 *   workflow; 422 for a workflow without a `workflow_dispatch` trigger, a missing or unknown `ref`,
 *   more than 25 inputs, inputs over 65,535 characters, inputs the workflow does not declare or a
 *   required one left out; else 204, or with `return_run_details: true` 200
 *   `{workflow_run_id, run_url, html_url}` (unless set up as a server without run details).
 * - `POST /repos/{owner}/{repo}/git/blobs` `{content, encoding}`: 201 `{sha, url}` with git's
 *   object id of the bytes; 422 for an encoding other than utf-8 / base64, content that is not
 *   valid base64, or more than 100 MB. `GET …/git/blobs/{sha}`: the blob as JSON (base64 in lines
 *   of 60), or the raw bytes with `Accept: application/vnd.github.raw+json`; 404 when unknown.
 * https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event
 * https://docs.github.com/rest/git/blobs
 * https://docs.github.com/rest/repos/repos#get-a-repository
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A workflow file of a repository. */
export interface FakeWorkflow {
  /** Whether its `on:` has `workflow_dispatch` (default true). */
  dispatchable?: boolean;
  /** Declared inputs and whether each is required (default: `payload`, required). */
  inputs?: Record<string, { required?: boolean }>;
}

/** How the repositories behave; `configure` merges, `reset` restores the defaults. */
export interface FakeRepoSettings {
  /**
   * Workflow files per repository (`owner/repo`, any case): file name → workflow. A repository not
   * listed has every `*.yml` / `*.yaml` file as a dispatchable workflow with the `payload` input.
   */
  workflows?: Record<string, Record<string, FakeWorkflow>> | undefined;
  /** Every repository's default branch (default `main`). */
  defaultBranch?: string | undefined;
  /** Other branches and tags that exist besides the default branch (default `release`, `v1`). */
  refs?: readonly string[] | undefined;
  /** `false`: a server from before run details (204 even when `return_run_details` is asked). */
  runDetails?: boolean | undefined;
}

/** A workflow_dispatch GitHub accepted. */
export interface RecordedWorkflowDispatch {
  owner: string;
  repo: string;
  workflow: string;
  ref: string;
  inputs: Record<string, unknown>;
  returnRunDetails: boolean;
  /** The run it started (also when the answer was a 204 without it). */
  runId: number;
  authorization: string;
  time: number;
}

/** A blob GitHub stored. */
export interface RecordedBlob {
  owner: string;
  repo: string;
  sha: string;
  size: number;
  /** Bytes of the request (base64 makes it a third larger than the blob). */
  requestBytes: number;
  time: number;
}

/** The repository endpoints' state and controls. */
export interface FakeRepoApi {
  readonly workflowDispatches: RecordedWorkflowDispatch[];
  readonly blobsCreated: RecordedBlob[];
  /** Repository lookups (`GET /repos/{owner}/{repo}`) answered 200. */
  readonly repoLookups: number;
  /** A stored blob's bytes. */
  blob(owner: string, repo: string, sha: string): Buffer | undefined;
  /** Forgets a stored blob (a blob gone from the repository). */
  deleteBlob(owner: string, repo: string, sha: string): void;
  configure(settings: FakeRepoSettings): void;
  reset(): void;
}

/** What the routes need from the fake around them. */
export interface FakeRepoContext {
  /** Base URL of the fake (links in answers point back at it, never at github.com). */
  url(): string;
  /** Authentication, rate limit and repository existence, as for a dispatch; the status answered when refused. */
  authorize(req: IncomingMessage, res: ServerResponse, owner: string, repo: string, docs: string): number | undefined;
  send(res: ServerResponse, status: number, body: unknown, extra?: Record<string, string>): void;
  error(res: ServerResponse, status: number, message: string, docs: string): number;
}

/** A route that matched: answers and returns the status. */
export type FakeRoute = (res: ServerResponse, raw: Buffer, time: number) => number;

const DOCS_WORKFLOW = 'https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event';
const DOCS_BLOB_CREATE = 'https://docs.github.com/rest/git/blobs#create-a-blob';
const DOCS_BLOB_GET = 'https://docs.github.com/rest/git/blobs#get-a-blob';
const DOCS_REPO = 'https://docs.github.com/rest/repos/repos#get-a-repository';
const MAX_INPUTS = 25;
const MAX_INPUTS_CHARS = 65_535;
const MAX_BLOB_BYTES = 100 * 1024 * 1024;

const REPO_ROUTE = /^\/repos\/([^/?#]+)\/([^/?#]+)\/?(?:\?.*)?$/;
const WORKFLOW_ROUTE = /^\/repos\/([^/?#]+)\/([^/?#]+)\/actions\/workflows\/([^/?#]+)\/dispatches\/?(?:\?.*)?$/;
const BLOBS_ROUTE = /^\/repos\/([^/?#]+)\/([^/?#]+)\/git\/blobs\/?(?:\?.*)?$/;
const BLOB_ROUTE = /^\/repos\/([^/?#]+)\/([^/?#]+)\/git\/blobs\/([^/?#]+)\/?(?:\?.*)?$/;
const DEFAULTS: { workflows: FakeRepoSettings['workflows']; defaultBranch: string; refs: readonly string[]; runDetails: boolean } = {
  workflows: undefined,
  defaultBranch: 'main',
  refs: ['release', 'v1'],
  runDetails: true,
};
const DEFAULT_WORKFLOW: Required<FakeWorkflow> = { dispatchable: true, inputs: { payload: { required: true } } };

/** Git's object id of a blob. */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Creates the endpoints; `route` picks the handler of a request, or undefined for other paths. */
export function createFakeRepoApi(ctx: FakeRepoContext): FakeRepoApi & { route(req: IncomingMessage): FakeRoute | undefined } {
  let settings: typeof DEFAULTS = { ...DEFAULTS };
  const workflowDispatches: RecordedWorkflowDispatch[] = [];
  const blobsCreated: RecordedBlob[] = [];
  const blobs = new Map<string, Map<string, Buffer>>();
  let repoLookups = 0;
  let nextRun = 1_000_000_001;
  const key = (owner: string, repo: string) => `${owner}/${repo}`.toLowerCase();

  const workflowOf = (owner: string, repo: string, file: string): Required<FakeWorkflow> | undefined => {
    const listed = settings.workflows?.[Object.keys(settings.workflows).find((k) => k.toLowerCase() === key(owner, repo)) ?? ''];
    if (listed === undefined) return /\.ya?ml$/.test(file) ? DEFAULT_WORKFLOW : undefined;
    const w = Object.hasOwn(listed, file) ? listed[file] : undefined;
    return w && { dispatchable: w.dispatchable ?? true, inputs: w.inputs ?? DEFAULT_WORKFLOW.inputs };
  };
  const refExists = (ref: string) => {
    const name = ref.replace(/^refs\/(heads|tags)\//, '');
    return name === settings.defaultBranch || settings.refs.includes(name);
  };

  function getRepo(req: IncomingMessage, owner: string, repo: string): FakeRoute {
    return (res) => {
      const refused = ctx.authorize(req, res, owner, repo, DOCS_REPO);
      if (refused !== undefined) return refused;
      repoLookups += 1;
      ctx.send(res, 200, {
        id: 1296269,
        name: repo,
        full_name: `${owner}/${repo}`,
        private: false,
        default_branch: settings.defaultBranch,
        url: `${ctx.url()}/repos/${owner}/${repo}`,
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      });
      return 200;
    };
  }

  function dispatchWorkflow(req: IncomingMessage, owner: string, repo: string, file: string): FakeRoute {
    return (res, raw, time) => {
      const refused = ctx.authorize(req, res, owner, repo, DOCS_WORKFLOW);
      if (refused !== undefined) return refused;
      const workflow = workflowOf(owner, repo, file);
      if (!workflow) return ctx.error(res, 404, 'Not Found', DOCS_WORKFLOW);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return ctx.error(res, 400, 'Problems parsing JSON', DOCS_WORKFLOW);
      }
      if (!isObject(body)) return ctx.error(res, 400, 'Body should be a JSON object', DOCS_WORKFLOW);
      if (!workflow.dispatchable) return ctx.error(res, 422, "Workflow does not have 'workflow_dispatch' trigger", DOCS_WORKFLOW);
      const ref = body['ref'];
      if (typeof ref !== 'string') return ctx.error(res, 422, 'Invalid request.\n\n"ref" wasn\'t supplied.', DOCS_WORKFLOW);
      if (!refExists(ref)) return ctx.error(res, 422, `No ref found for: ${ref}`, DOCS_WORKFLOW);
      const inputs = body['inputs'] ?? {};
      if (!isObject(inputs))
        return ctx.error(res, 422, `Invalid request.\n\nFor 'properties/inputs', ${JSON.stringify(inputs)} is not an object.`, DOCS_WORKFLOW);
      const names = Object.keys(inputs);
      if (names.length > MAX_INPUTS) {
        return ctx.error(res, 422, `Invalid request.\n\nNo more than ${MAX_INPUTS} properties are allowed; ${names.length} were supplied.`, DOCS_WORKFLOW);
      }
      if ([...JSON.stringify(inputs)].length > MAX_INPUTS_CHARS) return ctx.error(res, 422, 'inputs are too large.', DOCS_WORKFLOW);
      const unexpected = names.filter((n) => !Object.hasOwn(workflow.inputs, n));
      if (unexpected.length > 0) return ctx.error(res, 422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`, DOCS_WORKFLOW);
      const missing = Object.entries(workflow.inputs).find(([n, i]) => i.required && !Object.hasOwn(inputs, n));
      if (missing) return ctx.error(res, 422, `Required input '${missing[0]}' not provided`, DOCS_WORKFLOW);
      const runId = nextRun++;
      const returnRunDetails = body['return_run_details'] === true;
      workflowDispatches.push({ owner, repo, workflow: file, ref, inputs, returnRunDetails, runId, authorization: req.headers.authorization ?? '', time });
      if (!returnRunDetails || !settings.runDetails) {
        ctx.send(res, 204, undefined);
        return 204;
      }
      ctx.send(res, 200, {
        workflow_run_id: runId,
        run_url: `${ctx.url()}/repos/${owner}/${repo}/actions/runs/${runId}`,
        html_url: `${ctx.url()}/${owner}/${repo}/actions/runs/${runId}`,
      });
      return 200;
    };
  }

  function createBlob(req: IncomingMessage, owner: string, repo: string): FakeRoute {
    return (res, raw, time) => {
      const refused = ctx.authorize(req, res, owner, repo, DOCS_BLOB_CREATE);
      if (refused !== undefined) return refused;
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return ctx.error(res, 400, 'Problems parsing JSON', DOCS_BLOB_CREATE);
      }
      if (!isObject(body)) return ctx.error(res, 400, 'Body should be a JSON object', DOCS_BLOB_CREATE);
      const content = body['content'];
      if (typeof content !== 'string') return ctx.error(res, 422, 'Invalid request.\n\n"content" wasn\'t supplied.', DOCS_BLOB_CREATE);
      const encoding = body['encoding'] ?? 'utf-8';
      let bytes: Buffer;
      if (encoding === 'utf-8' || encoding === 'utf8') bytes = Buffer.from(content, 'utf8');
      else if (encoding === 'base64') {
        const compact = content.replace(/[\r\n]/g, '');
        if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
          return ctx.error(res, 422, 'Invalid request.\n\ncontent is not valid Base64.', DOCS_BLOB_CREATE);
        }
        bytes = Buffer.from(compact, 'base64');
      } else {
        return ctx.error(
          res,
          422,
          `Invalid request.\n\nFor 'properties/encoding', ${JSON.stringify(encoding)} is not one of "utf-8" or "base64".`,
          DOCS_BLOB_CREATE,
        );
      }
      if (bytes.length > MAX_BLOB_BYTES) return ctx.error(res, 422, 'Invalid request.\n\ncontent is too large (the limit is 100 MB).', DOCS_BLOB_CREATE);
      const sha = gitBlobSha(bytes);
      const repoBlobs = blobs.get(key(owner, repo)) ?? new Map<string, Buffer>();
      blobs.set(key(owner, repo), repoBlobs);
      repoBlobs.set(sha, bytes);
      blobsCreated.push({ owner, repo, sha, size: bytes.length, requestBytes: raw.length, time });
      ctx.send(res, 201, { sha, url: `${ctx.url()}/repos/${owner}/${repo}/git/blobs/${sha}` });
      return 201;
    };
  }

  function getBlob(req: IncomingMessage, owner: string, repo: string, sha: string): FakeRoute {
    return (res) => {
      const refused = ctx.authorize(req, res, owner, repo, DOCS_BLOB_GET);
      if (refused !== undefined) return refused;
      const bytes = blobs.get(key(owner, repo))?.get(sha);
      if (!bytes) return ctx.error(res, 404, 'Not Found', DOCS_BLOB_GET);
      if (/application\/vnd\.github\.raw/.test(req.headers.accept ?? '')) {
        ctx.send(res, 200, bytes, { 'content-type': 'application/vnd.github.raw' });
        return 200;
      }
      const content = `${(bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n')}\n`;
      ctx.send(res, 200, {
        sha,
        node_id: `B_${sha.slice(0, 12)}`,
        size: bytes.length,
        url: `${ctx.url()}/repos/${owner}/${repo}/git/blobs/${sha}`,
        content,
        encoding: 'base64',
      });
      return 200;
    };
  }

  return {
    workflowDispatches,
    blobsCreated,
    get repoLookups() {
      return repoLookups;
    },
    blob: (owner, repo, sha) => blobs.get(key(owner, repo))?.get(sha),
    deleteBlob: (owner, repo, sha) => void blobs.get(key(owner, repo))?.delete(sha),
    configure(next) {
      // A key given as undefined restores its default.
      settings = {
        ...settings,
        ...(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, v ?? DEFAULTS[k as keyof FakeRepoSettings]])) as Partial<typeof DEFAULTS>),
      };
    },
    reset() {
      settings = { ...DEFAULTS };
      workflowDispatches.length = 0;
      blobsCreated.length = 0;
      blobs.clear();
      repoLookups = 0;
    },
    route(req) {
      const url = req.url ?? '';
      const d = decodeURIComponent;
      let m = WORKFLOW_ROUTE.exec(url);
      if (m && req.method === 'POST') return dispatchWorkflow(req, d(m[1]!), d(m[2]!), d(m[3]!));
      m = BLOBS_ROUTE.exec(url);
      if (m && req.method === 'POST') return createBlob(req, d(m[1]!), d(m[2]!));
      m = BLOB_ROUTE.exec(url);
      if (m && req.method === 'GET') return getBlob(req, d(m[1]!), d(m[2]!), d(m[3]!));
      m = REPO_ROUTE.exec(url);
      if (m && req.method === 'GET') return getRepo(req, d(m[1]!), d(m[2]!));
      return undefined;
    },
  };
}
