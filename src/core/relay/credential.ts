/**
 * From the credential a request carries to the one the dispatch uses, by the operator's policy:
 * - a sealed token (`w2g_…`) is opened, checked against revocation, and its claims constrain the
 *   request whatever the query says (repository, path prefix, event type); its credential is
 *   the PAT inside, or the App marker;
 * - a raw token is refused when `W2G_RAW_TOKENS=deny`;
 * - `W2G_ALLOW_REPOS` applies to both.
 * Failures are RelayErrors that say what to do, never which key or why the cipher failed.
 */
import type { WorkflowDispatchTarget } from './target.js';
import { RelayError } from '../errors.js';
import { appCredential } from '../github/app-auth.js';
import { openSealedToken, type SealedClaims, type SealingKeyring } from '../seal.js';
import { pathUnder, repoMatches } from './repo-pattern.js';
import { authorizationOf, type TokenChoice } from './token.js';
import type { VerifySettings } from '../verify/types.js';

/** The policy and the means to apply it (built once per relay). */
export interface CredentialRules {
  rawTokens: 'allow' | 'deny';
  allowRepos: readonly string[] | undefined;
  /** The sealing keys (a promise: importing is async, the app is built synchronously). */
  keyring: Promise<SealingKeyring>;
  /** Whether a token id is revoked (env list, and on Node the SQLite list). */
  isRevoked: (jti: string) => boolean | Promise<boolean>;
  /** Whether the relay can act as a GitHub App. */
  hasApp: boolean;
  now: () => number;
  /**
   * Tokens opened before (token → claims): a provider sends the same URL again and again, and its
   * claims cannot change, so the cipher runs once per token. Expiry and revocation are still
   * checked on every request. Bounded by OPENED_CACHE_SIZE (oldest forgotten first).
   */
  opened?: Map<string, SealedClaims>;
}

/** Most opened tokens remembered per relay. */
export const OPENED_CACHE_SIZE = 1000;

/** What the dispatch uses. */
export interface ResolvedCredential {
  /** `Authorization` for GitHub, or the App marker. A secret: never log it. */
  authorization: string;
  /** The event type to dispatch (a sealed token's own, when it fixes one). */
  eventType: string;
  /** The sealed token's id (not a secret: logged, so an operator knows which URL to revoke). */
  jti?: string;
  /** The provider every request must be signed by (a sealed `--verify`); holds its secret. */
  verify?: VerifySettings;
  /** The workflow_dispatch target the sealed URL fixes, whatever the query says. */
  target?: WorkflowDispatchTarget;
}

/** The request as far as credentials care. */
export interface CredentialRequest {
  owner: string;
  repo: string;
  path: string;
  /** `__event_type` as given, if any. */
  queryEventType: string | undefined;
  /** The event type the query asks for (validated), or the default. */
  eventType: string;
  /** `__workflow` as given, if any. */
  queryWorkflow?: string | undefined;
}

const SEAL_HINT = 'Make a hook URL with `webhook2github seal` (or POST /_/seal) and use it instead.';

/** Applies the rules; throws the RelayError a client should see. */
export async function resolveCredential(choice: TokenChoice, req: CredentialRequest, rules: CredentialRules): Promise<ResolvedCredential> {
  if (choice.sealed === undefined) {
    if (rules.rawTokens === 'deny') {
      throw new RelayError(401, 'raw_tokens_disabled', `This relay does not accept GitHub tokens in hook URLs. ${SEAL_HINT}`);
    }
    checkAllowList(req, rules);
    return { authorization: choice.authorization, eventType: req.eventType };
  }
  const keyring = await rules.keyring;
  if (keyring.size === 0) {
    throw new RelayError(401, 'invalid_token', 'This relay cannot open sealed tokens (w2g_…): it has no sealing keys. Use a hook URL made for this relay.');
  }
  let claims = rules.opened?.get(choice.sealed);
  if (claims === undefined) {
    const opened = await openSealedToken(choice.sealed, keyring, rules.now());
    if (!opened.ok) {
      if (opened.code === 'token_expired') throw expired();
      throw invalidToken();
    }
    claims = opened.claims;
    if (rules.opened) {
      rules.opened.set(choice.sealed, claims);
      if (rules.opened.size > OPENED_CACHE_SIZE) rules.opened.delete(rules.opened.keys().next().value as string);
    }
  } else if (claims.exp !== undefined && claims.exp * 1000 <= rules.now()) {
    rules.opened?.delete(choice.sealed);
    throw expired();
  }
  if (await rules.isRevoked(claims.jti)) throw invalidToken();
  return { ...applyClaims(claims, req, rules), jti: claims.jti, ...(claims.verify !== undefined ? { verify: claims.verify } : {}) };
}

