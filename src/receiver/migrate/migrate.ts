import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { builtinTriggers } from '../triggers/registry.js';
import { ifExpression, rewriteExpression, rewriteTemplate, type RewriteContext } from './expressions.js';

/** Settings of a migration. */
export interface MigrateOptions {
  /** The workflows folder as the Action's `workflows` input names it (relative to the repository root). */
  workflowsInput: string;
  /** `uses:` of the route step. */
  action: string;
  /** The relay's event type (`webhook`). */
  eventType: string;
}

/** One migrated file, or why there is none. */
export interface Migrated {
  /** The Actionsflow workflow's name (`chat/tg`). */
  name: string;
  /** The native workflow's text; absent when the file was not migrated. */
  text?: string;
  /** What the user should know or finish by hand (also written as comments in `text`). */
  notes: string[];
  /** The original jobs, each accounted for. */
  jobs: string[];
}

function pairOf(map: YAMLMap, key: string): Pair<Scalar, unknown> | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, unknown> | undefined;
}

/** Adds a comment line above a pair (its key), keeping comments already there. */
function noteAt(pair: Pair<Scalar, unknown> | undefined, text: string): void {
  if (!pair || !isScalar(pair.key)) return;
  const line = ` webhook2github migrate: ${text}`;
  pair.key.commentBefore = pair.key.commentBefore ? `${pair.key.commentBefore}\n${line}` : line;
}

