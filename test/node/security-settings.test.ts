/**
 * The credential settings, read the same way on Node (flags, env) and Workers (bindings): good
 * values parse, wrong ones fail naming the setting and never quoting a secret, and a GitHub App
 * needs both its id and its key.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { githubAppOf } from '../../src/core/security-config.js';
import { loadNodeConfig } from '../../src/node/config.js';
import { configFromEnv } from '../../src/worker/config.js';
import { buildRelayState } from '../../src/worker/relay-state.js';

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const dir = mkdtempSync(join(tmpdir(), 'w2g-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = randomBytes(32);

describe('credential settings on Node', () => {
  it('parses every setting from the environment', () => {
    const c = loadNodeConfig(
      {},
      {
        W2G_SEALING_KEYS: `${key.toString('base64url')}, ${randomBytes(32).toString('base64')}`,
        W2G_REVOKED_TOKENS: 'AAAAAAAAAAAAAAAA,BBBBBBBBBBBBBBBB',
        W2G_RAW_TOKENS: 'deny',
        W2G_ALLOW_REPOS: 'octo/*, acme/site',
        W2G_GITHUB_APP_ID: '123',
        W2G_GITHUB_APP_PRIVATE_KEY: pem.replace(/\n/g, '\\n'),
        W2G_PUBLIC_URL: 'https://relay.example/',
      },
    );
    expect(Buffer.from(c.sealingKeys[0]!).equals(key)).toBe(true);
    expect(c.sealingKeys).toHaveLength(2);
    expect(c).toMatchObject({
      revokedTokens: ['AAAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBBB'],
      rawTokens: 'deny',
      allowRepos: ['octo/*', 'acme/site'],
      githubAppId: '123',
      publicUrl: 'https://relay.example',
    });
    expect(githubAppOf(c)).toEqual({ appId: '123', privateKey: pem.replace(/\n/g, '\\n') });
  });

  it('reads the App key from --github-app-key-file; a bad file is named, its content never shown', () => {
    const file = join(dir, 'app.pem');
    writeFileSync(file, pem);
    expect(loadNodeConfig({ githubAppKeyFile: file, githubAppId: '7' }, {}).githubAppPrivateKey).toBe(pem);
    const bad = join(dir, 'bad.pem');
    writeFileSync(bad, 'secret-looking-content');
    expect(() => loadNodeConfig({ githubAppKeyFile: bad }, {})).toThrow(
      /Invalid --github-app-key-file ".*bad\.pem": expected a readable file holding a PEM private key/,
    );
    expect(() => loadNodeConfig({ githubAppKeyFile: join(dir, 'missing.pem') }, {})).toThrow(/--github-app-key-file/);
  });

  it('never quotes a secret in an error, and names the flag and the variable', () => {
    const secretish = `not-a-key-${randomBytes(8).toString('hex')}`;
    for (const env of [{ W2G_SEALING_KEYS: secretish }, { W2G_GITHUB_APP_PRIVATE_KEY: secretish }]) {
      let message = '';
      try {
        loadNodeConfig({}, env);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/^Invalid W2G_\w+ \(value not shown\): expected/);
      expect(message).not.toContain(secretish);
    }
    expect(() => loadNodeConfig({}, { W2G_RAW_TOKENS: 'maybe' })).toThrow(/Invalid W2G_RAW_TOKENS "maybe": expected `allow` or `deny` \(flag --raw-tokens/);
    expect(() => loadNodeConfig({}, { W2G_ALLOW_REPOS: 'octo' })).toThrow(/W2G_ALLOW_REPOS/);
    expect(() => loadNodeConfig({}, { W2G_REVOKED_TOKENS: 'short' })).toThrow(/W2G_REVOKED_TOKENS/);
  });

  it('a GitHub App needs both halves', () => {
    expect(() => githubAppOf(loadNodeConfig({}, { W2G_GITHUB_APP_ID: '1' }))).toThrow(/W2G_GITHUB_APP_ID is set but W2G_GITHUB_APP_PRIVATE_KEY/);
    expect(() => githubAppOf(loadNodeConfig({}, { W2G_GITHUB_APP_PRIVATE_KEY: pem }))).toThrow(/W2G_GITHUB_APP_ID is not/);
    expect(githubAppOf(loadNodeConfig({}, {}))).toBeUndefined();
  });
});

describe('credential settings on Workers (bindings)', () => {
  it('the same names and parsers; a wrong binding is named, a secret never quoted', () => {
    const c = configFromEnv({ W2G_SEALING_KEYS: key.toString('base64url'), W2G_RAW_TOKENS: 'deny', W2G_ALLOW_REPOS: 'octo/bot' });
    expect(c).toMatchObject({ rawTokens: 'deny', allowRepos: ['octo/bot'] });
    expect(c.sealingKeys).toHaveLength(1);
    expect(() => configFromEnv({ W2G_RAW_TOKENS: 'nope' })).toThrow(/W2G_RAW_TOKENS/);
    const state = buildRelayState({ W2G_GITHUB_APP_ID: '5' });
    expect('error' in state && state.error.message).toMatch(/the binding W2G_GITHUB_APP_ID is set but the secret W2G_GITHUB_APP_PRIVATE_KEY is not/);
  });
});

describe('a wrong secret binding on Workers', () => {
  it('is named, never quoted (the message is answered to every request)', () => {
    const secretish = `not-a-key-${randomBytes(8).toString('hex')}`;
    for (const env of [{ W2G_SEALING_KEYS: secretish }, { W2G_GITHUB_APP_PRIVATE_KEY: secretish }]) {
      const state = buildRelayState(env);
      expect('error' in state && state.error.message).toMatch(/^Invalid secret W2G_\w+ \(value not shown\)/);
      expect('error' in state && state.error.message).not.toContain(secretish);
    }
  });
});
