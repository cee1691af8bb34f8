/**
 * The Cloudflare Workers adapter: the core app with the runtime's fetch as the HttpClient.
 * Bindings: GITHUB_API_URL (default https://api.github.com), GITHUB_TIMEOUT_MS, MAX_BODY_BYTES.
 */
import { createApp } from '../core/app.js';
import { defaultRelayConfig, type RelayConfig } from '../core/config.js';
import { HttpFailure, type HttpClient, type Logger } from '../core/ports.js';
import type { Hono } from 'hono';

export interface Env {
  GITHUB_API_URL?: string;
  GITHUB_TIMEOUT_MS?: string;
  MAX_BODY_BYTES?: string;
}

/** The HttpClient port over the Workers fetch, with a timeout per call. */
export const fetchHttpClient: HttpClient = async (req) => {
  let res: Response;
  try {
    res = await fetch(req.url, {
      method: req.method,
      headers: req.headers,
      ...(req.body !== undefined ? { body: req.body } : {}),
      signal: AbortSignal.timeout(req.timeoutMs),
    });
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    throw new HttpFailure(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', String(err));
  }
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    headers[k] = v;
  });
  return { status: res.status, headers, body: await res.text() };
};

const consoleLogger: Logger = {
  info: (fields, msg) => console.log(JSON.stringify({ level: 'info', msg, ...fields })),
  warn: (fields, msg) => console.warn(JSON.stringify({ level: 'warn', msg, ...fields })),
  error: (fields, msg) => console.error(JSON.stringify({ level: 'error', msg, ...fields })),
};

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Invalid binding ${name}=${JSON.stringify(value)}: expected a positive whole number.`);
  return n;
}

/** Builds the config from bindings; a wrong binding fails loudly. */
export function configFromEnv(env: Env): RelayConfig {
  return {
    ...defaultRelayConfig,
    githubApiUrl: (env.GITHUB_API_URL || defaultRelayConfig.githubApiUrl).replace(/\/+$/, ''),
    githubTimeoutMs: positiveInt(env.GITHUB_TIMEOUT_MS, 'GITHUB_TIMEOUT_MS', defaultRelayConfig.githubTimeoutMs),
    maxBodyBytes: positiveInt(env.MAX_BODY_BYTES, 'MAX_BODY_BYTES', defaultRelayConfig.maxBodyBytes),
  };
}

// One app per isolate and binding set: bindings do not change within an isolate.
let cached: { env: Env; app: Hono } | undefined;

export default {
  fetch(request: Request, env: Env, ctx: unknown): Response | Promise<Response> {
    if (cached?.env !== env) cached = { env, app: createApp(configFromEnv(env), { http: fetchHttpClient, logger: consoleLogger }) };
    return cached.app.fetch(request, env, ctx as never);
  },
};
