/**
 * Compatibility with Actionsflow, for every webhook-based trigger it has: each request goes over
 * real HTTP through the relay (`webhook2github serve`) to the fake GitHub, the recorded dispatch
 * becomes the event GitHub would write, and the bundled Action (run as the runner runs it) must
 * yield the very items Actionsflow's own code (the `actionsflow` 1.12 package and its
 * `@actionsflow/trigger-*` triggers, run on the same event in a child process) yields: same keys,
 * same values, same order. Where Actionsflow fails (a crash, a method it does not own), the
 * Action must yield no items and say why; those cases are listed in README's "Coming from
 * Actionsflow".
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';
import { runActionsflow, type ActionsflowTask } from './support/actionsflow.js';
import { ensureNodeBuild } from './support/node-build.js';
import { makeWorkspace, runAction, type ActionRun } from './support/run-action.js';

/** Trigger files as Actionsflow users write them (its docs' options, secrets that are not set). */
const root = makeWorkspace({
  'hook.yml': 'on:\n  webhook:\njobs: {}\n',
  'orders.yml': `on:
  webhook:
    method: [post, put]
    path: /orders/:id
    deduplicationKey: order.ref
    config:
      format: |
        const path = require('node:path');
        return { id: item.request_id, order: item.params.id, method: item.method, lines: item.body.order.lines.length, file: path.basename('/in/' + item.body.order.ref) };
      filterScript: return item.lines > 0
jobs: {}
`,
  'tg.yml': `on:
  telegram_bot:
    token: \${{ secrets.TELEGRAM_BOT_TOKEN }}
    webhook: true
jobs: {}
`,
  'tgtext.yml': `on:
  telegram_bot:
    webhook: true
    event:
      - text
      - photo
jobs: {}
`,
  // filterOutputs here: on webhook items Actionsflow's own mingo 3 fails (the query object has no prototype).
  'tgcfg.yml': `on:
  telegram_bot:
    webhook: true
    config:
      filterOutputs: { text: 1, chat: 1, update_id: 1 }
      filter: { chat.type: private }
      sort: { update_id: -1 }
      skip: 0
      limit: 5
jobs: {}
`,
  'slack.yml': 'on:\n  slack:\n    token: xoxb-not-a-verification-token\njobs: {}\n',
  'typeform.yml': 'on:\n  typeform:\njobs: {}\n',
  'form.yml': 'on:\n  google_form:\njobs: {}\n',
  'trello.yml': 'on:\n  trello:\njobs: {}\n',
  // The signature check of ours needs AWS's certificate; tests reach no outside host (it is
  // covered in sns-signature.test.ts). Actionsflow ignores the key.
  'sns.yml': 'on:\n  aws_sns:\n    verify_signature: false\njobs: {}\n',
});

interface Case {
  name: string;
  method: string;
  /** Path after /<owner>/<repo>, with query. */
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Actionsflow fails here (the message it fails with); ours yields no items and a reason. */
  actionsflowFails?: RegExp;
}

const json = { 'content-type': 'application/json' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };
const tgMessage = (update_id: number, message: Record<string, unknown>) => JSON.stringify({ update_id, message });
const from = { id: 1056059698, is_bot: false, first_name: 'Zoë', language_code: 'de' };
const chat = { id: 1056059698, first_name: 'Zoë', type: 'private' };

const typeformBody = {
  event_id: '01HF2X1Q3R8ZK9A',
  event_type: 'form_response',
  form_response: {
    form_id: 'lT4Z3j',
    token: 'a3a12ec67a1365927098a606107fac15',
    landed_at: '2023-11-14T22:12:02Z',
    submitted_at: '2023-11-14T22:13:20Z',
    definition: {
      id: 'lT4Z3j',
      title: 'Café survey ☕',
      fields: [
        { id: 'f_name', title: "What's your name?", type: 'short_text', ref: 'name' },
        { id: 'f_drink', title: 'Drink', type: 'multiple_choice', ref: 'drink' },
        { id: 'f_extras', title: 'Extras', type: 'multiple_choice', ref: 'extras', allow_multiple_selections: true },
        { id: 'f_score', title: 'Note', type: 'opinion_scale', ref: 'score' },
        { id: 'f_ok', title: 'Again?', type: 'yes_no', ref: 'again' },
        { id: 'f_mail', title: 'E-mail', type: 'email', ref: 'mail' },
      ],
    },
    answers: [
      { type: 'text', text: 'José — 很好', field: { id: 'f_name', type: 'short_text', ref: 'name' } },
      { type: 'choice', choice: { label: 'Flat white' }, field: { id: 'f_drink', type: 'multiple_choice', ref: 'drink' } },
      { type: 'choices', choices: { labels: ['Oat milk', 'Extra shot'] }, field: { id: 'f_extras', type: 'multiple_choice', ref: 'extras' } },
      { type: 'number', number: 9, field: { id: 'f_score', type: 'opinion_scale', ref: 'score' } },
      { type: 'boolean', boolean: true, field: { id: 'f_ok', type: 'yes_no', ref: 'again' } },
      { type: 'email', email: 'jose@example.com', field: { id: 'f_mail', type: 'email', ref: 'mail' } },
    ],
  },
};