function uniqueKey(taken: (key: string) => boolean, wanted: string[]): string {
  const free = wanted.find((k) => !taken(k));
  if (free) return free;
  let n = 2;
  while (taken(`${wanted[0]}_${n}`)) n++;
  return `${wanted[0]}_${n}`;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Turns one Actionsflow workflow file (`on:` + `jobs:`) into a native GitHub Actions workflow:
 * a first job runs the receiver Action on `repository_dispatch` and exposes the items; each
 * original job runs when this workflow took the request, once per item through a matrix, with
 * `on.<trigger>.outputs…` read from the matrix item and `on.<trigger>.outcome`/`conclusion`
 * mapped. What cannot be translated is written as a comment at the spot and listed in the notes;
 * no job is dropped. Comments of the original file are kept.
 */
export function migrateWorkflow(name: string, file: string, text: string, options: MigrateOptions): Migrated {
  const doc = parseDocument(text) as Document.Parsed;
  if (doc.errors.length > 0) throw new Error(`${file} is not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
  const root = doc.contents;
  const notes: string[] = [];
  if (!isMap(root)) return { name, notes: [`${file}: not migrated: the file is not a YAML map with on: and jobs:`], jobs: [] };
  const onNode = root.get('on', true);
  const allTriggers = new Set<string>(
    isMap(onNode)
      ? onNode.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key))
      : isSeq(onNode)
        ? onNode.items.map((n) => String(isScalar(n) ? n.value : n))
        : isScalar(onNode)
          ? [String(onNode.value)]
          : [],
  );
  const webhookTriggers = new Set([...allTriggers].filter((t) => builtinTriggers.has(t)));
  const jobsNode = root.get('jobs', true);
  const jobIds = isMap(jobsNode) ? jobsNode.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : [];
  for (const t of allTriggers) {
    if (!webhookTriggers.has(t))
      notes.push(`trigger ${t} is not a webhook trigger: it never runs here (on.${t}.outcome is 'skipped'); keep Actionsflow or a schedule workflow for it`);
  }
  if (webhookTriggers.has('telegram_bot') && isMap(onNode)) {
    const tg = onNode.get('telegram_bot', true);
    if (!(isMap(tg) && tg.get('webhook') === true)) {
      notes.push('telegram_bot polls getUpdates in Actionsflow unless webhook: true; here it receives webhooks only: call setWebhook with the relay URL');
    }
  }
  if (webhookTriggers.size === 0) {
    notes.unshift(
      `${file}: not migrated: none of its triggers (${[...allTriggers].join(', ') || 'none'}) is a webhook trigger; its jobs (${jobIds.join(', ') || 'none'}) stay with Actionsflow`,
    );
    return { name, notes, jobs: jobIds };
  }
  if (!isMap(jobsNode) || jobIds.length === 0) {
    notes.unshift(`${file}: not migrated: it has no jobs to run`);
    return { name, notes, jobs: [] };
  }

  const route = uniqueKey((k) => jobIds.includes(k), ['route', 'webhook2github_route']);
  const routeOut = `needs.${route}.outputs`;
  for (const pair of jobsNode.items) {
    const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const job = pair.value;
    if (!isMap(job)) {
      notes.push(`job ${id} is not a map; it is left as written`);
      noteAt(pair as Pair<Scalar, unknown>, `job ${id} is not a map; left as written`);
      continue;
    }
    // The item goes into the job's matrix, unless the matrix is one expression we cannot extend.
    const strategy = job.get('strategy', true);
    const matrix = isMap(strategy) ? strategy.get('matrix', true) : undefined;
    let matrixKey = 'item';
    const canMatrix = strategy === undefined || (isMap(strategy) && (matrix === undefined || isMap(matrix)));
    if (isMap(matrix)) matrixKey = uniqueKey((k) => matrix.has(k), ['item', 'webhook_item']);
    const base = { route, webhookTriggers, allTriggers, matrixKey };
    const here = (mode: 'matrix' | 'item'): RewriteContext => ({ ...base, mode: canMatrix ? mode : 'item' });
    const untranslated = new Set<string>();
    // Every string under the job, keys aside: `if` values are whole expressions.
    for (const child of job.items) {
      const key = isScalar(child.key) ? String(child.key.value) : '';
      if (key === 'if' || key === 'needs') continue;
      const ctx = here(key === 'strategy' ? 'item' : 'matrix');
      visit(child.value as never, {
        Pair(_k, p) {
          const v = p.value;
          if (isScalar(p.key) && p.key.value === 'if' && isScalar(v) && typeof v.value === 'string') {
            const expr = ifExpression(v.value);
            const r = expr === undefined ? rewriteTemplate(v.value, ctx) : rewriteExpression(expr, ctx);
            r.untranslated.forEach((u) => untranslated.add(u));
            v.value = expr === undefined ? r.text : r.text.trim();
          }
        },
        Scalar(k, s) {
          if (k === 'key' || typeof s.value !== 'string' || !s.value.includes('${{')) return;
          const r = rewriteTemplate(s.value, ctx);
          r.untranslated.forEach((u) => untranslated.add(u));
          s.value = r.text;
        },
      });
    }
    // The job's own if: run only when this workflow took the request and yielded an item.
    const guard = `${routeOut}.workflow == ${quote(name)} && ${routeOut}.item != ''`;
    const ifPair = pairOf(job, 'if');
    let condition = guard;
    if (ifPair && isScalar(ifPair.value)) {
      const original = String(ifPair.value.value);
      const expr = ifExpression(original);
      if (expr === undefined) {
        untranslated.add(original);
        noteAt(ifPair, `the original if (${original}) mixes text and \${{ }}; only the route condition is kept`);
      } else {
        const r = rewriteExpression(expr, here('item'));
        r.untranslated.forEach((u) => untranslated.add(u));
        condition = `${guard} && (${r.text})`;
      }
    }
    // needs: the route job first, then the original ones; needs and if lead the job.
    const needs = job.get('needs', true);
    const originalNeeds = isSeq(needs) ? needs.items.map((n) => String(isScalar(n) ? n.value : n)) : isScalar(needs) ? [String(needs.value)] : [];
    const ifComment = ifPair && isScalar(ifPair.key) ? ifPair.key.commentBefore : undefined;
    job.delete('if');
    job.delete('needs');
    const newIf = doc.createPair('if', condition);
    newIf.key = doc.createNode('if');
    if (ifComment) (newIf.key as Scalar).commentBefore = ifComment;
    job.items.unshift(doc.createPair('needs', doc.createNode([route, ...originalNeeds], { flow: true })) as never, newIf as never);
    if (canMatrix) {
      const items = `\${{ fromJSON(${routeOut}.items) }}`;
      if (isMap(matrix)) matrix.set(matrixKey, items);
      else if (isMap(strategy)) strategy.set('matrix', doc.createNode({ [matrixKey]: items }));
      else job.set('strategy', doc.createNode({ matrix: { [matrixKey]: items } }));
    } else {
      const why = `job ${id}: its strategy.matrix is one expression, so the item cannot be added to it; the job reads the item from needs.${route}.outputs.item instead (a webhook yields at most one item)`;
      notes.push(why);
      noteAt(pairOf(job, 'strategy'), why);
    }
    for (const u of untranslated) {
      const why = `job ${id}: ${u} has no meaning in a native workflow; it was replaced by ''`;
      notes.push(why);
      noteAt(pair as Pair<Scalar, unknown>, why);
    }
  }

  // The route job, first.
  const routeJob = doc.createPair(route, {
    'runs-on': 'ubuntu-latest',
    permissions: { contents: 'read' },
    outputs: Object.fromEntries(['workflow', 'trigger', 'items', 'item'].map((o) => [o, `\${{ steps.hook.outputs.${o} }}`])),
    steps: [
      { uses: 'actions/checkout@v4' },
      { id: 'hook', uses: options.action, with: { workflows: options.workflowsInput, secrets: '${{ toJSON(secrets) }}' } },
    ],
  });
  routeJob.key = doc.createNode(route);
  (routeJob.key as Scalar).commentBefore = ` webhook2github migrate: routes the webhook to ${name} and hands its items to the jobs below`;
  jobsNode.items.unshift(routeJob as never);

  (root as YAMLMap).set('on', doc.createNode({ repository_dispatch: { types: [options.eventType] } }));
  if (!root.has('name')) root.items.unshift(doc.createPair('name', name) as never);
  doc.commentBefore = [
    ` Generated by \`webhook2github migrate\` from ${file} (an Actionsflow workflow).`,
    ` The relay sends each webhook to /<owner>/<repo>/${name}/<trigger>; the ${route} job routes it`,
    ` with the trigger files in ${options.workflowsInput}/, and each job runs once per item (matrix.<key>).`,
  ].join('\n');
  const summary = [` webhook2github migrate summary for ${file}:`, ` jobs: ${jobIds.join(', ')} (each runs once per item, after ${route})`];
  for (const n of notes) summary.push(` - ${n}`);
  if (notes.length === 0) summary.push(' nothing left to do by hand');
  doc.comment = summary.join('\n');
  return { name, text: doc.toString({ lineWidth: 0 }), notes, jobs: jobIds };
}
