import { randomBytes } from 'node:crypto';
import type { ReceiveResult } from './receive.js';

/**
 * The names of the Action's outputs, in action.yml's order: the one list that the outputs writer,
 * action.yml's test and the README's test read.
 */
export const ACTION_OUTPUT_NAMES = [
  'matched',
  'workflow',
  'trigger',
  'items',
  'item',
  'reason',
  'id',
  'method',
  'path',
  'origin-path',
  'headers',
  'body',
  'body-file',
  'query',
  'querystring',
  'params',
] as const;

/** One of {@link ACTION_OUTPUT_NAMES}. */
export type ActionOutputName = (typeof ACTION_OUTPUT_NAMES)[number];

/** The Action's outputs, every name set, all strings. */
export type ActionOutputs = Record<ActionOutputName, string>;

/**
 * The outputs when no trigger took the request: `matched` false, the reason, empty JSON
 * containers where a JSON value is expected, and every other output empty.
 */
export function unmatchedOutputs(reason: string): ActionOutputs {
  const outputs = Object.fromEntries(ACTION_OUTPUT_NAMES.map((name) => [name, ''])) as ActionOutputs;
  return { ...outputs, matched: 'false', items: '[]', reason, headers: '{}', query: '{}', params: '{}' };
}

/** Builds the outputs from a result; `bodyFile` is where the raw body was written ('' if none). */
export function actionOutputs(result: ReceiveResult, bodyFile: string): ActionOutputs {
  const r = result.request;
  return {
    matched: String(result.matched),
    workflow: result.workflow ?? '',
    trigger: result.trigger ?? '',
    items: JSON.stringify(result.items),
    item: result.items.length === 0 ? '' : (JSON.stringify(result.items[0]) ?? 'null'),
    reason: result.reason ?? '',
    id: r.id,
    method: r.method,
    path: result.matched ? r.path : r.originPath,
    'origin-path': r.originPath,
    headers: JSON.stringify(r.headers),
    body: r.bodyText,
    'body-file': bodyFile,
    query: JSON.stringify(r.query),
    querystring: r.querystring,
    params: JSON.stringify(r.params),
  };
}

/** GitHub's limit for one output value: 1 MB. https://docs.github.com/actions/reference/workflows-and-actions/metadata-syntax#outputs-for-docker-container-and-javascript-actions */
export const OUTPUT_LIMIT_BYTES = 1_000_000;

/**
 * Empties outputs too large for GitHub (a big body that travelled as a blob), so the step still
 * succeeds; returns the names emptied. The raw body stays available in `body-file`.
 */
export function fitOutputs(outputs: Record<string, string>, limit = OUTPUT_LIMIT_BYTES): string[] {
  const emptied: string[] = [];
  for (const [name, value] of Object.entries(outputs)) {
    if (Buffer.byteLength(value, 'utf8') > limit) {
      outputs[name] = '';
      emptied.push(name);
    }
  }
  return emptied;
}

/**
 * Formats outputs for `$GITHUB_OUTPUT` in the multi-line form `name<<DELIM`, with a random
 * delimiter that does not occur in the value.
 * https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#multiline-strings
 */
export function formatOutputFile(outputs: Record<string, string>): string {
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    let delim = `w2g_${randomBytes(12).toString('hex')}`;
    while (value.includes(delim)) delim = `w2g_${randomBytes(12).toString('hex')}`;
    text += `${name}<<${delim}\n${value}\n${delim}\n`;
  }
  return text;
}

/**
 * Every character with an inline meaning in CommonMark, GFM or on GitHub: escapes, code,
 * emphasis, strikethrough, links and images, HTML, entities, table pipes, autolinks, mentions,
 * issue references, emoji, math. All are ASCII punctuation, so a backslash makes each literal.
 * https://spec.commonmark.org/0.31.2/#backslash-escapes
 */
const MARKDOWN_SPECIAL = /[\\`*_~[\]()!<>&|#@:$^.]/g;

/**
 * Request text as Markdown that shows it literally, on one line and at most `max` characters:
 * no HTML, link, emphasis, code span or table pipe survives; line breaks become spaces.
 */
export function markdownText(value: string, max = 300): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(MARKDOWN_SPECIAL, '\\$&');
}

function code(value: string): string {
  return `<code>${markdownText(value)}</code>`;
}

/** A short Markdown job summary: what arrived and which trigger took it. Request text is escaped. */
export function formatSummary(result: ReceiveResult): string {
  const r = result.request;
  const contentType = r.headers['content-type'];
  const rows: [string, string][] = [
    ['Request', code(`${r.method.toUpperCase()} ${r.originPath}${r.search}`)],
    ['Delivery id', r.id ? code(r.id) : '(none)'],
    ['Content type', contentType === undefined ? '(none)' : code(contentType)],
    ['Body', `${r.rawBody.length} bytes${r.bodyIsBinary ? ' (binary)' : ''}`],
    ['Matched', result.matched ? `yes: ${code(result.workflow ?? '')} → ${code(result.trigger ?? '')}` : 'no'],
    ['Items', String(result.items.length)],
  ];
  if (result.reason) rows.push(['Note', markdownText(result.reason)]);
  const table = rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n');
  return `### webhook2github\n\n| | |\n|---|---|\n${table}\n\n`;
}
