// Builds every runtime entry with esbuild: the Node CLI/server, the Worker, and the Action.
// Usage: node scripts/build.mjs [--quiet] [--only node|worker|action]
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { targets } from './build-targets.mjs';

const quiet = process.argv.includes('--quiet');
const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx > 0 ? process.argv[onlyIdx + 1] : undefined;

for (const [name, options] of Object.entries(targets)) {
  if (only && only !== name) continue;
  const entries = Object.values(options.entryPoints);
  if (!entries.every((e) => existsSync(e))) {
    if (!quiet) console.log(`build: skipping ${name} (entry not present yet)`);
    continue;
  }
  // Code-split output leaves hashed chunks behind: start from an empty folder (dist/action is one file).
  if (options.splitting) rmSync(options.outdir, { recursive: true, force: true });
  await build({ logLevel: quiet ? 'warning' : 'info', ...options });
}
