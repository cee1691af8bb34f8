// The esbuild options of every runtime entry, shared by scripts/build.mjs and the test that
// checks the committed dist/action bundle is fresh.

/** @type {Record<string, import('esbuild').BuildOptions>} */
export const targets = {
  node: {
    entryPoints: { cli: 'src/node/cli.ts', index: 'src/node/index.ts', 'sqlite-writer': 'src/node/sqlite-writer.ts' },
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
  // `webhook2github/core`: the runtime-neutral core for other hosts; its dependency (hono) stays an import.
  core: {
    entryPoints: { index: 'src/core/index.ts' },
    outdir: 'dist/core',
    platform: 'neutral',
    target: 'es2022',
    format: 'esm',
    bundle: true,
    packages: 'external',
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
