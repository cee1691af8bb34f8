/**
 * `webhook2github seal` prints a sealed hook URL (a capability for one repository, path, event
 * type and time, holding an encrypted GitHub token or none at all); `inspect` shows what a sealed
 * token allows, never its credential. Both read the settings the relay reads (W2G_SEALING_KEYS …).
 */
import type { Command } from 'commander';
import { claimsFor, claimsView, hookUrl, verifyFor } from '../../core/hook-url.js';
import { PROVIDER_NAMES, providerNamed } from '../../core/verify/providers.js';
import { appCredential } from '../../core/github/app-auth.js';
import { checkDispatch } from '../../core/github/check.js';
import { createGitHubClient } from '../../core/github/client.js';
import { repoMatches } from '../../core/relay/repo-pattern.js';
import { authorizationOf } from '../../core/relay/token.js';
import { importSealingKeys, newSealingKey, openSealedToken, sealToken, type SealingKeyring } from '../../core/seal.js';
import { githubAppOf } from '../../core/security-config.js';
import { systemClock } from '../../core/ports.js';
import { addSettings, loadNodeConfig, type NodeConfig, type RawOptions } from '../config.js';
import { createNodeHttpClient } from '../http-client.js';

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/** Settings `seal` and `inspect` read (flags and variables as `serve` takes them). */
const SEAL_SETTINGS = ['sealingKeys', 'publicUrl', 'githubApiUrl', 'githubTimeoutMs', 'githubAppId', 'githubAppPrivateKey', 'allowRepos'] as const;

interface SealFlags extends RawOptions {
  relayUrl?: string;
  repo?: string;
  path?: string;
  eventType?: string;
  workflow?: string;
  ref?: string;
  expires?: string;
  verify?: string;
  verifyToken?: string;
  topicArn?: string;
}

/**
 * The GitHub token to seal, never from a flag (shell history, `ps`): `GITHUB_TOKEN`, else stdin
 * (piped, or typed at a prompt).
 */
async function tokenToSeal(stdinTaken: boolean): Promise<string> {
  const env = process.env.GITHUB_TOKEN?.trim();
  if (env) return env;
  if (stdinTaken) throw new Error("With --secret-stdin the provider's secret comes on stdin: give the GitHub token in GITHUB_TOKEN, or use --app.");
  const token = await readStdin('GitHub token to seal (or set GITHUB_TOKEN): ');
  if (token) return token;
  throw new Error('No GitHub token to seal: set GITHUB_TOKEN or pipe it on stdin (`gh auth token | webhook2github seal …`), or use --app.');
}

/** Everything on stdin (one line when typed at a prompt), trimmed. */
async function readStdin(prompt: string): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(prompt);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && (chunk as Buffer).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').trim();
}

/** The provider verification asked for with --verify, the secret read from stdin (never a flag). */
async function verifyOf(o: SealFlags & { secretStdin?: boolean }): Promise<ReturnType<typeof verifyFor> | undefined> {
  if (o.verify === undefined) {
    if (o.secretStdin || o.verifyToken !== undefined || o.topicArn !== undefined)
      throw new Error('--secret-stdin, --verify-token and --topic-arn go with --verify <provider>.');
    return undefined;
  }
  const provider = providerNamed(o.verify);
  if (provider === undefined) throw new Error(`--verify takes a provider: ${PROVIDER_NAMES.join(', ')}.`);
  if (!provider.noSecret && !o.secretStdin)
    throw new Error(`--verify ${provider.name} needs ${provider.secretIs}: pipe it in with --secret-stdin (never a flag).`);
  const secret = o.secretStdin ? await readStdin(`${provider.title}: ${provider.secretIs}: `) : undefined;
  if (o.secretStdin && !secret) throw new Error(`No secret on stdin for --verify ${provider.name}.`);
  try {
    return verifyFor({ provider: provider.name, secret, verifyToken: o.verifyToken, topicArn: o.topicArn });
  } catch (err) {
    throw new Error(err instanceof Error ? err.message : String(err));
  }
}

async function keyringOf(config: NodeConfig): Promise<SealingKeyring> {
  if (config.sealingKeys.length === 0) {
    throw new Error("No sealing keys: set W2G_SEALING_KEYS (or --sealing-keys) to the relay's keys. Make a first one with `webhook2github seal --new-key`.");
  }
  return importSealingKeys(config.sealingKeys);
}

