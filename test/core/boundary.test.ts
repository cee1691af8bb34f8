import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core must run on Workers: Web APIs only. Its imports may be relative, Hono, or
// universal-github-app-jwt (GitHub App JWTs over Web Crypto) and uuid (time-ordered delivery ids
// over Web Crypto), nothing else.
const CORE = join(import.meta.dirname, '..', '..', 'src', 'core');
const ALLOWED = /^(\.{1,2}\/|hono(\/|$)|universal-github-app-jwt$|uuid$)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('src/core boundary', () => {
  const files = sources(CORE);
  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files.map((f) => [f.slice(CORE.length + 1), f]))('%s imports only relative modules, hono, universal-github-app-jwt and uuid', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    );
    const bad = specifiers.filter((s) => !ALLOWED.test(s));
    expect(bad).toEqual([]);
    expect(text).not.toMatch(/\bprocess\.env\b|\brequire\(/);
  });
});
