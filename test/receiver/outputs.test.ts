import { describe, expect, it } from 'vitest';
import { fitOutputs, formatOutputFile, formatSummary, markdownText } from '../../src/receiver/outputs.js';
import { receiveRequest } from '../../src/receiver/receive.js';
import { buildRequest } from '../../src/receiver/request.js';
import { parseOutputFile } from './support/run-action.js';

describe('outputs', () => {
  it('multi-line values and values that look like delimiters survive $GITHUB_OUTPUT', async () => {
    const tricky = { body: 'line1\nEOF\nname<<EOF\n\n', items: '[]', empty: '', crlf: 'a\r\nb' };
    expect(parseOutputFile(formatOutputFile(tricky))).toEqual(tricky);
  });

  it('outputs over the size limit are emptied and named', async () => {
    const outputs = { body: 'é'.repeat(6), item: 'short' };
    expect(fitOutputs(outputs, 10)).toEqual(['body']);
    expect(outputs).toEqual({ body: '', item: 'short' });
  });

  it('the summary names the request and the trigger and escapes table cells', async () => {
    const request = buildRequest({
      id: 'd',
      method: 'POST',
      path: '/w/webhook?x=|',
      headers: {},
      rawBody: Buffer.from('a'),
      receivedAt: new Date().toISOString(),
    });
    const result = await receiveRequest(request, { workflows: [] });
    const md = formatSummary(result);
    expect(md).toContain('<code>POST /w/webhook?x=\\|</code>');
    expect(md).toContain('| Matched | no |');
  });
});

describe('markdownText', () => {
  it('shows payload text literally on one line: HTML, links, code, pipes, mentions are escaped', () => {
    expect(markdownText('<img src=x> [a](https://e.example) `c` *b* | @u #1 :x: $m$ \\')).toBe(
      '\\<img src=x\\> \\[a\\]\\(https\\://e\\.example\\) \\`c\\` \\*b\\* \\| \\@u \\#1 \\:x\\: \\$m\\$ \\\\',
    );
    expect(markdownText('a\r\n::add-mask::x\nb')).toBe('a \\:\\:add-mask\\:\\:x b');
    expect(markdownText('X-Hub-Signature-256 repo/deploy')).toBe('X-Hub-Signature-256 repo/deploy');
    expect(markdownText('x'.repeat(400), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
