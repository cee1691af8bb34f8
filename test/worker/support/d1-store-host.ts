/**
 * A Worker that runs the D1 DeliveryStore driver inside workerd, against a real (Miniflare) D1
 * binding, one method call per request, so the contract suite in Node can drive it:
 * `POST /` with `{method, args}` answers `{ok, result}` or `{ok: false, error}`. Bytes travel as
 * `{"$bytes": base64}`. `POST /reset` empties the tables between tests.
 */
import { createD1Store, type D1DeliveryStore } from '../../../src/worker/d1-store.js';
import type { D1Database } from '../../../src/worker/cloudflare.js';

interface HostEnv {
  DB: D1Database;
  /** Bytes per stored body part (small in tests, to exercise several parts). */
  PART_BYTES?: string;
}

const toB64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromB64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const encode = (_key: string, v: unknown) => (v instanceof Uint8Array ? { $bytes: toB64(v) } : v);
const decode = (_key: string, v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as { $bytes?: unknown }).$bytes === 'string' ? fromB64((v as { $bytes: string }).$bytes) : v;

export default {
  async fetch(request: Request, env: HostEnv): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (path === '/methods') {
      const store = createD1Store(env.DB) as unknown as Record<string, unknown>;
      return Response.json(Object.keys(store).filter((k) => typeof store[k] === 'function'));
    }
    if (path === '/reset') {
      await env.DB.batch([env.DB.prepare('DELETE FROM deliveries'), env.DB.prepare('DELETE FROM delivery_bodies')]);
      return Response.json({ ok: true });
    }
    const { method, args } = JSON.parse(await request.text(), decode) as { method: keyof D1DeliveryStore; args: unknown[] };
    const store = createD1Store(env.DB, env.PART_BYTES ? { partBytes: Number(env.PART_BYTES) } : {});
    try {
      const fn = store[method] as (...a: unknown[]) => Promise<unknown>;
      const result = await fn(...args);
      return new Response(JSON.stringify({ ok: true, result: result ?? null }, encode), { headers: { 'content-type': 'application/json' } });
    } catch (err) {
      return Response.json({ ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  },
};
