// Builds every runtime entry with esbuild: the Node CLI/server, the core, the Worker, and the Action.
// With --types it also writes the declarations of the package's exports map to dist/types (tsc takes
// seconds, so `npm run build` and `prepare` pass it and the test build does not; `--only types`
// writes just those).
// Usage: node scripts/build.mjs [--quiet] [--types] [--only node|core|worker|action|types]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { targets } from './build-targets.mjs';

const quiet = process.argv.includes('--quiet');
const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx > 0 ? process.argv[onlyIdx + 1] : undefined;
const types = process.argv.includes('--types') || only === 'types';

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

if (types && (!only || only === 'types')) {
  // Fresh each time, so declarations of renamed or deleted modules do not linger. Written elsewhere
  // and swapped in, so a reader (a test packing the package meanwhile) never finds dist/types
  // missing or half written.
  // (Not inside dist/: npm pack takes all of it.)
  const fresh = `node_modules/.cache/webhook2github/types-${process.pid}`;
  const old = `node_modules/.cache/webhook2github/types-old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.types.json', '--outDir', fresh], { stdio: 'inherit' });
  } catch (err) {
    rmSync(fresh, { recursive: true, force: true });
    throw err;
  }
  if (existsSync('dist/types')) renameSync('dist/types', old);
  renameSync(fresh, 'dist/types');
  rmSync(old, { recursive: true, force: true });
  if (!quiet) console.log('build: declarations in dist/types');
}
