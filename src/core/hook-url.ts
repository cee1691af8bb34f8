/**
 * Making a sealed hook URL, shared by `webhook2github seal` and `POST /_/seal`: the request is
 * checked and turned into claims, then into the URL a provider is given.
 */
import { parseDuration } from './config.js';
import { RelayError } from './errors.js';
import { isSealablePat, newJti, normalizePathPrefix, verifyProblem, type SealedClaims } from './seal-claims.js';
import { PROVIDER_NAMES, providerNamed } from './verify/providers.js';
import type { VerifySettings } from './verify/types.js';
import { isRepoPattern, isValidEventType } from './relay/repo-pattern.js';
import { isRefName, isWorkflowName } from './relay/target.js';

/** What a user asks for. */
export interface SealRequest {
  /** `owner/name` or `owner/*`. */
  repo: string;
  /** Path prefix, e.g. `/hooks/stripe`. */
  path?: string | undefined;
  eventType?: string | undefined;
  /** How long the URL works, e.g. `90d` (absent: until revoked or the key is retired). */
  expires?: string | undefined;
  /** Act as the relay's GitHub App (no credential in the URL). */
  app: boolean;
  /** The PAT to seal (unless `app`). */
  token?: string | undefined;
  /** Start `workflow_dispatch` runs of this workflow file (on `ref`, else the default branch), whatever the query says. */
  workflow?: string | undefined;
  ref?: string | undefined;
  /** Verify every request at the edge: the provider (name or alias) and its secret. */
  verify?: { provider: string; secret?: string | undefined; verifyToken?: string | undefined; topicArn?: string | undefined } | undefined;
}

/** The verification settings of a request (the provider's canonical name); throws a 400 RelayError. */
export function verifyFor(v: NonNullable<SealRequest['verify']>): VerifySettings {
  const provider = typeof v.provider === 'string' ? providerNamed(v.provider) : undefined;
  if (provider === undefined) throw bad('invalid_verify', `verify must name a provider: one of ${PROVIDER_NAMES.join(', ')}.`);
  const text = (x: unknown) => (typeof x === 'string' && x !== '' ? x : undefined);
  const settings: VerifySettings = {
    provider: provider.name,
    ...(text(v.secret) !== undefined ? { secret: text(v.secret)! } : {}),
    ...(text(v.verifyToken) !== undefined ? { verifyToken: text(v.verifyToken)! } : {}),
    ...(text(v.topicArn) !== undefined ? { topicArn: text(v.topicArn)! } : {}),
  };
  const problem = verifyProblem(settings);
  if (problem) throw bad('invalid_verify', `Cannot verify ${provider.title}: ${problem}. ${provider.title} needs ${provider.secretIs}.`);
  return settings;
}

const bad = (code: string, message: string) => new RelayError(400, code, message);

