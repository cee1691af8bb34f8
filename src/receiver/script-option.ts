import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createContentDigest } from './content-digest.js';
import { ReceiverError } from './receiver-error.js';

/** Where a script option comes from, for its `require` and its error messages. */
export interface ScriptSource {
  /** The workflow file (require() resolves from its folder, so the repository's node_modules are found). */
  file: string;
  trigger: string;
  /** Where a script's `helpers.log` lines go. */
  log: (line: string) => void;
}

/** The `helpers` a script sees: the parts of Actionsflow's that need no network or cache. */
function helpersFor(source: ScriptSource): Record<string, unknown> {
  const line =
    (level: string) =>
    (...args: unknown[]) =>
      source.log(`${source.file} [${source.trigger}] ${level}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
  return {
    createContentDigest,
    log: { trace: line('trace'), debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') },
    sleep: (ms: number) => new Promise((done) => setTimeout(done, ms)),
  };
}

/** A compiled script option: call it with the names it may use (`item`, `index`, `a`, `b` …). */
export type CompiledScript = (scope: Record<string, unknown>) => unknown;

/**
 * Compiles `config.format`, `filterScript` or `sortScript` the way Actionsflow evaluates them: the
 * text is a function body run with its names in scope (`with`), plus `require` and `helpers`,
 * and what it returns is the result. The code is the repository owner's own, from their
 * workflow file, run inside their own Actions job, as under Actionsflow. Code that does not
 * compile (checked when it first runs) or throws fails with a message naming the file, trigger and option.
 * https://actionsflow.github.io/docs/workflow/#ontriggerconfig
 */
export function compileScript(name: string, code: string, source: ScriptSource): CompiledScript {
  const where = `${source.file} [${source.trigger}] ${name}`;
  // Compiled on first use, as Actionsflow compiles on each call: a sortScript over one item never runs.
  let fn: ((this: Record<string, unknown>) => unknown) | undefined;
  const base = { require: createRequire(resolve(source.file)), helpers: helpersFor(source) };
  return (scope) => {
    if (!fn) {
      try {
        // Function bodies are sloppy-mode code, so `with` works as it does in Actionsflow.
        fn = new Function(`with(this){\n${code}\n}`) as (this: Record<string, unknown>) => unknown;
      } catch (err) {
        throw new ReceiverError(`An error occurred in the ${where} function: it does not compile: ${String(err)}`);
      }
    }
    try {
      return fn.call({ ...base, ...scope });
    } catch (err) {
      throw new ReceiverError(`An error occurred in the ${where} function: ${String(err)}`);
    }
  };
}
