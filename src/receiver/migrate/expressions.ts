/**
 * Rewrites Actionsflow's `on.<trigger>.…` references in GitHub expressions to what a native
 * workflow has: the route job's outputs and the matrix item.
 * https://actionsflow.github.io/docs/workflow/#jobsjob_idstepsrun (Actionsflow: `on.<trigger>.outputs`)
 * https://docs.github.com/actions/reference/workflows-and-actions/expressions
 */

/** How `on.<trigger>` is read where the expression stands. */
export interface RewriteContext {
  /** Id of the route job (`route`). */
  route: string;
  /** The webhook triggers of the file (one of them started the run). */
  webhookTriggers: ReadonlySet<string>;
  /** Every trigger of the file's `on:` (the others never run here: outcome `skipped`). */
  allTriggers: ReadonlySet<string>;
  /**
   * `matrix`: inside the job's steps and other matrix-aware keys, the item is `matrix.<key>`;
   * `item`: where GitHub has no matrix yet (a job's `if`, `strategy`), the route's first item
   * (a webhook trigger yields at most one item per request).
   */
  mode: 'matrix' | 'item';
  /** The matrix key that holds the item (`item`). */
  matrixKey: string;
}

/** A rewritten text and the references that could not be translated. */
export interface Rewritten {
  text: string;
  untranslated: string[];
}

const NAME = /[A-Za-z0-9_-]/;

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The whole item of trigger `t`, as an expression. */
function itemOf(t: string, ctx: RewriteContext): string {
  const routeOut = `needs.${ctx.route}.outputs`;
  if (!ctx.webhookTriggers.has(t)) return "fromJSON('{}')";
  const single = ctx.webhookTriggers.size === 1;
  if (ctx.mode === 'matrix') {
    return single ? `matrix.${ctx.matrixKey}` : `fromJSON(${routeOut}.trigger == ${quote(t)} && toJSON(matrix.${ctx.matrixKey}) || '{}')`;
  }
  return single ? `fromJSON(${routeOut}.item)` : `fromJSON(${routeOut}.trigger == ${quote(t)} && ${routeOut}.item || '{}')`;
}

/** `on.<t>.outcome` / `.conclusion`: success for the trigger that ran, skipped for the others. */
function outcomeOf(t: string, ctx: RewriteContext): string {
  if (!ctx.webhookTriggers.has(t)) return "'skipped'";
  if (ctx.webhookTriggers.size === 1) return "'success'";
  return `(needs.${ctx.route}.outputs.trigger == ${quote(t)} && 'success' || 'skipped')`;
}

/** Reads a property chain after `on` at `at`: `.name` or `['name']` parts, with their text. */
function chain(expr: string, at: number): { parts: string[]; ends: number[] } {
  const parts: string[] = [];
  const ends: number[] = [];
  let i = at;
  for (;;) {
    if (expr[i] === '.') {
      let j = i + 1;
      while (j < expr.length && NAME.test(expr[j] as string)) j++;
      if (j === i + 1) break;
      parts.push(expr.slice(i + 1, j));
      i = j;
    } else if (expr[i] === '[') {
      const m = /^\[\s*'((?:[^']|'')*)'\s*\]/.exec(expr.slice(i));
      if (!m) break;
      parts.push((m[1] as string).replace(/''/g, "'"));
      i += m[0].length;
    } else break;
    ends.push(i);
  }
  return { parts, ends };
}

/**
 * Rewrites one expression (the text inside `${{ }}`, or a whole `if:`): `on.T.outputs…` → the
 * item, `on.T.outcome` / `on.T.conclusion` → `'success'` or `'skipped'`. String literals are left
 * alone. Anything else under `on.` cannot mean anything in a native workflow: it becomes `''`
 * and is reported.
 */
export function rewriteExpression(expr: string, ctx: RewriteContext): Rewritten {
  const untranslated: string[] = [];
  let out = '';
  let i = 0;
  while (i < expr.length) {
    const c = expr[i] as string;
    if (c === "'") {
      // A string literal: '' is an escaped quote.
      let j = i + 1;
      while (j < expr.length && !(expr[j] === "'" && expr[j + 1] !== "'")) j += expr[j] === "'" ? 2 : 1;
      out += expr.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const before = i === 0 ? '' : (expr[i - 1] as string);
    if (expr.startsWith('on', i) && !NAME.test(before) && before !== '.' && (expr[i + 2] === '.' || expr[i + 2] === '[')) {
      const { parts, ends } = chain(expr, i + 2);
      const [t, kind] = parts;
      if (t !== undefined && ctx.allTriggers.has(t) && kind === 'outputs') {
        out += itemOf(t, ctx);
        i = ends[1] as number;
        continue;
      }
      if (t !== undefined && ctx.allTriggers.has(t) && (kind === 'outcome' || kind === 'conclusion') && parts.length === 2) {
        out += outcomeOf(t, ctx);
        i = ends[1] as number;
        continue;
      }
      const end = ends[ends.length - 1] ?? i + 2;
      untranslated.push(expr.slice(i, end));
      out += "''";
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  return { text: out, untranslated };
}

/** Rewrites every `${{ … }}` in a string value. */
export function rewriteTemplate(text: string, ctx: RewriteContext): Rewritten {
  const untranslated: string[] = [];
  const out = text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, inner: string) => {
    const r = rewriteExpression(inner, ctx);
    untranslated.push(...r.untranslated);
    return `\${{${r.text}}}`;
  });
  return { text: out, untranslated };
}

/**
 * The expression of an `if:` value: GitHub reads a bare `if:` as an expression, and one wrapped
 * whole in `${{ }}` is the same. Undefined when the text mixes both (not one expression).
 */
export function ifExpression(value: string): string | undefined {
  const whole = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value);
  if (whole && !(whole[1] as string).includes('}}')) return (whole[1] as string).trim();
  return value.includes('${{') ? undefined : value.trim();
}