/** The claims of a request at `nowMs`; throws a 400 RelayError that says what to change. */
export function claimsFor(r: SealRequest, nowMs: number): SealedClaims {
  if (typeof r.repo !== 'string' || !isRepoPattern(r.repo))
    throw bad('invalid_repo', 'repo must be owner/name (or owner/* for every repository of the owner), e.g. "octo/bot".');
  let path: string | undefined;
  if (r.path !== undefined && r.path !== '') {
    path = typeof r.path === 'string' ? normalizePathPrefix(r.path.startsWith('/') ? r.path : `/${r.path}`) : undefined;
    if (path === undefined) throw bad('invalid_path', 'path must be a path prefix such as /hooks/stripe: printable ASCII, no ?, #, % or . / .. segments.');
    if (path === '/') path = undefined;
  }
  if (r.eventType !== undefined && (typeof r.eventType !== 'string' || !isValidEventType(r.eventType))) {
    throw bad('invalid_event_type', "event_type must be 1–100 characters (GitHub's limit).");
  }
  let target: SealedClaims['target'];
  if (r.workflow !== undefined && r.workflow !== '') {
    if (typeof r.workflow !== 'string' || !isWorkflowName(r.workflow))
      throw bad('invalid_workflow', 'workflow must be a workflow file in .github/workflows, such as webhook.yml, or a workflow id.');
    if (r.eventType !== undefined)
      throw bad('invalid_workflow', 'A hook URL fixes an event type (repository_dispatch) or a workflow (workflow_dispatch), not both.');
    if (r.ref !== undefined && r.ref !== '' && (typeof r.ref !== 'string' || !isRefName(r.ref)))
      throw bad('invalid_ref', 'ref must be a branch or tag name, such as main.');
    target = { workflow: r.workflow, ...(r.ref !== undefined && r.ref !== '' ? { ref: r.ref } : {}) };
  } else if (r.ref !== undefined && r.ref !== '') throw bad('invalid_ref', 'ref goes with workflow: the branch a workflow_dispatch run starts on.');
  let exp: number | undefined;
  if (r.expires !== undefined && r.expires !== '') {
    const ms = typeof r.expires === 'string' ? parseDuration(r.expires) : undefined;
    if (ms === undefined || ms <= 0) throw bad('invalid_expires', 'expires must be a duration such as 90d, 12h or 30m.');
    exp = Math.ceil((nowMs + ms) / 1000);
  }
  let credential: SealedClaims['credential'];
  if (r.app) credential = { kind: 'app' };
  else {
    const token = typeof r.token === 'string' ? r.token.trim().replace(/^(?:token|bearer)\s+/i, '') : '';
    if (token === '')
      throw bad(
        'missing_token',
        'Give the GitHub token to seal (or ask for an App URL). A fine-grained token needs "Contents: Read and write" on the repository.',
      );
    if (token.startsWith('w2g_')) throw bad('invalid_token', 'That is already a sealed token; seal the GitHub token itself.');
    if (!isSealablePat(token)) throw bad('invalid_token', 'The GitHub token must be printable ASCII without spaces, as GitHub issued it.');
    credential = { kind: 'pat', token };
  }
  return {
    jti: newJti(),
    iat: Math.floor(nowMs / 1000),
    ...(exp !== undefined ? { exp } : {}),
    repo: r.repo,
    ...(path !== undefined ? { path } : {}),
    ...(r.eventType !== undefined ? { eventType: r.eventType } : {}),
    credential,
    ...(r.verify !== undefined ? { verify: verifyFor(r.verify) } : {}),
    ...(target !== undefined ? { target } : {}),
  };
}

/**
 * The hook URL: `<base>/<owner>/<name><path>?__token=<sealed>`. For `owner/*` the repository is
 * left as `<repo>`, to be filled in.
 */
export function hookUrl(base: string, claims: Pick<SealedClaims, 'repo' | 'path'>, sealed: string): string {
  const [owner, name] = claims.repo.split('/') as [string, string];
  return `${base.replace(/\/+$/, '')}/${owner}/${name === '*' ? '<repo>' : name}${claims.path ?? ''}?__token=${sealed}`;
}

/** The claims as shown to people (`inspect`, the seal answer): never the credential itself. */
export function claimsView(c: SealedClaims): Record<string, unknown> {
  return {
    jti: c.jti,
    issued_at: new Date(c.iat * 1000).toISOString(),
    expires_at: c.exp !== undefined ? new Date(c.exp * 1000).toISOString() : null,
    repo: c.repo,
    path: c.path ?? null,
    event_type: c.eventType ?? null,
    credential: c.credential.kind === 'pat' ? 'token (sealed)' : 'app',
    verify: c.verify?.provider ?? null,
    workflow: c.target?.workflow ?? null,
    ...(c.target?.ref !== undefined ? { ref: c.target.ref } : {}),
    ...(c.verify?.topicArn !== undefined ? { topic_arn: c.verify.topicArn } : {}),
  };
}
