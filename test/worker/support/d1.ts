/**
 * D1 in tests: the project's `migrations/` applied to a Miniflare D1 database (what
 * `wrangler d1 migrations apply` runs), and Worker test hosts bundled from TypeScript with esbuild.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const MIGRATIONS_DIR = join(ROOT, 'migrations');

/** The statements of every migration file, in file-name order (wrangler's order). */
export function migrationStatements(): string[] {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
  return files.flatMap((f) =>
    readFileSync(join(MIGRATIONS_DIR, f), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('--'))
      .join('\n')
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** The slice of Miniflare's D1 proxy used here. */
interface D1Proxy {
  prepare(sql: string): unknown;
  batch(statements: unknown[]): Promise<unknown>;
}

/** Applies migrations/ to a Miniflare D1 binding (from `mf.getD1Database(name)`). */
export async function applyMigrations(db: unknown): Promise<void> {
  const d1 = db as D1Proxy;
  await d1.batch(migrationStatements().map((s) => d1.prepare(s)));
}

/** Bundles a Worker module written in TypeScript (a test host) to one file; returns its path. */
export async function bundleWorker(entry: string): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'w2g-host-'));
  await build({
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['worker', 'workerd', 'browser'],
    logLevel: 'warning',
  });
  return join(outdir, 'index.js');
}