// The payload of the Apps Script in Actionsflow's google_form docs.
const googleFormBody = {
  event_id: '2_ABaOnud0S_zjpIn9oGqBpmY65p',
  event_type: 'form_response',
  form_response: {
    form_id: '118EoaS7eK2qvWv8tQy3xLKa',
    email: '',
    submitted_at: '2023-11-14T22:13:20.661Z',
    definition: {
      title: 'Anmeldung',
      fields: [
        { id: 440714388, title: 'Kurs', type: 'MULTIPLE_CHOICE', index: 0 },
        { id: 886865551, title: 'Name', type: 'TEXT', index: 1 },
        { id: 12345, title: 'Tage', type: 'CHECKBOX', index: 2 },
      ],
    },
    answers: [
      { response: 'Töpfern', field: { id: 440714388, title: 'Kurs', type: 'MULTIPLE_CHOICE', index: 0 } },
      { response: 'Jürgen', field: { id: 886865551, title: 'Name', type: 'TEXT', index: 1 } },
      { response: ['Mo', 'Mi'], field: { id: 12345, title: 'Tage', type: 'CHECKBOX', index: 2 } },
    ],
  },
};

const trelloBody = {
  model: { id: '5f4fbbc5250c34138444068d', name: 'ideas', closed: false, url: 'https://trello.com/b/iCZf1Oev/ideas', prefs: { background: 'lime' } },
  action: {
    id: '5f7073311f0aab7e1c3dd44c',
    idMemberCreator: '5f4fbba99b140e21cceebdb1',
    data: { card: { id: '5f7073311f0aab7e1c3dd44b', name: 'Überprüfen ✓', idShort: 2 }, list: { id: 'l1', name: 'todos' } },
    type: 'createCard',
    date: '2023-11-14T22:13:20.000Z',
    memberCreator: { id: '5f4fbba99b140e21cceebdb1', username: 'zoe', fullName: 'Zoë' },
  },
};

const snsNotification = {
  Type: 'Notification',
  MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
  TopicArn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
  Subject: 'ALARM: "CPU > 90%"',
  Message: JSON.stringify({ AlarmName: 'CPU > 90%', NewStateValue: 'ALARM', NewStateReason: 'Threshold crossed: résumé' }),
  Timestamp: '2023-11-14T22:13:20.000Z',
  SignatureVersion: '1',
  Signature:
    'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
  SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
  UnsubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:123456789012:alerts:1',
};

