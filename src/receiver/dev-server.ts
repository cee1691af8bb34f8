import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOP_BY_HOP_HEADERS, SYSTEM_PARAMS } from '../core/envelope.js';
import { DevRunner } from './dev-runner.js';
import { receiveRequest } from './receive.js';
import { buildRequest } from './request.js';
import { readSecretsFile } from './receive-files.js';
import { loadWorkflows } from './workflows.js';

/** Settings of `webhook2github dev`. */
export interface DevServerOptions {
  port: number;
  workflowsDir: string;
  secretsPath?: string;
  /** Shell command run once per item. */
  run?: string;
  log?: (line: string) => void;
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
const SYSTEM = new Set<string>(SYSTEM_PARAMS);
const HOP = new Set<string>(HOP_BY_HOP_HEADERS);

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Splits off the system parameters (`__response_*` …), keeping every other pair byte-exact. */
export function takeSystemParams(url: string): { url: string; system: Record<string, string> } {
  const at = url.indexOf('?');
  if (at < 0) return { url, system: {} };
  const system: Record<string, string> = {};
  const kept: string[] = [];
  for (const pair of url.slice(at + 1).split('&')) {
    const eq = pair.indexOf('=');
    const name = decodeName(eq < 0 ? pair : pair.slice(0, eq));
    if (SYSTEM.has(name)) system[name] = eq < 0 ? '' : decodeName(pair.slice(eq + 1));
    else if (pair !== '') kept.push(pair);
  }
  return { url: kept.length > 0 ? `${url.slice(0, at)}?${kept.join('&')}` : url.slice(0, at), system };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, method: string, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(method === 'HEAD' || [204, 205, 304].includes(status) ? undefined : body);
}

function json(res: ServerResponse, method: string, status: number, value: unknown): void {
  send(res, method, status, 'application/json', JSON.stringify(value));
}

/**
 * Serves `/webhook/<workflow>/<trigger>[/suffix]` on 127.0.0.1 and hands each request to the
 * same receiver the Action uses, in-process: no relay, no GitHub. Workflow files are re-read on
 * every request, so edits apply at once.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  // Fail at start on a wrong setting, not on the first webhook.
  loadWorkflows(options.workflowsDir);
  readSecretsFile(options.secretsPath);
  const runner = options.run ? new DevRunner(options.run, log) : undefined;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const { url, system } = takeSystemParams(req.url ?? '/');
    const rawBody = await readBody(req);
    if (url !== PREFIX && !url.startsWith(`${PREFIX}/`) && !url.startsWith(`${PREFIX}?`)) {
      json(res, method, 404, { success: false, message: `dev serves ${PREFIX}/<workflow>/<trigger>[/suffix]; ${url.split('?')[0]} is not under ${PREFIX}/` });
      return;
    }
    // fromEntries defines own keys: a header named __proto__ is kept, not swallowed.
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !HOP.has(k)));
    const request = buildRequest({
      id: randomUUID(),
      method,
      path: url.slice(PREFIX.length) || '/',
      headers,
      rawBody,
      receivedAt: new Date().toISOString(),
    });
    const result = await receiveRequest(request, {
      workflows: loadWorkflows(options.workflowsDir),
      secrets: readSecretsFile(options.secretsPath),
    });
    for (const warning of request.warnings ?? []) log(`${method} ${request.originPath}: warning: ${warning}`);
    if (!result.matched) {
      log(`${method} ${request.originPath}: no route (${result.reason ?? ''})`);
      json(res, method, 404, { success: false, message: result.reason });
      return;
    }
    const note = result.reason ? ` (${result.reason})` : '';
    log(`${method} ${request.originPath} → ${result.workflow}/${result.trigger}: ${result.items.length} item(s)${note}`);
    for (const item of result.items) log(JSON.stringify(item));
    runner?.enqueue(result.items.map((item) => ({ workflow: result.workflow ?? '', trigger: result.trigger ?? '', item })));
    respond(res, method, system, result.response);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      log(`error: ${message}`);
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

/** Answers per `__response_*` (as the relay does), else the trigger's own answer, else 200 `{"success":true}`. */
function respond(
  res: ServerResponse,
  method: string,
  system: Record<string, string>,
  suggested: { status: number; contentType: string; body: string } | undefined,
): void {
  const codeText = system.__response_code;
  let status = suggested?.status ?? 200;
  if (codeText !== undefined) {
    const code = Number(codeText);
    if (!Number.isInteger(code) || code < 200 || code > 599) {
      json(res, method, 400, { success: false, message: '__response_code must be an integer from 200 to 599' });
      return;
    }
    status = code;
  }
  const custom = system.__response_body !== undefined || system.__response_content_type !== undefined;
  const type = system.__response_content_type ?? (custom || !suggested ? 'application/json' : suggested.contentType);
  const body = system.__response_body ?? (custom || !suggested ? '{"success":true}' : suggested.body);
  send(res, method, status, type, body);
}
