import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
// @ts-expect-error -- a plain .mjs module without type declarations
import { targets } from '../../scripts/build-targets.mjs';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('dist/action is up to date', () => {
  it('rebuilding src/receiver/action/index.ts gives the committed dist/action/index.js', async () => {
    // The `action` target of scripts/build.mjs, written to memory instead of dist/.
    const out = await build({
      ...(targets.action as BuildOptions),
      absWorkingDir: root,
      write: false,
      logLevel: 'silent',
    });
    const fresh = out.outputFiles.find((f) => f.path.endsWith('index.js'));
    const committed = readFileSync(resolve(root, 'dist/action/index.js'), 'utf8');
    expect(fresh?.text === committed, 'dist/action/index.js is stale: run `node scripts/build.mjs --only action` and commit it').toBe(true);
  });

  it('the bundle is self-contained (imports only node: built-ins)', () => {
    const text = readFileSync(resolve(root, 'dist/action/index.js'), 'utf8');
    const imports = [...text.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1]);
    expect(imports.every((s) => s?.startsWith('node:') || ['fs', 'path', 'os', 'zlib', 'crypto'].includes(s ?? ''))).toBe(true);
  });
});