const cases: Case[] = [
  // webhook
  {
    name: 'webhook: JSON with an id (request_id is the id)',
    method: 'POST',
    url: '/hook/webhook',
    headers: json,
    body: JSON.stringify({ id: 'evt_1', amount: 12.5, note: 'Grüße 👋' }),
  },
  {
    name: 'webhook: JSON without id or key (request_id is the content digest)',
    method: 'POST',
    url: '/hook/webhook/deep/er?tag=v1',
    headers: json,
    body: JSON.stringify({ b: [1, { z: 1, a: 2 }], a: 'x' }),
  },
  { name: 'webhook: GET with repeated and quoted query parameters, no body', method: 'GET', url: "/hook/webhook?q=it's&tag=a&tag=b&empty=&sp=a+b" },
  {
    name: 'webhook: a form post',
    method: 'POST',
    url: '/hook/webhook/contact',
    headers: form,
    body: 'name=Jos%C3%A9+M%C3%BCller&topics=billing&topics=api&msg=%C2%BFHola%3F',
  },
  {
    name: 'webhook: JSON sent as text/plain is parsed',
    method: 'POST',
    url: '/hook/webhook',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: JSON.stringify({ key: 'k-9', ok: true }),
  },
  {
    name: 'webhook: text that is not JSON stays text',
    method: 'PUT',
    url: '/hook/webhook',
    headers: { 'content-type': 'text/plain' },
    body: 'Hallo Welt — 你好',
  },
  { name: 'webhook: a number body', method: 'POST', url: '/hook/webhook', headers: { 'content-type': 'text/plain' }, body: '42' },
  {
    name: 'webhook: bytes that are not UTF-8 arrive as base64',
    method: 'POST',
    url: '/hook/webhook/upload',
    headers: { 'content-type': 'application/octet-stream' },
    body: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(64)]),
  },
  {
    name: 'webhook: options (method list, path, deduplicationKey) and config (format with require, filterScript)',
    method: 'PUT',
    url: '/orders/webhook/orders/A-17?x=1',
    headers: json,
    body: JSON.stringify({ order: { ref: 'R-2024-001', lines: [{ sku: 'a' }, { sku: 'b' }] } }),
  },
  {
    name: 'webhook: filterScript removes the item',
    method: 'POST',
    url: '/orders/webhook/orders/9',
    headers: json,
    body: JSON.stringify({ order: { ref: 'R-0', lines: [] } }),
  },
  { name: 'webhook: a method not in the list', method: 'DELETE', url: '/orders/webhook/orders/9', actionsflowFails: /No webhook path matched/ },
  {
    name: 'webhook: deduplicationKey missing from the body',
    method: 'POST',
    url: '/orders/webhook/orders/9',
    headers: json,
    body: '{"order":{"lines":[1]}}',
    actionsflowFails: /deduplicationKey/,
  },
  // telegram_bot
  {
    name: 'telegram_bot: a text message',
    method: 'POST',
    url: '/tg/telegram_bot',
    headers: json,
    body: tgMessage(791185172, { message_id: 7, from, chat, date: 1598383043, text: 'Hej då 👋', entities: [{ offset: 0, length: 3, type: 'bold' }] }),
  },
  {
    name: 'telegram_bot: a channel post',
    method: 'POST',
    url: '/tg/telegram_bot',
    headers: json,
    body: JSON.stringify({
      update_id: 791185173,
      channel_post: {
        message_id: 8,
        sender_chat: { id: -100, type: 'channel', title: 'News' },
        chat: { id: -100, type: 'channel', title: 'News' },
        date: 1598383044,
        text: 'Neu!',
      },
    }),
  },
  {
    name: 'telegram_bot: event [text, photo] keeps a photo',
    method: 'POST',
    url: '/tgtext/telegram_bot',
    headers: json,
    body: tgMessage(791185174, { message_id: 9, from, chat, date: 1, photo: [{ file_id: 'p1', width: 90, height: 90 }], caption: 'Schön' }),
  },
  {
    name: 'telegram_bot: event [text, photo] drops a sticker',
    method: 'POST',
    url: '/tgtext/telegram_bot',
    headers: json,
    body: tgMessage(791185175, { message_id: 10, from, chat, date: 1, sticker: { file_id: 's1', emoji: '👍' } }),
  },
  {
    name: 'telegram_bot: config filterOutputs, filter, sort, skip, limit keep a private message',
    method: 'POST',
    url: '/tgcfg/telegram_bot',
    headers: json,
    body: tgMessage(791185177, { message_id: 11, from, chat, date: 1, text: 'privat' }),
  },
  {
    name: 'telegram_bot: config filter drops a group message',
    method: 'POST',
    url: '/tgcfg/telegram_bot',
    headers: json,
    body: tgMessage(791185178, { message_id: 12, from, chat: { id: -5, type: 'group', title: 'Team' }, date: 1, text: 'alle' }),
  },
  {
    name: 'telegram_bot: an edited message',
    method: 'POST',
    url: '/tg/telegram_bot',
    headers: json,
    body: JSON.stringify({ update_id: 791185176, edited_message: { message_id: 7, from, chat, date: 1, edit_date: 2, text: 'fixed' } }),
    actionsflowFails: /update_id/,
  },
  // slack
  {
    name: 'slack: an outgoing webhook (form), with a token: key in the file',
    method: 'POST',
    url: '/slack/slack',
    headers: form,
    body: 'token=PLX28DPdb2XzXDGc6Xf717Sg&team_id=T01AGF6RZ0V&team_domain=acme&channel_id=C01&channel_name=trigger-test&timestamp=1599951957.000800&user_id=U01&user_name=zoe&text=deploy+prod+%E2%9C%93&trigger_word=deploy',
  },
  {
    name: 'slack: an Events API event_callback',
    method: 'POST',
    url: '/slack/slack',
    headers: json,
    body: JSON.stringify({
      token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
      team_id: 'T061EG9R6',
      api_app_id: 'A0PNCHHK2',
      event: { type: 'app_mention', user: 'U1', text: '<@U0> Grüße', ts: '1355517523.000005', channel: 'C1' },
      type: 'event_callback',
      event_id: 'Ev0PV52K21',
      event_time: 1355517523,
    }),
  },
  {
    name: 'slack: an interactivity payload',
    method: 'POST',
    url: '/slack/slack',
    headers: form,
    body: `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'ok', value: 'ü' }] }))}`,
  },
  // typeform, google_form
  { name: 'typeform: a form response gets answers_map', method: 'POST', url: '/typeform/typeform', headers: json, body: JSON.stringify(typeformBody) },
  {
    name: 'google_form: the Apps Script payload gets answers_map',
    method: 'POST',
    url: '/form/google_form',
    headers: json,
    body: JSON.stringify(googleFormBody),
  },
  // trello
  { name: 'trello: a createCard action is the whole body', method: 'POST', url: '/trello/trello', headers: json, body: JSON.stringify(trelloBody) },
  { name: 'trello: the HEAD sent when the webhook is created', method: 'HEAD', url: '/trello/trello', actionsflowFails: /No webhook path matched/ },
  // aws_sns
  {
    name: 'aws_sns: a Notification (JSON as text/plain) is the whole message',
    method: 'POST',
    url: '/sns/aws_sns',
    headers: {
      'content-type': 'text/plain; charset=UTF-8',
      'x-amz-sns-message-type': 'Notification',
      'x-amz-sns-message-id': snsNotification.MessageId,
      'x-amz-sns-topic-arn': snsNotification.TopicArn,
    },
    body: JSON.stringify(snsNotification),
  },
];

