/**
 * The credential settings of a relay (issue "hook URLs that are safe to hand out"): sealing keys,
 * revoked tokens, the raw-token policy, the repository allow-list, the GitHub App and the public
 * URL. One typed object, parsed by the same functions from Node's flags/env and Workers' bindings.
 */
import { parseSealingKeys } from './seal.js';
import { parseRepoPatterns } from './relay/repo-pattern.js';
import { toPkcs8Pem } from './github/app-key.js';
import type { GitHubAppCredentials } from './github/app-auth.js';

export interface SecurityConfig {
  /** `W2G_SEALING_KEYS`, decoded (32 bytes each; the first seals). Empty: sealed tokens are off. */
  sealingKeys: readonly Uint8Array[];
  /** `W2G_REVOKED_TOKENS`: token ids (jti) that no longer open. */
  revokedTokens: readonly string[];
  /** `W2G_RAW_TOKENS`: whether plain GitHub tokens are accepted in hook URLs. */
  rawTokens: 'allow' | 'deny';
  /** `W2G_ALLOW_REPOS`: the only repositories dispatched to (any credential); undefined: all. */
  allowRepos: readonly string[] | undefined;
  /** `W2G_GITHUB_APP_ID`. */
  githubAppId: string | undefined;
  /** `W2G_GITHUB_APP_PRIVATE_KEY` (or the content of `--github-app-key-file`): PEM, PKCS#1 or PKCS#8. */
  githubAppPrivateKey: string | undefined;
  /** `W2G_PUBLIC_URL`: the relay's address as providers reach it (hook URLs made by `seal`). */
  publicUrl: string | undefined;
  /** `W2G_ADMIN_TOKEN`: also lets `POST /_/seal` make App URLs without a GitHub token as proof. */
  adminToken: string | undefined;
}

export const defaultSecurityConfig: SecurityConfig = {
  sealingKeys: [],
  revokedTokens: [],
  rawTokens: 'allow',
  allowRepos: undefined,
  githubAppId: undefined,
  githubAppPrivateKey: undefined,
  publicUrl: undefined,
  adminToken: undefined,
};

/** `W2G_SEALING_KEYS`: comma list of 32-byte keys (base64 or base64url). */
export const sealingKeysSetting = (v: string): Uint8Array[] | undefined => {
  // Set but empty: no keys (as unset), so `W2G_SEALING_KEYS=` turns sealing off.
  if (v.trim() === '') return [];
  const parsed = parseSealingKeys(v);
  return 'keys' in parsed ? parsed.keys : undefined;
};
export const SEALING_KEYS_EXPECT = 'a comma list of 32-byte keys in base64 or base64url (make one with `webhook2github seal --new-key`)';

/** `W2G_REVOKED_TOKENS`: comma list of token ids (16 base64url characters, as `inspect` shows them). */
export const revokedTokensSetting = (v: string): string[] | undefined => {
  const ids = v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return ids.every((id) => /^[A-Za-z0-9_-]{16}$/.test(id)) ? ids : undefined;
};
export const REVOKED_TOKENS_EXPECT = 'a comma list of token ids (the 16-character jti that `webhook2github inspect` shows)';

/** `W2G_RAW_TOKENS`: `allow` or `deny`. */
export const rawTokensSetting = (v: string): 'allow' | 'deny' | undefined => (v === 'allow' || v === 'deny' ? v : undefined);

/** `W2G_ALLOW_REPOS`: comma list of `owner/name` or `owner/*`. */
export const allowReposSetting = (v: string): string[] | undefined => {
  const list = parseRepoPatterns(v);
  return list && list.length > 0 ? list : undefined;
};
export const ALLOW_REPOS_EXPECT = 'a comma list of owner/name or owner/*';

/** `W2G_GITHUB_APP_ID`: the App's id (digits) or its client id. */
export const githubAppIdSetting = (v: string): string | undefined => (/^(?:\d{1,12}|Iv[A-Za-z0-9.]{2,40})$/.test(v.trim()) ? v.trim() : undefined);

/** `W2G_GITHUB_APP_PRIVATE_KEY`: a PEM private key (checked, kept as given). */
export const githubAppPrivateKeySetting = (v: string): string | undefined => {
  try {
    toPkcs8Pem(v);
    return v;
  } catch {
    return undefined;
  }
};
export const GITHUB_APP_KEY_EXPECT = 'a PEM private key ("-----BEGIN RSA PRIVATE KEY-----" as GitHub issues it, or PKCS#8)';

/**
 * The App's credentials when both halves are set; undefined when neither is; throws naming the
 * missing half when only one is.
 */
export function githubAppOf(
  c: Pick<SecurityConfig, 'githubAppId' | 'githubAppPrivateKey'>,
  names = { id: 'W2G_GITHUB_APP_ID', key: 'W2G_GITHUB_APP_PRIVATE_KEY (or --github-app-key-file)' },
): GitHubAppCredentials | undefined {
  if (c.githubAppId === undefined && c.githubAppPrivateKey === undefined) return undefined;
  if (c.githubAppId === undefined) throw new Error(`${names.key} is set but ${names.id} is not: a GitHub App needs both its id and its private key.`);
  if (c.githubAppPrivateKey === undefined) throw new Error(`${names.id} is set but ${names.key} is not: a GitHub App needs both its id and its private key.`);
  return { appId: c.githubAppId, privateKey: c.githubAppPrivateKey };
}
