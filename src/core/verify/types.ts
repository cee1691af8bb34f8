/**
 * What a provider verifier sees and says. A verifier is a pure function of the request's bytes,
 * headers, URL and the time, plus the secret: Web Crypto only, constant-time comparisons, and
 * never an exception (a malformed header is a failed check with a reason).
 */

import type { HmacFn } from './crypto.js';

/** Fetches a signing certificate's PEM text (AWS SNS); the caller decides where it may come from. */
export type CertFetcher = (url: string) => Promise<string>;

/** The request as the provider sent it. */
export interface SignedRequest {
  /** Upper-case method. */
  method: string;
  /**
   * The URL the provider addressed, as it signed it (Twilio and Trello sign it): the relay's public
   * address (W2G_PUBLIC_URL) followed by the path and query exactly as received.
   */
  url: string;
  headers: Headers;
  /** The body's exact bytes (empty when none). */
  body: Uint8Array;
  /** Now, in epoch milliseconds: the moment the relay received the request. */
  now: number;
  /** How the AWS SNS verifier loads certificates (only from AWS SNS hosts; cached). */
  fetchCert?: CertFetcher;
  /** The runtime's own HMAC, when faster than Web Crypto's (Node); default Web Crypto. */
  hmac?: HmacFn;
}

/** The outcome of a check: the reason is for logs and the receiver's `reason`, never a secret. */
export type Check = { ok: true } | { ok: false; reason: string };

/** What a hook URL sealed with `--verify` carries about its provider. */
export interface VerifySettings {
  /** A provider name from the registry (providers.ts). */
  provider: string;
  /** The signing secret, token or public key (absent for AWS SNS). */
  secret?: string;
  /** Meta: the verify token of the subscription handshake. */
  verifyToken?: string;
  /** AWS SNS: the only topic accepted. */
  topicArn?: string;
}

/** One provider's scheme. */
export interface Provider {
  /** The name `seal --verify` takes and the envelope's `verified` carries. */
  readonly name: string;
  /** For people (README, messages). */
  readonly title: string;
  /** What the secret is, for `seal` and its errors. */
  readonly secretIs: string;
  /** AWS SNS signs with AWS's own key: it takes no secret. */
  readonly noSecret?: boolean;
  /** Meta's handshake also needs the verify token. */
  readonly needsVerifyToken?: boolean;
  /**
   * Headers that carry the secret itself (Telegram's and GitLab's tokens): removed from the
   * envelope once checked, so the job never holds the secret.
   */
  readonly secretHeaders: readonly string[];
  /** Why a secret cannot be right for this provider (checked when sealing), else undefined. */
  secretProblem(secret: string): string | undefined;
  /** Checks the request. */
  check(req: SignedRequest, settings: VerifySettings): Promise<Check>;
}

/** A failed check. */
export const fail = (reason: string): Check => ({ ok: false, reason });
/** A passed check. */
export const PASS: Check = { ok: true };

/** Secret rule of most HMAC providers: any non-empty printable text. */
export function textSecretProblem(secret: string): string | undefined {
  if (secret.length === 0) return 'the secret is empty';
  if (secret.length > 1024) return 'the secret is longer than 1024 characters';
  return /[\x00-\x1f\x7f]/.test(secret) ? 'the secret has control characters (a stray newline?)' : undefined;
}
