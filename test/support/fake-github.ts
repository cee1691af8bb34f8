/**
 * A fake of GitHub's `POST /repos/{owner}/{repo}/dispatches` over real HTTP on 127.0.0.1, for
 * tests of the relay on every runtime. It follows the documented contract
 * (https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event): 204 on success,
 * 401/404/422/400 errors with GitHub's JSON bodies, rate-limit headers on every answer, primary
 * and secondary rate limits; and it injects faults on demand (5xx, hangs, dropped connections,
 * delays). Every request is recorded; accepted dispatches separately.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createFakeApp, type FakeApp, type FakeAppOptions } from './fake-github-app.js';
import { createFakeRepoApi, type FakeRepoApi } from './fake-github-repo.js';

/** Settings of the fake; each can be changed later with `configure`. */
export interface FakeGitHubOptions {
  /** Accepted tokens (the credential after `token `/`Bearer `). Undefined: any token is accepted. */
  tokens?: readonly string[] | undefined;
  /** Existing repositories as `owner/repo` (case-insensitive). Undefined: every repository exists. */
  repos?: readonly string[] | undefined;
  /** `x-ratelimit-limit` and the starting `x-ratelimit-remaining` (default 5000). */
  rateLimit?: number | undefined;
  /** A GitHub App: its endpoints answer, and its installation tokens dispatch (fake-github-app.ts). */
  app?: FakeAppOptions | undefined;
}

/** One dispatch GitHub accepted (answered 204). */
export interface RecordedDispatch {
  owner: string;
  repo: string;
  /** The `Authorization` header exactly as sent. */
  authorization: string;
  /** The parsed request body: `{event_type, client_payload}`. */
  body: { event_type: string; client_payload: Record<string, unknown> };
  /** The request body exactly as received (UTF-8). */
  rawBody: string;
  headers: IncomingHttpHeaders;
  /** Epoch milliseconds when the request arrived. */
  time: number;
}

/** Every request the fake saw, whatever it answered. */
export interface RecordedRequest {
  method: string;
  /** Request target as received (path + query). */
  url: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  /** The status answered; undefined for hung or dropped requests (or while still pending). */
  status: number | undefined;
  /** What happened: answered normally, by an injected answer, hung, or dropped. */
  outcome: 'answered' | 'injected' | 'hung' | 'dropped' | 'pending';
  /** The headers answered (lower-case names); undefined when nothing was answered. */
  responseHeaders: Record<string, string> | undefined;
  time: number;
}