let gh: FakeGitHub;
let relay: NodeRelayHandle;
const events: Record<string, unknown>[] = [];
let actionsflow: { tasks: ActionsflowTask[] }[] = [];
const runs: ActionRun[] = [];

beforeAll(async () => {
  ensureNodeBuild();
  gh = await startFakeGitHub();
  relay = await startNodeRelay({ githubApiUrl: gh.url });
  for (const c of cases) {
    const before = gh.dispatches.length;
    const init: RequestInit = { method: c.method, headers: c.headers ?? {} };
    if (c.body !== undefined) init.body = typeof c.body === 'string' ? c.body : Buffer.from(c.body);
    const sep = c.url.includes('?') ? '&' : '?';
    const res = await fetch(`${relay.url}/octo/hooks${c.url}${sep}__token=ghp_compat`, init);
    expect(res.status, `${c.name}: ${await res.text()}`).toBeLessThan(300);
    await gh.waitFor(() => gh.dispatches.length === before + 1, 10_000);
    const d = gh.dispatches[before]!;
    events.push({
      action: d.body.event_type,
      client_payload: d.body.client_payload,
      repository: { full_name: `${d.owner}/${d.repo}` },
      sender: { login: 'octo' },
    });
  }
  actionsflow = await runActionsflow(root, events);
  for (const event of events) runs.push(await runAction({ workspace: root, event }));
}, 240_000);

afterAll(async () => {
  await relay?.stop();
  await gh?.close();
});

describe('the same items as Actionsflow for the same request (relay → event → bundled Action vs. Actionsflow 1.12)', () => {
  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const c = cases[i]!;
    const run = runs[i]!;
    const tasks = actionsflow[i]!.tasks;
    expect(run.code, run.stdout).toBe(0);
    // Actionsflow ran exactly the trigger the request names.
    expect(tasks.map((t) => `${t.workflow.replace(/\.yml$/, '')}/${t.trigger}`)).toEqual([
      `${run.outputs.workflow || c.url.split('/')[1]}/${c.url.split('/')[2]?.split('?')[0]}`,
    ]);
    const task = tasks[0]!;
    if (c.actionsflowFails) {
      expect(task.error).toMatch(c.actionsflowFails);
      expect(run.outputs.items).toBe('[]');
      expect(run.outputs.reason).not.toBe('');
      return;
    }
    expect(task.error).toBeUndefined();
    // Key for key, value for value, in the same order.
    expect(run.outputs.items).toBe(JSON.stringify(task.items));
  });

  it('the suite covers every webhook-based trigger Actionsflow has, with items', () => {
    const covered = new Set(actionsflow.flatMap((r) => r.tasks.filter((t) => (t.items?.length ?? 0) > 0).map((t) => t.trigger)));
    expect([...covered].sort()).toEqual(['aws_sns', 'google_form', 'slack', 'telegram_bot', 'trello', 'typeform', 'webhook']);
  });
});