/** Registers `seal` and `inspect`. */
export function registerSeal(program: Command): void {
  const seal = program
    .command('seal')
    .description(
      'Print a hook URL with a sealed token: one repository, optional path, event type and expiry; a GitHub token (from GITHUB_TOKEN or stdin) or --app',
    )
    .option('--relay-url <url>', "the relay's address as providers reach it (default: W2G_PUBLIC_URL)")
    .option('--repo <owner/name>', 'the repository (owner/* for every repository of the owner)')
    .option('--path <prefix>', 'only paths under this prefix, e.g. /hooks/stripe')
    .option('--event-type <type>', 'the only event_type dispatched')
    .option('--workflow <file>', 'start workflow_dispatch runs of this workflow (e.g. webhook.yml), answering with the run link')
    .option('--ref <branch>', "the branch or tag of those runs (default: the repository's default branch)")
    .option('--expires <duration>', 'how long the URL works, e.g. 90d (default: until revoked)')
    .option('--app', 'no credential in the URL: the relay acts as its GitHub App')
    .option('--verify <provider>', `check every request's signature at the edge: ${PROVIDER_NAMES.join(', ')}`)
    .option('--secret-stdin', "read the provider's secret for --verify from stdin (the GitHub token then comes from GITHUB_TOKEN)")
    .option('--verify-token <token>', 'Meta: the verify token of the subscription handshake')
    .option('--topic-arn <arn>', 'AWS SNS: the only topic accepted')
    .option('--check', 'ask GitHub first whether the credential can dispatch to the repository')
    .option('--json', 'print {url, token, jti, …} as JSON')
    .option('--new-key', 'print a new random sealing key for W2G_SEALING_KEYS and exit');
  addSettings(seal, SEAL_SETTINGS);
  seal.action(async (o: SealFlags & { app?: boolean; check?: boolean; json?: boolean; newKey?: boolean; secretStdin?: boolean }) => {
    if (o.newKey) {
      out(newSealingKey());
      return;
    }
    const config = loadNodeConfig(o, process.env);
    const base = o.relayUrl ?? config.publicUrl;
    if (base === undefined || !/^https?:\/\/[^/]/.test(base))
      throw new Error("Give the relay's address: --relay-url https://relay.example (or set W2G_PUBLIC_URL).");
    if (o.repo === undefined) throw new Error('Give the repository: --repo owner/name.');
    const keyring = await keyringOf(config);
    const request = { repo: o.repo, path: o.path, eventType: o.eventType, workflow: o.workflow, ref: o.ref, expires: o.expires };
    // The cheap checks first (as an App URL), then the secrets, read only when everything else is right.
    claimsFor({ ...request, app: true }, Date.now());
    const verify = await verifyOf(o);
    const token = o.app ? undefined : await tokenToSeal(o.secretStdin === true);
    const claims = claimsFor({ ...request, app: o.app === true, token, verify }, Date.now());
    const [owner, name] = claims.repo.split('/') as [string, string];
    if (config.allowRepos && !config.allowRepos.some((p) => (name === '*' ? p.toLowerCase() === claims.repo.toLowerCase() : repoMatches(p, owner, name)))) {
      process.stderr.write(`warning: ${claims.repo} is not in W2G_ALLOW_REPOS; a relay with this allow-list refuses the URL.\n`);
    }
    if (o.check) {
      if (name === '*') throw new Error('--check needs one repository (owner/name), not owner/*.');
      const client = createNodeHttpClient({ connections: 1 });
      try {
        const app = githubAppOf(config);
        const github = createGitHubClient({ http: client.http, clock: systemClock, apiUrl: config.githubApiUrl, userAgent: config.userAgent, app });
        const auth = claims.credential.kind === 'pat' ? authorizationOf(claims.credential.token) : appCredential(owner, name);
        const result = await checkDispatch(
          { http: client.http, clock: systemClock, apiUrl: config.githubApiUrl, userAgent: config.userAgent, app: github.app },
          owner,
          name,
          auth,
          config.githubTimeoutMs,
        );
        if (!result.ok) throw new Error(`GitHub says ${result.message}. Nothing was sealed.`);
        process.stderr.write(`checked: ${result.message}\n`);
      } finally {
        await client.close();
      }
    }
    const sealed = await sealToken(claims, keyring);
    const url = hookUrl(base, claims, sealed);
    if (o.json) out(JSON.stringify({ url, token: sealed, ...claimsView(claims) }, null, 2));
    else {
      out(url);
      process.stderr.write(`token id (for revoke): ${claims.jti}${claims.exp !== undefined ? `; expires ${new Date(claims.exp * 1000).toISOString()}` : ''}\n`);
    }
  });

  const inspect = program
    .command('inspect <token>')
    .description('Show what a sealed token (w2g_… or a hook URL) allows; never its credential')
    .option('--json', 'print the claims as JSON');
  addSettings(inspect, ['sealingKeys']);
  inspect.action(async (given: string, o: RawOptions & { json?: boolean }) => {
    const config = loadNodeConfig(o, process.env);
    const keyring = await keyringOf(config);
    const token = sealedTokenIn(given);
    // Opened at time 0, so an expired token still shows its claims (and says it expired).
    const opened = await openSealedToken(token, keyring, 0);
    if (!opened.ok) throw new Error('This token does not open with W2G_SEALING_KEYS: it was changed, or sealed with a key this relay does not have.');
    const { claims } = opened;
    const view = { ...claimsView(claims), expired: claims.exp !== undefined && claims.exp * 1000 <= Date.now() };
    if (o.json) out(JSON.stringify(view, null, 2));
    else for (const [k, v] of Object.entries(view)) out(`${k.padEnd(11)} ${v === null ? '-' : String(v)}`);
  });
}

/** The sealed token in an argument: the token itself, or a hook URL carrying it in `__token`. */
export function sealedTokenIn(given: string): string {
  const m = /[?&]__token=(w2g_[A-Za-z0-9_-]*)/.exec(given);
  return m?.[1] ?? given.trim();
}
