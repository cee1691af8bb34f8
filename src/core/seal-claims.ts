/**
 * The claims inside a sealed token and their compact binary form: a list of fields, each
 * `tag (1 byte) ‖ length (LEB128, ≤ 2 bytes) ‖ value`. Numbers are big-endian unsigned, text is
 * UTF-8. Room for later claims: a tag this release does not know is ignored when its high bit is
 * clear, and refuses the token when it is set ("critical"), so a constraint added later (provider
 * verification, target workflow, body limit) is never silently dropped by an older relay.
 */
import { isRepoPattern, isValidEventType } from './relay/repo-pattern.js';
import { isRefName, isWorkflowName } from './relay/target.js';
import { providerNamed } from './verify/providers.js';
import type { VerifySettings } from './verify/types.js';

/** The credential a sealed token carries. */
export type SealedCredential =
  /** A GitHub token (PAT), sent as `token <pat>`. */
  | { kind: 'pat'; token: string }
  /** No credential: the relay mints a GitHub App installation token for the repository. */
  | { kind: 'app' };

/** What a sealed token says. */
export interface SealedClaims {
  /** Token id (for revocation): 16 base64url characters. */
  jti: string;
  /** Issued at, epoch seconds. */
  iat: number;
  /** Expires at, epoch seconds (absent: never). */
  exp?: number;
  /** `owner/name`, or `owner/*` for every repository of the owner. */
  repo: string;
  /** Only paths under this prefix (segment-wise, e.g. `/hooks/stripe`). */
  path?: string;
  /** The only `event_type` dispatched. */
  eventType?: string;
  credential: SealedCredential;
  /** Verify each request at the edge: the provider and its secret (sealed with the rest). */
  verify?: VerifySettings;
  /** Start a `workflow_dispatch` run of this workflow (on `ref`, else the default branch), whatever the query says. */
  target?: { workflow: string; ref?: string };
}

const TAG = { jti: 0x01, iat: 0x02, exp: 0x03, repo: 0x04, path: 0x05, eventType: 0x06, pat: 0x07, app: 0x08 } as const;
/**
 * Provider verification (issue 12): critical, so a relay that cannot verify refuses the token
 * instead of dispatching unverified requests.
 */
const VERIFY_TAG = { provider: 0x90, secret: 0x91, verifyToken: 0x92, topicArn: 0x93 } as const;
/** The target fixed by the URL: critical, so an older relay refuses the token instead of sending a repository_dispatch. */
const TARGET_TAG = { workflow: 0xa0, ref: 0xa1 } as const;
/** Longest provider secret, verify token or topic ARN. */
export const MAX_VERIFY_FIELD = 1024;
/** Tags with this bit are critical: unknown ones make the token invalid. */
const CRITICAL = 0x80;
const JTI_BYTES = 12;
const MAX_FIELD = 0x3fff;
/** Longest PAT accepted (GitHub's tokens are at most 255 characters). */
export const MAX_PAT_LENGTH = 1024;
/** Longest path prefix. */
export const MAX_PATH_PREFIX = 512;

const te = new TextEncoder();
const td = new TextDecoder('utf-8', { fatal: true });

/** A new token id: 12 random bytes as base64url (16 characters). */
export function newJti(): string {
  const b = crypto.getRandomValues(new Uint8Array(JTI_BYTES));
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_');
}

/** A PAT as it may be sealed: printable ASCII without spaces. */
export function isSealablePat(token: string): boolean {
  return token.length > 0 && token.length <= MAX_PAT_LENGTH && /^[\x21-\x7e]+$/.test(token);
}

/**
 * A path prefix as it may be sealed: starts with `/`, printable ASCII, no query, fragment or `%`
 * (it is compared with the decoded path), no
 * `.` or `..` segment. Returned without a trailing slash (the root stays `/`); undefined when bad.
 */
