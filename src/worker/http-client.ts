/** The HttpClient port over the Workers fetch, with a timeout per call. */
import { HttpFailure, type HttpClient } from '../core/ports.js';

/** Sends one request with the runtime's fetch; no answer in time or at all → HttpFailure. */
export const fetchHttpClient: HttpClient = async (req) => {
  let res: Response;
  try {
    res = await fetch(req.url, {
      method: req.method,
      headers: req.headers,
      // A blob upload's bytes are a Uint8Array: a BodyInit on every runtime.
      ...(req.body !== undefined ? { body: req.body as BodyInit } : {}),
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
