/**
 * The user's GitHub token: `__token` query → `X-Github-Authorization` → `Authorization`.
 * A bare value becomes `token <value>`; a value with a scheme (it contains a space) is sent as is.
 */
import { RelayError } from '../errors.js';

export interface TokenChoice {
  /** The `Authorization` value to send to GitHub. */
  authorization: string;
  /** Where it came from; the `authorization` header leaves the envelope only when it was used. */
  source: '__token' | 'x-github-authorization' | 'authorization';
}

/** Picks the credential by the documented order, or throws 401 saying how to pass one. */
export function chooseToken(queryToken: string | undefined, headers: Headers): TokenChoice {
  const candidates: [TokenChoice['source'], string | null | undefined][] = [
    ['__token', queryToken],
    ['x-github-authorization', headers.get('x-github-authorization')],
    ['authorization', headers.get('authorization')],
  ];
  for (const [source, raw] of candidates) {
    const value = raw?.trim();
    if (value) return { source, authorization: value.includes(' ') ? value : `token ${value}` };
  }
  throw new RelayError(
    401,
    'missing_token',
    'No GitHub token given. Add ?__token=<token> to the URL, or send it in the X-Github-Authorization (or Authorization) header. The token needs permission to create repository_dispatch events (fine-grained: Contents read and write).',
  );
}