export function normalizePathPrefix(path: string): string | undefined {
  if (!path.startsWith('/') || path.length > MAX_PATH_PREFIX || !/^[\x21-\x7e]+$/.test(path) || /[?#%]/.test(path)) return undefined;
  const segs = path.split('/').filter((s) => s !== '');
  if (segs.some((s) => s === '.' || s === '..')) return undefined;
  return `/${segs.join('/')}`;
}

/** Checks every claim; returns what is wrong, or undefined when the claims can be sealed. */
export function claimsProblem(c: SealedClaims): string | undefined {
  if (!/^[A-Za-z0-9_-]{16}$/.test(c.jti)) return 'jti must be 16 base64url characters';
  if (!Number.isSafeInteger(c.iat) || c.iat < 0) return 'iat must be epoch seconds';
  if (c.exp !== undefined && (!Number.isSafeInteger(c.exp) || c.exp <= 0)) return 'exp must be epoch seconds';
  if (!isRepoPattern(c.repo)) return 'repo must be owner/name or owner/*';
  if (c.path !== undefined && normalizePathPrefix(c.path) !== c.path) return 'path must start with / and have no query, fragment, . or .. segment';
  if (c.eventType !== undefined && !isValidEventType(c.eventType)) return 'event_type must be 1–100 characters';
  if (c.credential.kind === 'pat' && !isSealablePat(c.credential.token)) return 'the token must be printable ASCII without spaces';
  if (c.target !== undefined) {
    if (c.eventType !== undefined) return 'a URL fixes either an event type (repository_dispatch) or a workflow (workflow_dispatch), not both';
    if (!isWorkflowName(c.target.workflow)) return 'workflow must be a workflow file name such as webhook.yml, or a workflow id';
    if (c.target.ref !== undefined && !isRefName(c.target.ref)) return 'ref must be a branch or tag name';
  }
  return c.verify === undefined ? undefined : verifyProblem(c.verify);
}

/** Checks the verification settings; returns what is wrong, or undefined. */
export function verifyProblem(v: VerifySettings): string | undefined {
  const provider = providerNamed(v.provider);
  if (provider === undefined || provider.name !== v.provider) return `unknown provider ${JSON.stringify(v.provider)}`;
  for (const [name, value] of [
    ['secret', v.secret],
    ['verify token', v.verifyToken],
    ['topic ARN', v.topicArn],
  ] as const) {
    if (value !== undefined && (value.length === 0 || value.length > MAX_VERIFY_FIELD)) return `the ${name} must be 1–${MAX_VERIFY_FIELD} characters`;
  }
  if (provider.noSecret) {
    if (v.secret !== undefined) return `${provider.title} takes no secret`;
  } else {
    if (v.secret === undefined) return `${provider.title} needs ${provider.secretIs}`;
    const problem = provider.secretProblem(v.secret);
    if (problem) return problem;
  }
  if (provider.needsVerifyToken ? v.verifyToken === undefined : v.verifyToken !== undefined) {
    return provider.needsVerifyToken ? `${provider.title} needs the verify token of its subscription handshake` : `${provider.title} takes no verify token`;
  }
  if (v.verifyToken !== undefined && /[\x00-\x1f\x7f]/.test(v.verifyToken)) return 'the verify token has control characters';
  if (v.topicArn !== undefined && (provider.name !== 'aws-sns' || !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]{1,256}$/.test(v.topicArn))) {
    return provider.name === 'aws-sns' ? 'the topic ARN must look like arn:aws:sns:us-east-1:123456789012:my-topic' : `${provider.title} takes no topic ARN`;
  }
  return undefined;
}

function uint(n: number): Uint8Array {
  const out: number[] = [];
  let v = n;
  do {
    out.unshift(v % 256);
    v = Math.floor(v / 256);
  } while (v > 0);
  return Uint8Array.from(out);
}

function readUint(b: Uint8Array): number | undefined {
  if (b.length === 0 || b.length > 6 || (b.length > 1 && b[0] === 0)) return undefined;
  let n = 0;
  for (const x of b) n = n * 256 + x;
  return n;
}

/** The claims as bytes; throws when a claim is invalid (a bug in the caller, who validated). */
export function encodeClaims(c: SealedClaims): Uint8Array {
  const problem = claimsProblem(c);
  if (problem) throw new Error(`cannot seal: ${problem}`);
  const fields: [number, Uint8Array][] = [
    [TAG.jti, base64UrlBytes(c.jti)],
    [TAG.iat, uint(c.iat)],
  ];
  if (c.exp !== undefined) fields.push([TAG.exp, uint(c.exp)]);
  fields.push([TAG.repo, te.encode(c.repo)]);
  if (c.path !== undefined) fields.push([TAG.path, te.encode(c.path)]);
  if (c.eventType !== undefined) fields.push([TAG.eventType, te.encode(c.eventType)]);
  fields.push(c.credential.kind === 'pat' ? [TAG.pat, te.encode(c.credential.token)] : [TAG.app, new Uint8Array(0)]);
  if (c.verify !== undefined) {
    fields.push([VERIFY_TAG.provider, te.encode(c.verify.provider)]);
    if (c.verify.secret !== undefined) fields.push([VERIFY_TAG.secret, te.encode(c.verify.secret)]);
    if (c.verify.verifyToken !== undefined) fields.push([VERIFY_TAG.verifyToken, te.encode(c.verify.verifyToken)]);
    if (c.verify.topicArn !== undefined) fields.push([VERIFY_TAG.topicArn, te.encode(c.verify.topicArn)]);
  }
  if (c.target !== undefined) {
    fields.push([TARGET_TAG.workflow, te.encode(c.target.workflow)]);
    if (c.target.ref !== undefined) fields.push([TARGET_TAG.ref, te.encode(c.target.ref)]);
  }
  const parts: number[] = [];
  for (const [tag, value] of fields) {
    parts.push(tag);
    if (value.length < 0x80) parts.push(value.length);
    else parts.push((value.length & 0x7f) | 0x80, value.length >> 7);
    parts.push(...value);
  }
  return Uint8Array.from(parts);
}

function base64UrlBytes(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
}

function bytesBase64Url(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The claims from bytes, or undefined when they are malformed, incomplete or invalid. Never throws. */
export function decodeClaims(b: Uint8Array): SealedClaims | undefined {
  try {
    const seen = new Set<number>();
    const text = new Map<number, string>();
    let jti: string | undefined;
    let iat: number | undefined;
    let exp: number | undefined;
    let app = false;
    let i = 0;
    while (i < b.length) {
      const tag = b[i++]!;
      if (i >= b.length) return undefined;
      let len = b[i++]!;
      if (len & 0x80) {
        if (i >= b.length) return undefined;
        const hi = b[i++]!;
        if (hi === 0 || hi > MAX_FIELD >> 7) return undefined;
        len = (len & 0x7f) | (hi << 7);
      }
      if (i + len > b.length) return undefined;
      const value = b.subarray(i, i + len);
      i += len;
      if (seen.has(tag)) return undefined;
      seen.add(tag);
      switch (tag) {
        case TAG.jti:
          if (value.length !== JTI_BYTES) return undefined;
          jti = bytesBase64Url(value);
          break;
        case TAG.iat:
          iat = readUint(value);
          if (iat === undefined) return undefined;
          break;
        case TAG.exp:
          exp = readUint(value);
          if (exp === undefined) return undefined;
          break;
        case TAG.repo:
        case TAG.path:
        case TAG.eventType:
        case TAG.pat:
        case VERIFY_TAG.provider:
        case VERIFY_TAG.secret:
        case VERIFY_TAG.verifyToken:
        case VERIFY_TAG.topicArn:
        case TARGET_TAG.workflow:
        case TARGET_TAG.ref:
          text.set(tag, td.decode(value));
          break;
        case TAG.app:
          if (value.length !== 0) return undefined;
          app = true;
          break;
        default:
          if (tag & CRITICAL) return undefined;
      }
    }
    const repo = text.get(TAG.repo);
    const pat = text.get(TAG.pat);
    if (jti === undefined || iat === undefined || repo === undefined || (pat === undefined) === !app) return undefined;
    const path = text.get(TAG.path);
    const eventType = text.get(TAG.eventType);
    const provider = text.get(VERIFY_TAG.provider);
    const secret = text.get(VERIFY_TAG.secret);
    const verifyToken = text.get(VERIFY_TAG.verifyToken);
    const topicArn = text.get(VERIFY_TAG.topicArn);
    if (provider === undefined && (secret ?? verifyToken ?? topicArn) !== undefined) return undefined;
    const workflow = text.get(TARGET_TAG.workflow);
    const ref = text.get(TARGET_TAG.ref);
    if (workflow === undefined && ref !== undefined) return undefined;
    const claims: SealedClaims = {
      jti,
      iat,
      ...(exp !== undefined ? { exp } : {}),
      repo,
      ...(path !== undefined ? { path } : {}),
      ...(eventType !== undefined ? { eventType } : {}),
      credential: pat !== undefined ? { kind: 'pat', token: pat } : { kind: 'app' },
      ...(provider !== undefined
        ? {
            verify: {
              provider,
              ...(secret !== undefined ? { secret } : {}),
              ...(verifyToken !== undefined ? { verifyToken } : {}),
              ...(topicArn !== undefined ? { topicArn } : {}),
            },
          }
        : {}),
      ...(workflow !== undefined ? { target: { workflow, ...(ref !== undefined ? { ref } : {}) } } : {}),
    };
    return claimsProblem(claims) === undefined ? claims : undefined;
  } catch {
    return undefined;
  }
}
