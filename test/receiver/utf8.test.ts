/**
 * One UTF-8 decoder for both halves: the receiver reads text with the relay's own decoder
 * (src/core/relay/bytes.ts), so a leading byte order mark the relay kept in the envelope is still
 * there in the request text and the Action's `body` output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utf8OrUndefined } from '../../src/core/relay/bytes.js';
import { parseBody } from '../../src/receiver/body.js';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const BOM = '\uFEFF';
const order = JSON.stringify({ id: 'B-7', kunde: 'Zoë Ünal', artikel: ['Käse', 'Brötchen'], summe: '12,50 €' });

describe('the receiver decodes text as the relay does', () => {
  it('a leading U+FEFF stays in the text; JSON and forms still parse', () => {
    const bytes = (s: string) => Buffer.from(s, 'utf8');
    const json = parseBody(bytes(BOM + order), 'application/json');
    expect(json.bodyText).toBe(BOM + order);
    expect(json.bodyText).toBe(utf8OrUndefined(bytes(BOM + order)));
    expect(json.body).toEqual(JSON.parse(order));
    const form = parseBody(bytes(`${BOM}kunde=Zo%C3%AB&summe=12%2C50`), 'application/x-www-form-urlencoded');
    expect(form.body).toEqual({ kunde: 'Zoë', summe: '12,50' });
    expect(form.bodyText.startsWith(BOM)).toBe(true);
    const text = parseBody(bytes(`${BOM}Grüße aus Köln`), 'text/plain; charset=utf-8');
    expect(text.body).toBe(`${BOM}Grüße aus Köln`);
    // Only the first U+FEFF is a byte order mark to parsers; a second one is content.
    expect(parseBody(bytes(BOM + BOM + order), 'application/json').body).toBe(BOM + BOM + order);
  });

  it("the Action's body output starts with the BOM, body-file with its bytes, and the item is parsed", async () => {
    const workspace = makeWorkspace({ 'shop.yml': 'on:\n  webhook:\n    path: /orders\njobs: {}\n' });
    const envelope = envelopeOf({
      method: 'POST',
      url: '/shop/webhook/orders',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: BOM + order,
    });
    expect(envelope.body).toBe(BOM + order);
    const run = await runAction({ workspace, event: dispatchEvent(envelope) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.body).toBe(BOM + order);
    expect(readFileSync(run.outputs['body-file'] as string)).toEqual(Buffer.from(BOM + order, 'utf8'));
    expect(JSON.parse(run.outputs.item as string).body).toEqual(JSON.parse(order));
  });
});
