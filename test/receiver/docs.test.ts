import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTION_OUTPUT_NAMES } from '../../src/receiver/outputs.js';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const root = resolve(import.meta.dirname, '../..');
const docs = readFileSync(resolve(root, 'README.md'), 'utf8');
const action = parse(readFileSync(resolve(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const yamlBlocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);

describe('README.md and action.yml agree with the Action', () => {
  it('action.yml runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  });

  it('action.yml declares exactly the outputs the Action writes (ACTION_OUTPUT_NAMES), in that order', () => {
    expect(Object.keys(action.outputs)).toEqual([...ACTION_OUTPUT_NAMES]);
  });

  it("the README's Outputs table names each output once, in the same order", () => {
    const section = docs.slice(docs.indexOf('### Outputs'), docs.indexOf('\n### ', docs.indexOf('### Outputs') + 1));
    const rows = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual([...ACTION_OUTPUT_NAMES]);
  });

  it('the copyable workflow is valid YAML and uses only declared inputs and outputs', () => {
    const workflow = yamlBlocks
      .map((b) => parse(b) as Record<string, unknown>)
      .find((d) => 'jobs' in d && d.on && typeof d.on === 'object' && 'repository_dispatch' in d.on);
    expect(workflow).toBeDefined();
    const text = JSON.stringify(workflow);
    const step = (workflow as { jobs: { receive: { steps: { id?: string; with?: Record<string, string> }[] } } }).jobs.receive.steps.find(
      (s) => s.id === 'hook',
    );
    for (const input of Object.keys(step?.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    for (const [, name] of text.matchAll(/steps\.hook\.outputs\.([A-Za-z0-9_-]+)/g)) expect(ACTION_OUTPUT_NAMES).toContain(name);
  });

  it('every declared output is written, and the documented trigger file works', async () => {
    const triggerFile = yamlBlocks.find((b) => b.includes('telegram_bot:') && !b.includes('jobs:')) as string;
    const workspace = makeWorkspace({ 'chat/tg.yml': triggerFile });
    const update = { update_id: 3, message: { message_id: 9, chat: { id: 4, type: 'private' }, date: 1, text: 'Hej då 👋' } };
    const event = dispatchEvent(
      envelopeOf({
        method: 'POST',
        url: '/chat/tg/telegram_bot',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 's3' },
        body: JSON.stringify(update),
      }),
    );
    const run = await runAction({ workspace, event, inputs: { secrets: JSON.stringify({ TELEGRAM_SECRET_TOKEN: 's3' }) } });
    expect(run.code, run.stdout).toBe(0);
    expect(Object.keys(run.outputs)).toEqual([...ACTION_OUTPUT_NAMES]);
    expect(JSON.parse(run.outputs.item as string).text).toBe('Hej då 👋');
    // Every name is written when nothing matched, too.
    const unmatched = await runAction({ workspace, event, eventName: 'push' });
    expect(unmatched.code, unmatched.stdout).toBe(0);
    expect(Object.keys(unmatched.outputs)).toEqual([...ACTION_OUTPUT_NAMES]);
    expect(unmatched.outputs).toMatchObject({ matched: 'false', items: '[]', headers: '{}', query: '{}', params: '{}', body: '' });
  });
});