function expired(): RelayError {
  return new RelayError(401, 'token_expired', `This hook URL has expired. ${SEAL_HINT}`);
}

function invalidToken(): RelayError {
  return new RelayError(
    401,
    'invalid_token',
    `The sealed token in this hook URL is not valid here (it was changed, made for another relay, or revoked). ${SEAL_HINT}`,
  );
}

function checkAllowList(req: CredentialRequest, rules: CredentialRules): void {
  if (rules.allowRepos && !rules.allowRepos.some((p) => repoMatches(p, req.owner, req.repo))) {
    throw new RelayError(
      403,
      'repo_not_allowed',
      `This relay does not dispatch to ${req.owner}/${req.repo} (it is not in the relay's W2G_ALLOW_REPOS). Ask the relay's operator to add it.`,
    );
  }
}

function applyClaims(claims: SealedClaims, req: CredentialRequest, rules: CredentialRules): Omit<ResolvedCredential, 'jti'> {
  if (!repoMatches(claims.repo, req.owner, req.repo)) {
    throw new RelayError(
      403,
      'repo_not_allowed',
      `This hook URL is for ${claims.repo}, not ${req.owner}/${req.repo}. Use it with the repository it was made for, or make one for this repository.`,
    );
  }
  checkAllowList(req, rules);
  if (claims.path !== undefined && !pathUnder(claims.path, req.path)) {
    throw new RelayError(
      403,
      'path_not_allowed',
      `This hook URL is for paths under ${claims.path}. Send the webhook to a path under it, or make a hook URL for this path.`,
    );
  }
  let eventType = req.eventType;
  let target: WorkflowDispatchTarget | undefined;
  if (claims.target !== undefined) {
    if (req.queryWorkflow !== undefined && req.queryWorkflow !== claims.target.workflow) {
      throw new RelayError(
        403,
        'workflow_not_allowed',
        `This hook URL starts runs of ${claims.target.workflow} only. Remove __workflow, or make a hook URL for this workflow.`,
      );
    }
    target = { kind: 'workflow_dispatch', workflow: claims.target.workflow, ...(claims.target.ref !== undefined ? { ref: claims.target.ref } : {}) };
  }
  if (claims.eventType !== undefined) {
    if (req.queryEventType !== undefined && req.queryEventType !== claims.eventType) {
      throw new RelayError(
        403,
        'event_type_not_allowed',
        `This hook URL dispatches only the event type it was made for. Remove __event_type, or make a hook URL for this event type.`,
      );
    }
    eventType = claims.eventType;
  }
  const fixed = target !== undefined ? { target } : {};
  if (claims.credential.kind === 'pat') return { authorization: authorizationOf(claims.credential.token), eventType, ...fixed };
  if (!rules.hasApp) {
    throw new RelayError(
      503,
      'app_not_configured',
      'This hook URL asks the relay to act as its GitHub App, and the relay has no App configured. Its operator must set W2G_GITHUB_APP_ID and W2G_GITHUB_APP_PRIVATE_KEY.',
    );
  }
  return { authorization: appCredential(req.owner, req.repo), eventType, ...fixed };
}
