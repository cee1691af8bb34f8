// Bundles bench/credential-cost.ts (TypeScript, imports src/) to dist/bench and runs it.
// Usage: node bench/credential-cost.mjs [iterations]
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const out = join(ROOT, 'dist', 'bench', 'credential-cost.mjs');
await build({
  entryPoints: [join(ROOT, 'bench', 'credential-cost.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(out).href);
