/**
 * Shared plumbing of the conformance suite: start a relay on each runtime against a fresh fake
 * GitHub, send raw HTTP requests to it, and read envelopes back. Raw `node:http` (not fetch) so
 * tests control every header, repeats and hop-by-hop ones included, and every byte of the body.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type RecordedDispatch } from '../support/fake-github.js';
import type { RecordedWorkflowDispatch } from '../support/fake-github-repo.js';
import { RUNTIMES, type RelayHandle, type RelaySettings, type Runtime } from '../support/relay-process.js';

export { RUNTIMES, type Runtime };

/** Runtimes as `describe.each` rows: `[name, runtime]`. */
export const RUNTIME_ROWS = RUNTIMES.map((r) => [r.name, r] as const);

/**
 * The settings every conformance relay runs with unless a test file says otherwise.
 * A small body limit makes "body over the limit" cheap to test while a 200 KB body still fits.
 */
export const SUITE_MAX_BODY = 300_000;

/** What a test file gets: the fake GitHub and the relay, live between beforeAll and afterAll. */
export interface Harness {
  readonly gh: FakeGitHub;
  readonly relay: RelayHandle;
  /** Sends a raw HTTP request to the relay. */
  send(path: string, init?: SendInit): Promise<RawResponse>;
}

/**
 * Starts a fake GitHub and the relay on `runtime` for the enclosing `describe`, resets the fake
 * before each test and checks after each one that GitHub never had to answer 422: the relay
 * enforces GitHub's limits before sending (DESIGN.md "The envelope").
 */
export function useRelay(runtime: Runtime, settings: Partial<Omit<RelaySettings, 'githubApiUrl'>> = {}, options: { expect422?: boolean } = {}): Harness {
  let gh: FakeGitHub | undefined;
  let relay: RelayHandle | undefined;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    relay = await runtime.start({ githubApiUrl: gh.url, maxBodyBytes: SUITE_MAX_BODY, ...settings });
  });
  afterAll(async () => {
    await relay?.stop();
    await gh?.close();
  });
  beforeEach(() => gh?.reset());
  afterEach(() => {
    // Files that provoke GitHub's 422s on purpose (a workflow without a trigger, a bad ref) say so.
    if (options.expect422) return;
    const refused = gh?.requests.filter((r) => r.outcome === 'answered' && r.status === 422) ?? [];
    expect(
      refused.map((r) => r.rawBody.length),
      'GitHub answered 422 to a dispatch the relay sent',
    ).toEqual([]);
  });
  const harness: Harness = {
    get gh() {
      if (!gh) throw new Error('fake GitHub not started');
      return gh;
    },
    get relay() {
      if (!relay) throw new Error('relay not started');
      return relay;
    },
    send: (path, init) => send(harness.relay.url, path, init),
  };
  return harness;
}

export interface SendInit {
  method?: string;
  /** Either an object or `[name, value]` pairs (repeats allowed, case kept). */
  headers?: Record<string, string> | readonly (readonly [string, string])[];
  body?: string | Uint8Array;
  /** Send the body with `transfer-encoding: chunked` instead of `content-length`. */
  chunked?: boolean;
  timeoutMs?: number;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text(): string;
  json(): Record<string, unknown>;
}

/** One raw HTTP/1.1 request over a fresh connection (no pooling: every test sees a clean socket). */
export function send(base: string, path: string, init: SendInit = {}): Promise<RawResponse> {
  const url = new URL(base);
  const method = init.method ?? 'GET';
  const pairs = Array.isArray(init.headers)
    ? (init.headers as readonly (readonly [string, string])[])
    : Object.entries((init.headers ?? {}) as Record<string, string>);
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? Buffer.from(init.body) : Buffer.from(init.body);
  const raw: string[] = [];
  for (const [k, v] of pairs) raw.push(k, v);
  const named = (n: string): boolean => pairs.some(([k]) => k.toLowerCase() === n);
  if (body !== undefined && !init.chunked && !named('content-length')) raw.push('Content-Length', String(body.length));
  if (!named('host')) raw.push('Host', url.host);
  return new Promise<RawResponse>((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers: raw, agent: false, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: buf,
          text: () => buf.toString('utf8'),
          json: () => {
            try {
              return JSON.parse(buf.toString('utf8')) as Record<string, unknown>;
            } catch {
              throw new Error(`expected a JSON body, got HTTP ${res.statusCode} ${JSON.stringify(buf.toString('utf8').slice(0, 300))}`);
            }
          },
        });
      });
    });
    req.setTimeout(init.timeoutMs ?? 20_000, () => req.destroy(new Error(`no answer within ${init.timeoutMs ?? 20_000} ms`)));
    req.on('error', reject);
    if (body !== undefined && body.length > 0) req.write(body);
    req.end();
  });
}

/** The envelope as the fake GitHub received it. */
export interface ReceivedEnvelope {
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  body_encoding?: string;
  body_ref?: unknown;
  id: string;
  received_at: string;
  [key: string]: unknown;
}

/** `client_payload` of a recorded dispatch. */
export function envelopeOf(d: RecordedDispatch | undefined): ReceivedEnvelope {
  if (!d) throw new Error('no dispatch recorded');
  return d.body.client_payload as ReceivedEnvelope;
}

/** The original body bytes back from an envelope, per `body_encoding`; a `body_ref` is read from the fake's blobs. */
export function decodeBody(env: ReceivedEnvelope, blobs?: { gh: FakeGitHub; owner: string; repo: string }): Buffer {
  if (env.body_ref !== undefined) {
    if (!blobs) throw new Error('the body travelled as a git blob: pass the fake GitHub to read it');
    const ref = env.body_ref as { sha: string };
    const bytes = blobs.gh.repoApi.blob(blobs.owner, blobs.repo, ref.sha);
    if (!bytes) throw new Error(`blob ${ref.sha} is not in ${blobs.owner}/${blobs.repo}`);
    return bytes;
  }
  if (env.body === undefined) return Buffer.alloc(0);
  switch (env.body_encoding) {
    case undefined:
      return Buffer.from(env.body, 'utf8');
    case 'base64':
      return Buffer.from(env.body, 'base64');
    case 'gzip+base64':
      return gunzipSync(Buffer.from(env.body, 'base64'));
    default:
      throw new Error(`unknown body_encoding ${String(env.body_encoding)}`);
  }
}

/** Asserts the relay's own error shape: `{success:false, message, documentation_url}` as JSON. */
export function expectRelayError(res: RawResponse, status: number, relayUrl: string): Record<string, unknown> {
  expect(res.status, res.text()).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const json = res.json();
  expect(json['success']).toBe(false);
  expect(typeof json['message']).toBe('string');
  expect((json['message'] as string).length).toBeGreaterThan(0);
  expect(json['documentation_url']).toBe(new URL('/', relayUrl).href);
  return json;
}

/** Header value as one string (node:http joins most repeats already). */
export function header(res: RawResponse, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** Comma-separated header value as a lower-cased set. */
export function headerSet(res: RawResponse, name: string): Set<string> {
  return new Set(
    (header(res, name) ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** A usable token for the fake (which accepts any by default). */
export const TOKEN = 'ghp_conformance0000000000000000000000';

/** The envelope a workflow_dispatch carried (the JSON text of its `payload` input). */
export function envelopeOfRun(d: RecordedWorkflowDispatch | undefined): ReceivedEnvelope {
  if (!d) throw new Error('no workflow dispatch recorded');
  return JSON.parse(String(d.inputs['payload'])) as ReceivedEnvelope;
}
