import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RelayError } from '../core/errors.js';
import type { HttpResponse } from '../core/ports.js';
import { envelopeHeaders } from '../core/relay/envelope.js';
import { splitPathAndQuery, splitQuery } from '../core/relay/query.js';
import { targetOf } from '../core/relay/target.js';
import { fromGitHub, parseOverrides, type ResponseOverrides } from '../core/relay/respond.js';
import { findToken } from '../core/relay/token.js';
import { DevRunner } from './dev-runner.js';
import { receiveRequest } from './receive.js';
import { buildRequest } from './request.js';
import { FILE_SECRETS_HINT, readSecretsFile } from './receive-files.js';
import type { SuggestedResponse } from './types.js';
import { loadWorkflows } from './workflows.js';

/** Settings of `webhook2github dev`. */
export interface DevServerOptions {
  port: number;
  workflowsDir: string;
  secretsPath?: string;
  /** Shell command run once per item. */
  run?: string;
  /** Where requests and items are written (default: stdout). */
  log?: (line: string) => void;
  /** Where warnings and errors are written (default: stderr). */
  warn?: (line: string) => void;
}

/** A running dev server. */
export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Resolves when every `--run` command queued so far has finished. */
  idle: () => Promise<void>;
  close: () => Promise<void>;
}

const PREFIX = '/webhook';

/** The request's headers as the relay sees them: a Web `Headers`, built from the raw lines. */
function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  return headers;
}

/**
 * What the relay would do with the request before dispatching it, by the relay's own functions:
 * the system parameters split off the query (the rest forwarded byte-exact), `__response_*` and
 * `__event_type` / `__workflow` / `__ref` validated, a token checked when one is given, and the headers the envelope
 * would carry. Throws the relay's RelayError (400) where the relay would refuse the request.
 * Unlike the relay, `dev` needs no token: it sends nothing to GitHub.
 */
export function asRelayed(target: string, headers: Headers): { path: string; overrides: ResponseOverrides; headers: Record<string, string> } {
  const { path, rawQuery } = splitPathAndQuery(target);
  const { system, forwarded } = splitQuery(rawQuery);
  const overrides = parseOverrides(system);
  targetOf(system);
  const token = findToken(system.__token, headers);
  return {
    path: forwarded === undefined ? path : `${path}?${forwarded}`,
    overrides,
    headers: envelopeHeaders(headers, token?.source === 'authorization'),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

async function send(res: ServerResponse, method: string, answer: Response): Promise<void> {
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  res.end(method === 'HEAD' ? undefined : Buffer.from(await answer.arrayBuffer()));
}

function json(res: ServerResponse, method: string, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(method === 'HEAD' ? undefined : JSON.stringify(value));
}

/** GitHub's answer to an accepted dispatch; the relay shows it as 200 `{"success":true}`. */
const DISPATCHED: HttpResponse = { status: 204, headers: {}, body: '' };

/**
 * Serves `/webhook/<workflow>/<trigger>[/suffix]` on 127.0.0.1 and hands each request to the
 * same receiver the Action uses, in-process: no relay, no GitHub. Workflow files are re-read on
 * every request, so edits apply at once.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const warn = options.warn ?? ((line: string) => console.error(line));
  // Fail at start on a wrong setting, not on the first webhook; a broken file only warns (its routes answer its error).
  for (const broken of loadWorkflows(options.workflowsDir).filter((w) => w.error !== undefined)) {
    warn(`warning: ${broken.error} (requests to ${PREFIX}/${broken.name}/… answer this error until the file is fixed)`);
  }
  readSecretsFile(options.secretsPath);
  const runner = options.run ? new DevRunner(options.run, warn) : undefined;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const rawBody = await readBody(req);
    const url = req.url ?? '/';
    if (url !== PREFIX && !url.startsWith(`${PREFIX}/`) && !url.startsWith(`${PREFIX}?`)) {
      json(res, method, 404, { success: false, message: `dev serves ${PREFIX}/<workflow>/<trigger>[/suffix]; ${url.split('?')[0]} is not under ${PREFIX}/` });
      return;
    }
    let relayed: ReturnType<typeof asRelayed>;
    try {
      relayed = asRelayed(url.slice(PREFIX.length), webHeaders(req));
    } catch (err) {
      if (!(err instanceof RelayError)) throw err;
      warn(`${method} ${url.split('?')[0]}: ${err.status} ${err.code}: ${err.message}`);
      json(res, method, err.status, { success: false, message: err.message, code: err.code });
      return;
    }
    const id = randomUUID();
    const request = buildRequest({
      id,
      method,
      path: relayed.path.startsWith('/') ? relayed.path : `/${relayed.path}`,
      headers: relayed.headers,
      rawBody,
      receivedAt: new Date().toISOString(),
    });
    const result = await receiveRequest(request, {
      workflows: loadWorkflows(options.workflowsDir),
      secrets: readSecretsFile(options.secretsPath),
      secretsHint: FILE_SECRETS_HINT,
    });
    for (const warning of [...(request.warnings ?? []), ...(result.warnings ?? [])]) warn(`${method} ${request.originPath}: warning: ${warning}`);
    if (!result.matched) {
      warn(`${method} ${request.originPath}: no route (${result.reason ?? ''})`);
      json(res, method, 404, { success: false, message: result.reason });
      return;
    }
    const note = result.reason ? ` (${result.reason})` : '';
    log(`${method} ${request.originPath} → ${result.workflow}/${result.trigger}: ${result.items.length} item(s)${note}`);
    for (const item of result.items) log(JSON.stringify(item));
    runner?.enqueue(result.items.map((item) => ({ workflow: result.workflow ?? '', trigger: result.trigger ?? '', item })));
    await send(res, method, answerFor(result.response, relayed.overrides, id));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      warn(`${req.method ?? 'GET'} ${(req.url ?? '/').split('?')[0]}: error: ${message}`);
      if (!res.headersSent) json(res, req.method ?? 'GET', 500, { success: false, message });
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    idle: () => runner?.idle() ?? Promise.resolve(),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeIdleConnections();
      }),
  };
}

/**
 * The sender's answer. A handshake the trigger answers (Slack's challenge) goes back as is, as the
 * relay answers it at the edge; anything else gets the relay's answer to an accepted dispatch,
 * `__response_*` applied by the relay's own function.
 */
function answerFor(handshake: SuggestedResponse | undefined, overrides: ResponseOverrides, id: string): Response {
  if (handshake) return new Response(handshake.body, { status: handshake.status, headers: { 'content-type': handshake.contentType } });
  return fromGitHub(DISPATCHED, overrides, id);
}
