import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCredentialBox } from '../../src/core/delivery/credential-box.js';
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
    await expect(box.open(a.slice(0, -4) + 'AAAA', 'd1')).rejects.toThrow();
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
