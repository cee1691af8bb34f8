import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ReceiverError } from '../receiver-error.js';
import { migrateWorkflow, type Migrated } from './migrate.js';

/** Settings of `webhook2github migrate`. */
export interface MigrateFolderOptions {
  workflowsDir: string;
  outDir: string;
  /** The repository root: the Action's `workflows` input is the folder relative to it. */
  cwd: string;
  action: string;
  eventType: string;
  force: boolean;
  dryRun: boolean;
}

/** What `migrate` did: the text it prints, and whether every file could be written. */
export interface MigrateFolderResult {
  ok: boolean;
  report: string;
  /** Written (or, with dryRun, would be written) native workflows: path → text. */
  written: Map<string, string>;
  migrated: Migrated[];
}

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(full));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/**
 * Migrates every Actionsflow workflow under a folder into `<outDir>/<name>.yml` (a nested
 * `chat/tg.yml` becomes `chat-tg.yml`: GitHub reads workflows from one flat folder). Existing
 * files are never overwritten without `force`. The report lists each file, its jobs and every
 * note, so nothing is lost silently.
 */
export function migrateFolder(options: MigrateFolderOptions): MigrateFolderResult {
  const dir = resolve(options.cwd, options.workflowsDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ReceiverError(
      `workflows folder "${options.workflowsDir}" does not exist (give the folder of your Actionsflow workflow files, usually workflows)`,
    );
  }
  const input = relative(options.cwd, dir).split(sep).join('/');
  if (input === '' || input.startsWith('..') || isAbsolute(input)) {
    throw new ReceiverError(`workflows folder "${options.workflowsDir}" must be inside the repository (run migrate from the repository root)`);
  }
  const outDir = resolve(options.cwd, options.outDir);
  const lines: string[] = [];
  const written = new Map<string, string>();
  const migrated: Migrated[] = [];
  let ok = true;
  for (const file of listYaml(dir)) {
    const name = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.ya?ml$/i, '');
    const shown = relative(options.cwd, file).split(sep).join('/');
    let result: Migrated;
    try {
      result = migrateWorkflow(name, shown, readFileSync(file, 'utf8'), {
        workflowsInput: input,
        action: options.action,
        eventType: options.eventType,
      });
    } catch (err) {
      ok = false;
      lines.push(`✗ ${shown}: ${(err as Error).message}`);
      continue;
    }
    migrated.push(result);
    if (result.text === undefined) {
      lines.push(`- ${result.notes[0] ?? `${shown}: not migrated`}`);
      for (const n of result.notes.slice(1)) lines.push(`    ${n}`);
      continue;
    }
    const target = join(outDir, `${name.replace(/\//g, '-')}.yml`);
    const targetShown = relative(options.cwd, target).split(sep).join('/');
    if (written.has(target)) {
      ok = false;
      lines.push(`✗ ${shown}: ${targetShown} is already the output of another workflow; rename one of them`);
      continue;
    }
    if (!options.dryRun && !options.force && existsSync(target)) {
      ok = false;
      lines.push(`✗ ${shown}: ${targetShown} exists; pass --force to overwrite it`);
      continue;
    }
    written.set(target, result.text);
    lines.push(`✓ ${shown} → ${targetShown}: jobs ${result.jobs.join(', ')}`);
    for (const n of result.notes) lines.push(`    ${n}`);
  }
  if (!options.dryRun) {
    for (const [target, text] of written) {
      mkdirSync(resolve(target, '..'), { recursive: true });
      writeFileSync(target, text);
    }
  }
  const done = [...written.keys()].length;
  const head = options.dryRun
    ? `${done} workflow(s) would be written`
    : `${done} workflow(s) written to ${relative(options.cwd, outDir).split(sep).join('/') || '.'}`;
  const tail = [
    '',
    head,
    'Next: commit them, remove the Actionsflow workflow (.github/workflows/actionsflow.yml) once these run,',
    `and point each webhook at the relay: https://<relay-host>/<owner>/<repo>/<workflow>/<trigger>?__token=<github-token>`,
  ];
  let report = `${lines.join('\n')}\n${tail.join('\n')}\n`;
  if (options.dryRun) for (const [target, text] of written) report += `\n# ---- ${relative(options.cwd, target)}\n${text}`;
  return { ok, report, written, migrated };
}
