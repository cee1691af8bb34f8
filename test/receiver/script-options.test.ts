import { describe, expect, it } from 'vitest';
import { receiveRequest } from '../../src/receiver/receive.js';
import { buildRequest } from '../../src/receiver/request.js';
import { parseWorkflow } from '../../src/receiver/workflows.js';

const post = (body: string) =>
  buildRequest({
    id: 'd1',
    method: 'POST',
    path: '/w/webhook',
    headers: { 'content-type': 'application/json' },
    rawBody: Buffer.from(body),
    receivedAt: new Date().toISOString(),
  });

function receive(config: string, body = '{"n":3,"tags":["b","a"]}', log: string[] = []) {
  return receiveRequest(post(body), { workflows: [parseWorkflow('w', 'workflows/w.yml', `on:\n  webhook:\n    config:\n${config}`)], log: (l) => log.push(l) });
}

describe('JavaScript config options, evaluated as Actionsflow evaluates them', () => {
  it('format returns the new item (any value), with require and helpers in scope', async () => {
    const log: string[] = [];
    const r = await receive(
      "      format: |\n        helpers.log.info('n is', item.body.n);\n        return { n: item.body.n * 2, base: require('node:path').basename('/a/b.txt'), digest: helpers.createContentDigest('x') }\n",
      undefined,
      log,
    );
    expect(r.items).toEqual([{ n: 6, base: 'b.txt', digest: '9dd4e461268c8034f5c8564e155c67a6' }]);
    expect(log).toEqual(['workflows/w.yml [webhook] info: n is 3']);
    expect((await receive('      format: return item.body.tags.length\n')).items).toEqual([2]);
  });

  it('filterScript sees item, index and items; filter and filterScript must both pass', async () => {
    expect((await receive('      filterScript: return index === 0 && items.length === 1 && item.body.n > 2\n')).items).toHaveLength(1);
    expect((await receive('      filterScript: return item.body.n > 5\n')).reason).toMatch(/removed every item/);
    expect((await receive('      filter: { body.n: 3 }\n      filterScript: return false\n')).items).toEqual([]);
  });

  it('a script that throws or does not compile fails with a message naming the file, trigger and option', async () => {
    await expect(receive('      format: return item.body.missing.deeper\n')).rejects.toThrow(
      /An error occurred in the workflows\/w.yml \[webhook\] format function: TypeError: Cannot read properties of undefined/,
    );
    await expect(receive('      sortScript: return a +* b\n')).resolves.toMatchObject({ matched: true });
    await expect(receive('      filterScript: return (\n')).rejects.toThrow(/workflows\/w.yml \[webhook\] filterScript function: it does not compile/);
  });
});
