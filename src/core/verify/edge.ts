/**
 * Verification at the edge: the relay checks a request against the provider its sealed hook URL
 * names before anything is dispatched, then hands the job an envelope that says so (`verified`)
 * without the headers that carry the secret itself.
 */
import { RelayError } from '../errors.js';
import { providerNamed } from './providers.js';
import type { CertFetcher, SignedRequest, VerifySettings } from './types.js';

/** The URL a provider signed: the relay's public address, then the path and query exactly as received. */
export function signedUrl(requestUrl: string, publicUrl: string | undefined): string {
  if (publicUrl === undefined) return requestUrl;
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(requestUrl);
  return publicUrl.replace(/\/+$/, '') + (m ? requestUrl.slice(m[0].length) : requestUrl);
}

/**
 * Checks the request; throws the 401 `signature_mismatch` the sender sees (naming the provider,
 * never the secret) and returns the reason for the log otherwise undefined.
 */
export async function verifyAtEdge(settings: VerifySettings, req: Omit<SignedRequest, 'fetchCert'>, fetchCert: CertFetcher | undefined): Promise<void> {
  const provider = providerNamed(settings.provider);
  const check = provider ? await provider.check({ ...req, ...(fetchCert ? { fetchCert } : {}) }, settings) : { ok: false as const, reason: 'unknown provider' };
  if (!check.ok) {
    const title = provider?.title ?? settings.provider;
    throw new RelayError(401, 'signature_mismatch', `This request is not signed by ${title} as this hook URL requires (${check.reason}). Nothing was dispatched.`, {
      provider: provider?.name ?? settings.provider,
    });
  }
}

/** The envelope's headers without the ones carrying the provider's secret. */
export function withoutSecretHeaders(headers: Record<string, string>, provider: string): Record<string, string> {
  const drop = providerNamed(provider)?.secretHeaders ?? [];
  if (drop.length === 0) return headers;
  const out = new Map(Object.entries(headers));
  for (const name of drop) out.delete(name);
  return Object.fromEntries(out);
}
