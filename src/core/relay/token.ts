/**
 * The user's GitHub token: `__token` query → `X-Github-Authorization` → `Authorization`.
 * A bare value becomes `token <value>`; a value with a scheme (it contains a space) is sent as is;
 * a sealed token (`w2g_…`) is handed on to be opened (relay/credential.ts).
 */
import { RelayError } from '../errors.js';

/** Where a credential came from; the `authorization` header leaves the envelope only when it was used. */
export type TokenSource = '__token' | 'x-github-authorization' | 'authorization';

/** A raw GitHub token, ready to send. */
export interface RawTokenChoice {
  /** The `Authorization` value to send to GitHub. */
  authorization: string;
  source: TokenSource;
  sealed?: undefined;
}

/** A sealed token (`w2g_…`), still to be opened (see seal.ts). */
export interface SealedTokenChoice {
  /** The token as given, without a scheme. A secret: never log or echo it. */
  sealed: string;
  source: TokenSource;
  authorization?: undefined;
}

/** The credential a request carries: a raw token, or a sealed one to open first. */
export type TokenChoice = RawTokenChoice | SealedTokenChoice;

/** A sealed token, bare or after a `token`/`Bearer` scheme (providers that only send `Authorization: Bearer …`). */
const SEALED_VALUE = /^(?:(?:token|bearer)[ \t]+)?(w2g_\S*)$/i;

/** Longest credential accepted: GitHub's tokens and JWTs are far shorter. */
export const MAX_CREDENTIAL_LENGTH = 4096;

/**
 * A credential must be something that can travel in an HTTP header: printable ASCII and spaces
 * (between a scheme and the token). Anything else (CR, LF, NUL, non-ASCII) could never
 * reach GitHub, so it is a 400 at the edge instead of a delivery that can only fail.
 * https://www.rfc-editor.org/rfc/rfc9110#name-field-values
 */
const HEADER_SAFE_CREDENTIAL = /^[\x20-\x7e]+$/;

const WHERE: Record<TokenSource | 'replay', string> = {
  __token: 'The __token parameter',
  'x-github-authorization': 'The X-Github-Authorization header',
  authorization: 'The Authorization header',
  replay: 'The replay token',
};

/**
 * The `Authorization` value GitHub gets for a token as given: a bare value becomes `token <v>`, a
 * value with a scheme (it contains a space) is sent as is. Throws 400 when it cannot be a header.
 */
export function authorizationOf(token: string, source: keyof typeof WHERE = 'replay'): string {
  const value = token.trim();
  const where = WHERE[source];
  if (value.length > MAX_CREDENTIAL_LENGTH) {
    throw new RelayError(
      400,
      'invalid_token',
      `${where} is longer than ${MAX_CREDENTIAL_LENGTH} characters; a GitHub token is much shorter. Check that it holds only the token.`,
    );
  }
  if (!HEADER_SAFE_CREDENTIAL.test(value)) {
    throw new RelayError(
      400,
      'invalid_token',
      `${where} contains characters that cannot be sent to GitHub in a header (control characters such as a newline, or non-ASCII text). Send the token exactly as GitHub issued it, percent-encoded in the URL.`,
    );
  }
  return value.includes(' ') ? value : `token ${value}`;
}

/**
 * The credential by the documented order, or undefined when none is given; throws 400 when the
 * one chosen cannot be a header (see {@link authorizationOf}).
 */
export function findToken(queryToken: string | undefined, headers: Headers): TokenChoice | undefined {
  const candidates: [TokenSource, string | null | undefined][] = [
    ['__token', queryToken],
    ['x-github-authorization', headers.get('x-github-authorization')],
    ['authorization', headers.get('authorization')],
  ];
  for (const [source, raw] of candidates) {
    const value = raw?.trim();
    if (!value) continue;
    // Sealed tokens are opened before any other rule (a cheap prefix test keeps raw tokens fast).
    if (value.includes('w2g_')) {
      const sealed = SEALED_VALUE.exec(value)?.[1];
      if (sealed !== undefined) return { source, sealed };
    }
    return { source, authorization: authorizationOf(value, source) };
  }
  return undefined;
}

/** Picks the credential by the documented order, or throws 401 saying how to pass one. */
export function chooseToken(queryToken: string | undefined, headers: Headers): TokenChoice {
  const found = findToken(queryToken, headers);
  if (found) return found;
  throw new RelayError(
    401,
    'missing_token',
    'No GitHub token given. Add ?__token=<token> to the URL, or send it in the X-Github-Authorization (or Authorization) header. The token needs permission to create repository_dispatch events (fine-grained: Contents read and write).',
  );
}
