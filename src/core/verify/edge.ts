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

/** Why a request failed its check: the provider and a reason without secrets, for the log and the answer. */
export interface EdgeFailure {
  provider: string;
  title: string;
  reason: string;
}

/** Checks the request against the sealed provider; undefined when it passed. Never throws. */
export async function checkAtEdge(
  settings: VerifySettings,
  req: Omit<SignedRequest, 'fetchCert'>,
  fetchCert: CertFetcher | undefined,
): Promise<EdgeFailure | undefined> {
  const provider = providerNamed(settings.provider);
  if (provider === undefined) return { provider: settings.provider, title: settings.provider, reason: 'this relay does not know the provider' };
  let check: Awaited<ReturnType<typeof provider.check>>;
  try {
    check = await provider.check({ ...req, ...(fetchCert ? { fetchCert } : {}) }, settings);
  } catch {
    // A verifier never throws; should one ever, the request is refused, not dispatched.
    check = { ok: false as const, reason: 'the check failed' };
  }
  return check.ok ? undefined : { provider: provider.name, title: provider.title, reason: check.reason };
}

/** The 401 a sender gets for a request that failed its check: names the provider, never the secret. */
export function signatureMismatch(f: EdgeFailure): RelayError {
  return new RelayError(
    401,
    'signature_mismatch',
    `This request is not signed by ${f.title} as this hook URL requires (${f.reason}). Nothing was dispatched.`,
    { provider: f.provider },
  );
}

/** The envelope's headers without the ones carrying the provider's secret. */
export function withoutSecretHeaders(headers: Record<string, string>, provider: string): Record<string, string> {
  const drop = providerNamed(provider)?.secretHeaders ?? [];
  if (drop.length === 0) return headers;
  const out = new Map(Object.entries(headers));
  for (const name of drop) out.delete(name);
  return Object.fromEntries(out);
}
