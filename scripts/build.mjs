// Builds every runtime entry with esbuild: the Node CLI/server, the Worker, and the Action.
// Usage: node scripts/build.mjs [--quiet] [--only node|worker|action]
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');
const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx > 0 ? process.argv[onlyIdx + 1] : undefined;

/** @type {Record<string, import('esbuild').BuildOptions>} */
const targets = {
  node: {
    entryPoints: { cli: 'src/node/cli.ts', index: 'src/node/index.ts' },
    outdir: 'dist/node',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    bundle: true,
    packages: 'external',
    // Subcommands load their modules on use (chunks), so `serve` starts without the receiver.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
  },
  worker: {
    entryPoints: { index: 'src/worker/index.ts' },
    outdir: 'dist/worker',
    platform: 'neutral',
    target: 'es2022',
    format: 'esm',
    bundle: true,
    mainFields: ['module', 'main'],
    conditions: ['worker', 'workerd', 'browser'],
    minify: false,
  },
  action: {
    entryPoints: { index: 'src/receiver/action/index.ts' },
    outdir: 'dist/action',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    bundle: true,
    // The committed bundle must be self-contained: the runner has no node_modules.
    banner: { js: "import { createRequire as __w2gCreateRequire } from 'node:module'; const require = __w2gCreateRequire(import.meta.url);" },
    legalComments: 'none',
  },
};

for (const [name, options] of Object.entries(targets)) {
  if (only && only !== name) continue;
  const entries = Object.values(options.entryPoints);
  if (!entries.every((e) => existsSync(e))) {
    if (!quiet) console.log(`build: skipping ${name} (entry not present yet)`);
    continue;
  }
  await build({ logLevel: quiet ? 'warning' : 'info', ...options });
}
