// Builds every runtime entry with esbuild: the Node CLI/server, the Worker, and the Action.
// Usage: node scripts/build.mjs [--quiet] [--only node|worker|action]
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  const result = await build({ logLevel: quiet ? 'warning' : 'info', metafile: true, ...options });
  // Code-split output leaves the previous build's hashed chunks behind: remove what this build did
  // not write (after writing, so a running process never finds its folder empty).
  if (options.splitting) {
    const written = new Set(Object.keys(result.metafile.outputs).map((f) => resolve(f)));
    const chunks = resolve(options.outdir, 'chunks');
    if (existsSync(chunks)) {
      for (const name of readdirSync(chunks)) {
        const file = join(chunks, name);
        if (!written.has(file)) rmSync(file, { force: true });
      }
    }
  }
}