/** A scripted answer for `answer(n, …)`. */
export interface InjectedAnswer {
  status: number;
  /** JSON-serialised when not a string; default `{"message": <status text>}`. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** The running fake. */
export interface FakeGitHub {
  /** Base URL to use as the GitHub API URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Dispatches answered 204, in arrival order. */
  readonly dispatches: RecordedDispatch[];
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[];
  /** TCP connections accepted since start or the last `reset` (proves "nothing was fetched"). */
  readonly connections: number;
  /** The next `n` requests answer `status` (default 502) with a JSON error body. */
  fail(n: number, status?: number): void;
  /** The next `n` requests are never answered (until `reset` or `close`). */
  hang(n: number): void;
  /** The next `n` requests have their connection destroyed after the body was read. */
  drop(n: number): void;
  /** The next `n` requests answer GitHub's secondary rate limit (403 with `retry-after`). */
  secondaryRateLimit(n: number, retryAfterSeconds?: number): void;
  /** The next `n` requests answer exactly this (status, body, extra headers). */
  answer(n: number, answer: InjectedAnswer): void;
  /** Sets the primary rate limit's remaining count; at 0 every request answers 403. */
  setRateLimitRemaining(remaining: number): void;
  /** Delays every answer by `ms` (0 turns it off). */
  setDelay(ms: number): void;
  /** Changes settings; keys given as undefined restore the default. */
  configure(opts: FakeGitHubOptions): void;
  /** Forgets recordings, faults, delay and rate-limit use; releases hung requests; restores settings. */
  reset(): void;
  /** Resolves when `condition()` is truthy, polling; rejects after `timeoutMs` (default 5000). */
  waitFor(condition: () => unknown, timeoutMs?: number): Promise<void>;
  /** Stops the server and destroys every open connection. */
  close(): Promise<void>;
  /** The App's endpoints and tokens, when started with `app`. */
  readonly app: FakeApp | undefined;
  /** Repository, workflow_dispatch and git blob endpoints (fake-github-repo.ts). */
  readonly repoApi: FakeRepoApi;
}

const DOCS_DISPATCH = 'https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event';
const DOCS_REST = 'https://docs.github.com/rest';
const DOCS_RATE_LIMIT = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
const DOCS_SECONDARY = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits';
const STATUS_TEXT: Record<number, string> = {
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
const DISPATCH_ROUTE = /^\/repos\/([^/?#]+)\/([^/?#]+)\/dispatches\/?(?:\?.*)?$/;

type Fault = { kind: 'answer'; answer: InjectedAnswer } | { kind: 'hang' } | { kind: 'drop' } | { kind: 'secondary'; retryAfterSeconds: number };

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const initial: FakeGitHubOptions = { ...opts };
  let settings: FakeGitHubOptions = { ...opts };
  const faults: Fault[] = [];
  const hung = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const dispatches: RecordedDispatch[] = [];
  const requests: RecordedRequest[] = [];
  let delayMs = 0;
  let used = 0;
  let remainingOverride: number | undefined;
  const resetAt = Math.floor(Date.now() / 1000) + 3600;
  const app = opts.app ? createFakeApp(opts.app) : undefined;
  let baseUrl = '';
  const repoApi = createFakeRepoApi({ url: () => baseUrl, authorize, send, error });

  const limit = (): number => settings.rateLimit ?? 5000;
  const remaining = (): number => Math.max(0, remainingOverride ?? limit() - used);

  function push(n: number, fault: Fault): void {
    for (let i = 0; i < n; i++) faults.push(fault);
  }

  function githubHeaders(): Record<string, string> {
    // GitHub's request id looks like `C0DE:1A2B3:4C5D6E:7F8A9B:65A1B2C3`.
    const hex = (n: number): string => randomBytes(n).toString('hex').toUpperCase();
    return {
      'x-github-request-id': `${hex(2)}:${hex(3)}:${hex(3)}:${hex(3)}:${hex(4)}`,
      'x-ratelimit-limit': String(limit()),
      'x-ratelimit-remaining': String(remaining()),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(limit() - remaining()),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      server: 'github.com',
    };
  }

  function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
    const headers: Record<string, string> = { ...githubHeaders(), ...extra };
    const text = status === 204 ? '' : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    if (status !== 204) {
      headers['content-type'] ??= 'application/json; charset=utf-8';
      headers['content-length'] = String(Buffer.byteLength(text));
    }
    // setHeader (not writeHead's object) so the record can read them back with getHeaders().
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.writeHead(status).end(text);
  }

  function error(res: ServerResponse, status: number, message: string, docs: string, extra: Record<string, string> = {}): number {
    send(res, status, { message, documentation_url: docs, status: String(status) }, extra);
    return status;
  }

  /**
   * What GitHub checks before any repository endpoint: the credential, the primary rate limit
   * (each call spends one), the repository's existence. The status answered when refused.
   */
  function authorize(req: IncomingMessage, res: ServerResponse, owner: string, repo: string, docs: string): number | undefined {
    const authorization = req.headers.authorization;
    if (authorization === undefined) return error(res, 401, 'Requires authentication', DOCS_REST);
    const credential = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(authorization)?.[1];
    // An installation token of the App: valid only until it expires or is revoked, on its repositories.
    const minted = credential !== undefined && app ? app.tokenState(credential, owner, repo) : 'unknown';
    if (minted === 'expired' || minted === 'revoked') return error(res, 401, 'Bad credentials', DOCS_REST);
    if (minted === 'other_repo') return error(res, 404, 'Not Found', docs);
    if (minted === 'unknown' && (credential === undefined || (settings.tokens !== undefined && !settings.tokens.includes(credential)))) {
      return error(res, 401, 'Bad credentials', DOCS_REST);
    }

    // Primary rate limit: the request spending the last unit succeeds, the next ones are refused.
    if (remaining() === 0) {
      return error(res, 403, 'API rate limit exceeded for user ID 1.', DOCS_RATE_LIMIT);
    }
    if (remainingOverride !== undefined) remainingOverride -= 1;
    else used += 1;

    const full = `${owner}/${repo}`.toLowerCase();
    if (settings.repos !== undefined && !settings.repos.some((r) => r.toLowerCase() === full)) {
      return error(res, 404, 'Not Found', docs);
    }
    return undefined;
  }

  /** GitHub's own handling of a dispatch request; returns the status answered. */
  function handleDispatch(req: IncomingMessage, res: ServerResponse, raw: Buffer, time: number): number {
    const route = DISPATCH_ROUTE.exec(req.url ?? '');
    if (req.method !== 'POST' || !route) return error(res, 404, 'Not Found', DOCS_REST);
    const owner = decodeURIComponent(route[1] ?? '');
    const repo = decodeURIComponent(route[2] ?? '');
    const refused = authorize(req, res, owner, repo, DOCS_DISPATCH);
    if (refused !== undefined) return refused;
    const authorization = req.headers.authorization!;

    const rawBody = raw.toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      return error(res, 400, 'Problems parsing JSON', DOCS_DISPATCH);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return error(res, 400, 'Body should be a JSON object', DOCS_DISPATCH);
    }
    const body = parsed as Record<string, unknown>;
    const eventType = body['event_type'];
    if (typeof eventType !== 'string') {
      return error(res, 422, 'Invalid request.\n\n"event_type" wasn\'t supplied.', DOCS_DISPATCH);
    }
    const eventTypeLength = [...eventType].length;
    if (eventTypeLength < 1) {
      return error(res, 422, `Invalid request.\n\nFor 'properties/event_type', "" is too short (minimum is 1 characters).`, DOCS_DISPATCH);
    }
    if (eventTypeLength > 100) {
      return error(
        res,
        422,
        `Invalid request.\n\nFor 'properties/event_type', ${JSON.stringify(eventType)} is too long (maximum is 100 characters).`,
        DOCS_DISPATCH,
      );
    }
    const payload = body['client_payload'] ?? {};
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return error(res, 422, `Invalid request.\n\nFor 'properties/client_payload', ${JSON.stringify(payload)} is not an object.`, DOCS_DISPATCH);
    }
    const properties = Object.keys(payload).length;
    if (properties > 10) {
      return error(res, 422, `Invalid request.\n\nNo more than 10 properties are allowed; ${properties} were supplied.`, DOCS_DISPATCH);
    }
    if (Buffer.byteLength(JSON.stringify(payload)) >= 65536) {
      return error(res, 422, 'client_payload is too large.', DOCS_DISPATCH);
    }

    dispatches.push({
      owner,
      repo,
      authorization,
      body: { event_type: eventType, client_payload: payload as Record<string, unknown> },
      rawBody,
      headers: req.headers,
      time,
    });
    send(res, 204, undefined);
    return 204;
  }

