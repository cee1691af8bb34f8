/**
 * Builds dist/node (the CLI) only when a source file is newer than it, so test files that run
 * `bin/webhook2github.js` do not rewrite it under each other when `npm test` already built it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

function newest(dir: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return max;
}

/** Ensures dist/node/cli.js is at least as new as everything under src/. */
export function ensureNodeBuild(): void {
  let built = 0;
  try {
    built = statSync(join(ROOT, 'dist/node/cli.js')).mtimeMs;
  } catch {
    built = 0;
  }
  if (built < newest(join(ROOT, 'src'))) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--only', 'node', '--quiet'], { cwd: ROOT });
  }
}
