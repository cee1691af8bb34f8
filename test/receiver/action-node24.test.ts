/**
 * The Action runs on the runtime action.yml names. GitHub's runners start `runs.using: node24`
 * actions with Node 24 (Node 20 was removed from the runners on 2026-09-16), so the committed
 * bundle runs here under the real Node 24 binary, exactly as the runner starts it (`node
 * dist/action/index.js` with INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * RUNNER_TEMP), and under this process's Node 20 as well, with the same expectations.
 * https://docs.github.com/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions#runsusing-for-javascript-actions
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { ensureNode24, NODE24_SUPPORTED } from './support/node24.js';
import { signGithub } from './support/provider-signatures.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const ROOT = resolve(import.meta.dirname, '../..');
const action = parse(readFileSync(resolve(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };

const workspace = makeWorkspace({
  'repo/deploy.yml': `on:
  github:
    secret: \${{ secrets.GH_HOOK_SECRET }}
    events: [push]
jobs: {}
`,
  'shop/orders.yml': `on:
  webhook:
    path: /:event
jobs: {}
`,
});
const SECRET = 'gh-secret-ž-24';
const secrets = JSON.stringify({ GH_HOOK_SECRET: SECRET });
const push = JSON.stringify({ ref: 'refs/heads/main', head_commit: { id: '59b20b8d', message: 'Grüße aus Köln ☕' }, repository: { full_name: 'octo/hooks' } });

let node24 = '';
beforeAll(() => {
  if (NODE24_SUPPORTED) node24 = ensureNode24();
}, 180_000);

it('action.yml asks the runner for node24', () => {
  expect(action.runs.using).toBe('node24');
});

const runtimes = [
  { name: 'Node 24 (runs.using: node24)', major: 24, node: () => node24, skip: !NODE24_SUPPORTED },
  { name: 'Node 20', major: 20, node: () => process.execPath, skip: false },
];

for (const rt of runtimes) {
  describe.skipIf(rt.skip)(`the bundled Action under ${rt.name}`, () => {
    it('is that Node', () => {
      const version = execFileSync(rt.node(), ['--version'], { encoding: 'utf8' }).trim();
      expect(version).toMatch(new RegExp(`^v${rt.major}\\.`));
    });

    it('verifies a signed GitHub push and writes outputs, body file and step summary, with nothing on stderr', async () => {
      const event = dispatchEvent(
        envelopeOf({
          method: 'POST',
          url: '/repo/deploy/github',
          headers: {
            'content-type': 'application/json',
            'x-github-event': 'push',
            'x-github-delivery': 'd-24',
            'x-hub-signature-256': await signGithub(SECRET, push),
          },
          body: push,
        }),
      );
      const run = await runAction({ workspace, event, inputs: { secrets }, node: rt.node() });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      // A deprecation or experimental warning of this runtime would land here (and in the job log).
      expect(run.stderr).toBe('');
      expect(run.outputs).toMatchObject({ matched: 'true', workflow: 'repo/deploy', trigger: 'github', body: push });
      expect(JSON.parse(run.outputs.item as string)).toEqual({ event: 'push', delivery: 'd-24', payload: JSON.parse(push) });
      expect(readFileSync(run.outputs['body-file'] as string, 'utf8')).toBe(push);
      expect(run.summary).toContain('repo/deploy');
    });

    it('decodes a gzip+base64 body byte-exact and fails the step when nothing owns the path and fail-on-unmatched is set', async () => {
      const order = JSON.stringify({ id: 'ord_24', lines: Array.from({ length: 200 }, (_, i) => ({ sku: `SKU-${i}`, name: 'Überraschung 🎁' })) });
      const zipped = dispatchEvent(
        envelopeOf({ method: 'POST', url: '/shop/orders/webhook/paid?v=2', headers: { 'content-type': 'application/json' }, body: order, gzip: true }),
      );
      expect(gzipSync(order).length).toBeLessThan(order.length);
      const ok = await runAction({ workspace, event: zipped, node: rt.node() });
      expect(ok.code, ok.stdout + ok.stderr).toBe(0);
      expect(ok.outputs).toMatchObject({ matched: 'true', workflow: 'shop/orders', path: '/paid', body: order });
      expect(JSON.parse(ok.outputs.params as string)).toEqual({ event: 'paid' });

      const nobody = dispatchEvent(envelopeOf({ method: 'POST', url: '/nope/webhook', body: '{}' }));
      const failed = await runAction({ workspace, event: nobody, inputs: { 'fail-on-unmatched': 'true' }, node: rt.node() });
      expect(failed.code).toBe(1);
      expect(failed.stdout).toMatch(/::error::no workflow\/trigger owns \/nope\/webhook/);
    });
  });
}
