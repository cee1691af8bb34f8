// Bundles bench/verify-cost.ts (TypeScript, imports src/ and test/support/) to dist/bench and runs it.
// Usage: node bench/verify-cost.mjs [iterations]
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const out = join(ROOT, 'dist', 'bench', 'verify-cost.mjs');
await build({
  entryPoints: [join(ROOT, 'bench', 'verify-cost.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(out).href);
