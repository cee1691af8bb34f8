/**
 * A test Worker that runs the core's provider verifiers inside workerd: POST a JSON list of cases
 * (test/support/provider-cases.ts), get back what each verifier said (or what it threw, which is
 * a bug). Certificates come from the case itself (the injected fetcher), never from the network.
 */
import { providerNamed } from '../../../src/core/verify/providers.js';
import type { VerifyCase } from '../../support/provider-cases.js';

function bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export default {
  async fetch(request: Request): Promise<Response> {
    const cases = (await request.json()) as VerifyCase[];
    const results: (boolean | string)[] = [];
    for (const c of cases) {
      const provider = providerNamed(c.settings.provider);
      if (!provider) {
        results.push(`no provider ${c.settings.provider}`);
        continue;
      }
      try {
        const headers = new Headers();
        for (const [k, v] of c.headers) headers.append(k, v);
        const certs = c.certs ?? {};
        const fetchCert = async (url: string) => {
          if (Object.hasOwn(certs, url)) return certs[url]!;
          throw new Error('no such certificate');
        };
        const check = await provider.check({ method: c.method, url: c.url, headers, body: bytes(c.body), now: c.now, fetchCert }, c.settings);
        results.push(check.ok);
      } catch (err) {
        results.push(`threw: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return Response.json(results);
  },
};
