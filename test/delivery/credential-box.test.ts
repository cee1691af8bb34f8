import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCredentialBox } from '../../src/core/delivery/credential-box.js';
import { createNodeCredentialBox } from '../../src/node/credential-box.js';
import { keyFilePath, loadOrCreateKeyFile } from '../../src/node/key-file.js';

const TOKEN = 'token ghp_ExampleTokenValue1234567890abcdefXYZ';

describe('credential box', () => {
  it('seals and opens, with a fresh IV each time, bound to the delivery id', async () => {
    const box = await createCredentialBox('a long shared secret');
    const a = await box.seal(TOKEN, 'd1');
    const b = await box.seal(TOKEN, 'd1');
    expect(a).not.toBe(b);
    expect(a.startsWith('v1.')).toBe(true);
    expect(a).not.toContain('ghp_');
    expect(await box.open(a, 'd1')).toBe(TOKEN);
    await expect(box.open(a, 'd2')).rejects.toThrow();
    await expect(box.open(`${a.slice(0, -4)}AAAA`, 'd1')).rejects.toThrow();
    await expect(box.open('garbage', 'd1')).rejects.toThrow();
  });

  it('only opens with the same key material', async () => {
    const sealed = await (await createCredentialBox('secret one')).seal(TOKEN, 'd');
    await expect((await createCredentialBox('secret two')).open(sealed, 'd')).rejects.toThrow();
    expect(await (await createCredentialBox('secret one')).open(sealed, 'd')).toBe(TOKEN);
  });

  it('derives a stable pace key that is not the token', async () => {
    const box = await createCredentialBox(new Uint8Array(32).fill(7));
    const k = await box.paceKey(TOKEN);
    expect(k).toMatch(/^[0-9a-f]{32}$/);
    expect(await box.paceKey(TOKEN)).toBe(k);
    expect(await box.paceKey('token other')).not.toBe(k);
  });
});

describe('node:crypto credential box', () => {
  const material = [new Uint8Array(32).fill(9), 'a long shared secret'] as const;

  it('opens what the Web Crypto box sealed, and the other way round', async () => {
    for (const km of material) {
      const web = await createCredentialBox(km);
      const node = createNodeCredentialBox(km);
      for (const token of [TOKEN, 'Bearer ghs_ünïcødé-✓', '']) {
        expect(await node.open(await web.seal(token, 'id-1'), 'id-1')).toBe(token);
        expect(await web.open(await node.seal(token, 'id-1'), 'id-1')).toBe(token);
      }
      expect(await node.paceKey(TOKEN)).toBe(await web.paceKey(TOKEN));
    }
  });

  it('seals with a fresh IV, bound to the id and the key', async () => {
    const box = createNodeCredentialBox('a long shared secret');
    const seen = new Set<string>();
    for (let i = 0; i < 600; i++) seen.add((await box.seal(TOKEN, 'd1')).slice(3, 19));
    expect(seen.size).toBe(600);
    const a = await box.seal(TOKEN, 'd1');
    expect(a.startsWith('v1.')).toBe(true);
    expect(a).not.toContain('ghp_');
    await expect(box.open(a, 'd2')).rejects.toThrow();
    await expect(box.open(`${a.slice(0, -4)}AAAA`, 'd1')).rejects.toThrow();
    await expect(box.open('garbage', 'd1')).rejects.toThrow();
    await expect(box.open('v1.AAAA', 'd1')).rejects.toThrow();
    await expect(createNodeCredentialBox('secret two').open(a, 'd1')).rejects.toThrow();
    await expect((await createCredentialBox('secret two')).open(a, 'd1')).rejects.toThrow();
  });
});

describe('key file', () => {
  it('is created once with mode 0600 and reused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'w2g-key-'));
    const path = keyFilePath(join(dir, 'outbox.db'));
    const a = loadOrCreateKeyFile(path);
    expect(a.length).toBe(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateKeyFile(path)).toEqual(a);
    expect(readFileSync(path, 'utf8').trim()).toBe(Buffer.from(a).toString('base64'));
    rmSync(dir, { recursive: true, force: true });
  });
});
