import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../src/receiver/dev-server.js';
import { signSlack } from './support/provider-signatures.js';
import { makeWorkspace } from './support/run-action.js';
import { waitFor } from './support/wait-for.js';

const root = makeWorkspace({
  'chat/tg.yml': `on:
  telegram_bot:
    secret_token: \${{ secrets.TG_SECRET }}
jobs: {}
`,
  'hooks.yml': `on:
  webhook:
    path: /orders/:id
  slack:
    signing_secret: \${{ secrets.SLACK_SECRET }}
jobs: {}
`,
});
const secretsFile = join(root, 'secrets.json');
writeFileSync(secretsFile, JSON.stringify({ TG_SECRET: 'tg-dev', SLACK_SECRET: 'slack-dev' }));
const outFile = join(root, 'runs.jsonl');
const gate = join(root, 'gate');
// The --run command: waits until the test opens the gate, then records what it was given.
const script = join(root, 'record.cjs');
writeFileSync(
  script,
  `const fs = require('fs');
const wait = () => fs.existsSync(${JSON.stringify(gate)}) ? record() : setTimeout(wait, 10);
const record = () => fs.appendFileSync(${JSON.stringify(outFile)}, JSON.stringify({ w: process.env.W2G_WORKFLOW, t: process.env.W2G_TRIGGER, item: JSON.parse(process.env.W2G_ITEM) }) + '\\n');
wait();
`,
);

describe('dev: local receiver over HTTP', () => {
  let dev: DevServer;
  const logs: string[] = [];
  beforeAll(async () => {
    dev = await startDevServer({
      port: 0,
      workflowsDir: join(root, 'workflows'),
      secretsPath: secretsFile,
      run: `node "${script}"`,
      log: (line) => logs.push(line),
    });
  });
  afterAll(() => dev.close());

  it('routes a Telegram update, answers at once, then runs CMD per item with W2G_* env', async () => {
    const update = { update_id: 1, message: { message_id: 7, chat: { id: 5, type: 'private' }, date: 1700000000, text: 'Hallo 🌍 – dev' } };
    const res = await fetch(`${dev.url}/webhook/chat/tg/telegram_bot`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'tg-dev' },
      body: JSON.stringify(update),
    });
    const answer = await res.text();
    expect(res.status, `${answer}\n${logs.join('\n')}`).toBe(200);
    expect(JSON.parse(answer)).toEqual({ success: true });
    // The response came back while the command is still waiting on the gate.
    expect(existsSync(outFile), 'the command ran before the gate opened').toBe(false);
    expect(
      logs.some((l) => l.includes('chat/tg/telegram_bot: 1 item(s)')),
      logs.join('\n'),
    ).toBe(true);
    writeFileSync(gate, '');
    const line = await waitFor(() => existsSync(outFile) && readFileSync(outFile, 'utf8').trim(), 10_000, 'the --run command');
    expect(JSON.parse(line)).toEqual({ w: 'chat/tg', t: 'telegram_bot', item: { ...update.message, update_id: 1 } });
    await dev.idle();
  });

  it('answers per __response_* and passes params and query to the webhook trigger', async () => {
    const res = await fetch(
      `${dev.url}/webhook/hooks/webhook/orders/A%2042?x=1&__response_code=201&__response_content_type=text/plain&__response_body=th%C3%A4nks`,
      {
        method: 'PUT',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'Größe: XL',
      },
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(await res.text()).toBe('thänks');
    await dev.idle();
    const last = JSON.parse(readFileSync(outFile, 'utf8').trim().split('\n').at(-1) as string);
    expect(last.item).toMatchObject({ method: 'put', params: { id: 'A 42' }, query: { x: '1' }, search: '?x=1', body: 'Größe: XL' });
  });

  it('answers a signed Slack url_verification with its challenge', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'ch4ll3nge-ü', type: 'url_verification' });
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = await signSlack('slack-dev', ts, body);
    const res = await fetch(`${dev.url}/webhook/hooks/slack`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': ts, 'x-slack-signature': sig },
      body,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ch4ll3nge-ü');
  });

  it('404 JSON that says what was tried when nothing owns the path', async () => {
    const res = await fetch(`${dev.url}/webhook/hooks/rss`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    const json = (await res.json()) as { success: boolean; message: string };
    expect(json.success).toBe(false);
    expect(json.message).toMatch(/\/<workflow>\/<trigger>.*hooks \(webhook, slack\)/);
    const outside = await fetch(`${dev.url}/elsewhere`);
    expect(outside.status).toBe(404);
    expect(((await outside.json()) as { message: string }).message).toMatch(/dev serves \/webhook/);
    const wrongPath = await fetch(`${dev.url}/webhook/hooks/webhook/users/1`, { method: 'POST' });
    expect(wrongPath.status).toBe(404);
    expect(((await wrongPath.json()) as { message: string }).message).toMatch(/POST \/users\/1 is not one of any \/orders\/:id/);
  });

  it('a wrong setting fails at start, naming it', async () => {
    await expect(startDevServer({ port: 0, workflowsDir: join(root, 'nope') })).rejects.toThrow(/workflows folder ".*nope" does not exist/);
    await expect(startDevServer({ port: 0, workflowsDir: join(root, 'workflows'), secretsPath: join(root, 'missing.json') })).rejects.toThrow(
      /secrets file .* cannot be read/,
    );
  });

  it('a bad __response_code is a 400', async () => {
    const res = await fetch(`${dev.url}/webhook/hooks/webhook/orders/1?__response_code=99`, { method: 'POST' });
    expect(res.status).toBe(400);
    await dev.idle();
  });
});