  function applyFault(fault: Fault, res: ServerResponse, record: RecordedRequest): void {
    switch (fault.kind) {
      case 'hang':
        record.outcome = 'hung';
        hung.add(res);
        return;
      case 'drop':
        record.outcome = 'dropped';
        res.socket?.destroy();
        return;
      case 'secondary':
        record.outcome = 'injected';
        record.status = error(
          res,
          403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
            `If you reach out to GitHub Support for help, please include the request ID ${randomBytes(4).toString('hex').toUpperCase()}.`,
          DOCS_SECONDARY,
          { 'retry-after': String(fault.retryAfterSeconds) },
        );
        return;
      case 'answer': {
        const { status, body, headers } = fault.answer;
        record.outcome = 'injected';
        record.status = status;
        send(res, status, body ?? { message: STATUS_TEXT[status] ?? `HTTP ${status}` }, headers);
        return;
      }
    }
  }

  const server = createServer((req, res) => {
    const time = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const record: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        rawBody: raw,
        status: undefined,
        outcome: 'pending',
        responseHeaders: undefined,
        time,
      };
      requests.push(record);
      // The fault is chosen on arrival, so `fail(1)` hits the next request even with a delay set.
      const fault = faults.shift();
      const respond = (): void => {
        if (res.destroyed) return;
        const fromApp = fault || !app ? undefined : app.handle(req, raw);
        const fromRepoApi = fault || fromApp ? undefined : repoApi.route(req);
        if (fault) applyFault(fault, res, record);
        else if (fromRepoApi) {
          record.status = fromRepoApi(res, raw, time);
          record.outcome = 'answered';
        } else if (fromApp) {
          record.outcome = 'answered';
          record.status = fromApp.status;
          const answer = () => !res.destroyed && send(res, fromApp.status, fromApp.body);
          if (fromApp.delayMs) setTimeout(answer, fromApp.delayMs);
          else answer();
        } else {
          record.status = handleDispatch(req, res, raw, time);
          record.outcome = 'answered';
        }
        if (res.headersSent) {
          record.responseHeaders = Object.fromEntries(
            Object.entries(res.getHeaders()).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)]),
          );
        }
      };
      if (delayMs > 0 && fault?.kind !== 'hang') setTimeout(respond, delayMs);
      else respond();
    });
  });
  let connections = 0;
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  function releaseHung(): void {
    for (const res of hung) res.socket?.destroy();
    hung.clear();
  }

  return {
    url: `http://127.0.0.1:${port}`,
    dispatches,
    requests,
    app,
    repoApi,
    get connections() {
      return connections;
    },
    fail: (n, status = 502) =>
      push(n, { kind: 'answer', answer: { status, body: { message: STATUS_TEXT[status] ?? `HTTP ${status}`, documentation_url: DOCS_REST } } }),
    hang: (n) => push(n, { kind: 'hang' }),
    drop: (n) => push(n, { kind: 'drop' }),
    secondaryRateLimit: (n, retryAfterSeconds = 60) => push(n, { kind: 'secondary', retryAfterSeconds }),
    answer: (n, answer) => push(n, { kind: 'answer', answer }),
    setRateLimitRemaining: (n) => {
      remainingOverride = Math.max(0, n);
    },
    setDelay: (ms) => {
      delayMs = Math.max(0, ms);
    },
    configure: (next) => {
      settings = { ...settings, ...next };
    },
    reset: () => {
      releaseHung();
      connections = 0;
      faults.length = 0;
      dispatches.length = 0;
      requests.length = 0;
      delayMs = 0;
      used = 0;
      remainingOverride = undefined;
      settings = { ...initial };
      app?.reset();
      repoApi.reset();
    },
    waitFor: (condition, timeoutMs = 5000) => waitFor(condition, timeoutMs),
    close: async () => {
      releaseHung();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/** Polls `condition` every 10 ms until it is truthy; rejects after `timeoutMs`. */
export async function waitFor(condition: () => unknown, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() >= deadline) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
