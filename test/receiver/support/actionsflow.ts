/**
 * Runs Actionsflow's own code on events (see actionsflow-run.cjs) in a child process and returns
 * what it yields: per event, each task (workflow + trigger Actionsflow ran) with its items, or the
 * error it failed with, and the workflow Actionsflow builds from the items.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(import.meta.dirname, 'actionsflow-run.cjs');

/** One trigger Actionsflow ran for an event. */
export interface ActionsflowTask {
  /** The workflow file under workflows/ (`tg.yml`). */
  workflow: string;
  trigger: string;
  items?: unknown[];
  outcome?: string;
  /** What `getBuiltWorkflows` made of the items: native workflow data, one job group per item. */
  built?: { jobs: Record<string, Record<string, unknown>> }[];
  error?: string;
}

/** Runs Actionsflow for each event in the workspace (`<cwd>/workflows`), with these secrets. */
export function runActionsflow(cwd: string, events: unknown[], secrets: Record<string, string> = {}): Promise<{ tasks: ActionsflowTask[] }[]> {
  const dir = mkdtempSync(join(tmpdir(), 'w2g-actionsflow-'));
  const jobFile = join(dir, 'job.json');
  const outFile = join(dir, 'out.json');
  writeFileSync(jobFile, JSON.stringify({ cwd, secrets, events }));
  return new Promise((done, fail) => {
    execFile(process.execPath, [SCRIPT, jobFile, outFile], { cwd, env: { PATH: process.env.PATH ?? '' }, timeout: 120_000 }, (err, _stdout, stderr) => {
      if (err) fail(new Error(`Actionsflow run failed: ${stderr || err.message}`));
      else done(JSON.parse(readFileSync(outFile, 'utf8')) as { tasks: ActionsflowTask[] }[]);
    });
  });
}
