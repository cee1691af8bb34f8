/**
 * The credential key when `W2G_SECRET` is not set: 32 random bytes in `<db>.key` beside the
 * database, created once with mode 0600 and reused after restarts.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

/** Path of the key file for a database file. */
export function keyFilePath(dbFile: string): string {
  return `${dbFile}.key`;
}

/** Reads the key file, creating it (mode 0600, never overwriting) when missing. */
export function loadOrCreateKeyFile(path: string): Uint8Array {
  try {
    return decode(readFileSync(path, 'utf8'), path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomBytes(32);
  try {
    // `wx`: fail if another process created it meanwhile; then use theirs.
    writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
    return new Uint8Array(key);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return decode(readFileSync(path, 'utf8'), path);
  }
}

function decode(text: string, path: string): Uint8Array {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length < 32) throw new Error(`Key file ${path} is damaged (expected 32 base64 bytes). Restore it, or set W2G_SECRET.`);
  return new Uint8Array(key);
}
