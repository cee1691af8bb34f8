import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { ReceiverError } from './receiver-error.js';

/** One Actionsflow-style workflow file and its triggers (`on:`), secrets not yet filled. */
export interface WorkflowFile {
  /** Path under the workflows folder without extension, `/`-separated (`chat/tg`). */
  name: string;
  /** Path of the file, for messages. */
  file: string;
  /** Trigger name → raw options (`on.<trigger>`; null when given without options). A Map: names come from the request path. */
  triggers: ReadonlyMap<string, unknown>;
  /** Why the file could not be read (then it has no triggers, and requests for it get this error). */
  error?: string;
}

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(full));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out;
}

function triggersOf(on: unknown): Map<string, unknown> {
  if (typeof on === 'string') return new Map([[on, null]]);
  if (Array.isArray(on)) return new Map(on.map((t) => [String(t), null]));
  if (typeof on === 'object' && on !== null) return new Map(Object.entries(on));
  return new Map();
}

/** Parses one workflow file's text. */
export function parseWorkflow(name: string, file: string, text: string): WorkflowFile {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new ReceiverError(`${file} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const on = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).on : undefined;
  return { name, file, triggers: triggersOf(on) };
}

/**
 * Loads every `*.yml` / `*.yaml` under the folder (nested folders allowed). A missing folder
 * throws; a file that is not YAML is kept with its `error`, so it breaks only its own routes.
 */
export function loadWorkflows(dir: string): WorkflowFile[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new ReceiverError(`workflows folder "${dir}" does not exist (set the workflows input / --workflows to the folder of your trigger files)`);
  }
  return listYaml(dir)
    .sort()
    .map((file) => {
      const name = relative(dir, file)
        .split(sep)
        .join('/')
        .replace(/\.ya?ml$/i, '');
      try {
        return parseWorkflow(name, file, readFileSync(file, 'utf8'));
      } catch (err) {
        return { name, file, triggers: new Map(), error: err instanceof Error ? err.message : String(err) };
      }
    });
}
