/**
 * Runs the bundled Action the way the runner does: `node dist/action/index.js` in a child
 * process with `INPUT_*`, `GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`, `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` pointing at files in a temp dir; then parses the output file.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ACTION_ENTRY = resolve(import.meta.dirname, '../../../dist/action/index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

/** Parses `$GITHUB_OUTPUT` (both `name=value` and `name<<DELIM` forms). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Writes trigger files into a fresh workflows folder; returns the temp root. */
export function makeWorkspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'w2g-recv-'));
  for (const [name, text] of Object.entries(files)) {
    const file = join(root, 'workflows', name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

/** Runs the bundled Action with the event in a workspace; `inputs` are action inputs by name. */
export function runAction(options: {
  workspace: string;
  event: unknown;
  /** The event file's text as is, instead of `event` serialized (for values JSON.stringify cannot write). */
  eventText?: string;
  inputs?: Record<string, string>;
  eventName?: string;
  env?: Record<string, string>;
  /** The Node binary to run the bundle with, as the runner's `runs.using` picks it (default: this process's Node). */
  node?: string;
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'w2g-runner-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, options.eventText ?? JSON.stringify(options.event));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'repository_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo/hooks',
    // Unreachable on purpose: no test may reach an outside host.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((done) => {
    execFile(options.node ?? process.execPath, [ACTION_ENTRY], { cwd: options.workspace, env }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      done({
        code,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
        dir,
      });
    });
  });
}
