import { describe, expect, it } from 'vitest';
import { receiveRequest } from '../../src/receiver/receive.js';
import { buildRequest } from '../../src/receiver/request.js';
import { parseWorkflow } from '../../src/receiver/workflows.js';
import { signGithub, signTrello } from './support/provider-signatures.js';

function receive(yaml: string, method: string, path: string, body: string, headers: Record<string, string>) {
  return receiveRequest(buildRequest({ id: 'x', method, path, headers, rawBody: Buffer.from(body), receivedAt: new Date().toISOString() }), {
    workflows: [parseWorkflow('w', 'w.yml', yaml)],
    fetchCert: () => Promise.reject(new Error('offline')),
  });
}

describe('built-in triggers (in-process)', () => {
  it('telegram_bot: event filter by message type (the first Actionsflow knows) and update kind', async () => {
    const yaml = 'on:\n  telegram_bot:\n    event: photo\n';
    const text = JSON.stringify({ update_id: 1, message: { text: 'hi' } });
    expect((await receive(yaml, 'POST', '/w/telegram_bot', text, { 'content-type': 'application/json' })).reason).toMatch(
      /message type text is not one of event: photo/,
    );
    // Telegram sends an animation with a document too: its type is animation, as in Actionsflow.
    const gif = JSON.stringify({ update_id: 5, channel_post: { message_id: 3, animation: { file_id: 'a' }, document: { file_id: 'a' } } });
    expect(
      (await receive('on:\n  telegram_bot:\n    event: document\n', 'POST', '/w/telegram_bot', gif, { 'content-type': 'application/json' })).items,
    ).toEqual([]);
    expect(
      (await receive('on:\n  telegram_bot:\n    event: [animation]\n', 'POST', '/w/telegram_bot', gif, { 'content-type': 'application/json' })).items,
    ).toEqual([{ message_id: 3, animation: { file_id: 'a' }, document: { file_id: 'a' }, update_id: 5 }]);
    // An edited message (where Actionsflow's trigger crashes) yields nothing unless event names it.
    const edited = JSON.stringify({ update_id: 6, edited_message: { message_id: 3, text: 'fixed' } });
    expect((await receive('on: telegram_bot', 'POST', '/w/telegram_bot', edited, { 'content-type': 'application/json' })).reason).toMatch(
      /edited_message yields items only when event lists it/,
    );
    const cb = JSON.stringify({ update_id: 2, callback_query: { id: 'c1', data: 'ok' } });
    const r = await receive('on:\n  telegram_bot:\n    event: [callback_query]\n', 'POST', '/w/telegram_bot', cb, { 'content-type': 'application/json' });
    expect(r.items).toEqual([{ id: 'c1', data: 'ok', update_id: 2, update_type: 'callback_query' }]);
    expect((await receive(yaml, 'POST', '/w/telegram_bot', '{"x":1}', { 'content-type': 'application/json' })).reason).toMatch(/not a Telegram update/);
  });

  it('slack: the form fields as they came; a token: key (no option in Actionsflow) verifies nothing', async () => {
    const form = 'token=tok&team_id=T1&command=%2Fdeploy&text=prod+%E2%9C%93';
    const r = await receive('on:\n  slack:\n    token: tok\n', 'POST', '/w/slack', form, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(r.items).toEqual([{ token: 'tok', team_id: 'T1', command: '/deploy', text: 'prod ✓' }]);
    const other = await receive('on:\n  slack:\n    token: other\n', 'POST', '/w/slack', form, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(other.items).toEqual(r.items);
    const json = JSON.stringify({ type: 'block_actions', actions: [{ value: 'ü' }] });
    const i = await receive('on: slack', 'POST', '/w/slack', `payload=${encodeURIComponent(json)}`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(i.items).toEqual([{ payload: json }]);
  });

  it('github: form-encoded hooks carry payload=<json>', async () => {
    const json = JSON.stringify({ zen: 'Keep it logically awesome.', hook_id: 1 });
    const body = `payload=${encodeURIComponent(json)}`;
    const sig = await signGithub('s', body);
    const r = await receive('on:\n  github:\n    secret: s\n', 'POST', '/w/github', body, {
      'content-type': 'application/x-www-form-urlencoded',
      'x-github-event': 'ping',
      'x-hub-signature-256': sig,
    });
    expect(r.items).toEqual([{ event: 'ping', delivery: 'x', payload: JSON.parse(json) }]);
  });

  it('trello: HEAD check, signature over body + callback URL', async () => {
    const yaml = 'on:\n  trello:\n    secret: app-secret\n    callback_url: https://relay.example.com/octo/hooks/w/trello\n';
    expect((await receive(yaml, 'HEAD', '/w/trello', '', {})).reason).toMatch(/HEAD/);
    const body = JSON.stringify({ action: { id: 'a1', type: 'updateCard', data: { card: { name: 'Überprüfen' } } }, model: { id: 'b1', name: 'Board' } });
    const sig = await signTrello('app-secret', 'https://relay.example.com/octo/hooks/w/trello', body);
    const ok = await receive(yaml, 'POST', '/w/trello', body, { 'content-type': 'application/json', 'x-trello-webhook': sig });
    expect(ok.items).toEqual([JSON.parse(body)]);
    const bad = await receive(yaml, 'POST', '/w/trello', body, { 'content-type': 'application/json', 'x-trello-webhook': 'AAAA' });
    expect(bad.items).toEqual([]);
    expect((await receive('on:\n  trello:\n    secret: s\n', 'POST', '/w/trello', body, {})).reason).toMatch(/needs callback_url/);
  });

  it('aws_sns: the whole message is the item; raw delivery is refused while signatures are checked', async () => {
    const msg = JSON.stringify({ Type: 'Notification', MessageId: 'm', TopicArn: 't', Message: 'disk 91% full', Timestamp: 'x' });
    expect((await receive('on:\n  aws_sns:\n    verify_signature: false\n', 'POST', '/w/aws_sns', msg, { 'content-type': 'text/plain' })).items).toEqual([
      JSON.parse(msg),
    ]);
    expect((await receive('on: aws_sns', 'POST', '/w/aws_sns', 'raw', { 'x-amz-sns-rawdelivery': 'true' })).reason).toMatch(/raw message delivery/);
    expect(
      (await receive('on:\n  aws_sns:\n    verify_signature: false\n', 'POST', '/w/aws_sns', '{"a":1}', { 'x-amz-sns-rawdelivery': 'true' })).items,
    ).toEqual([{ a: 1 }]);
  });

  it('webhook: deduplicationKey picks request_id from the body', async () => {
    const r = await receive('on:\n  webhook:\n    deduplicationKey: order.id\n', 'POST', '/w/webhook', '{"order":{"id":"o-77"}}', {
      'content-type': 'application/json',
    });
    expect(r.items).toEqual([expect.objectContaining({ request_id: 'o-77' })]);
    const list = await receive('on:\n  webhook:\n    deduplicationKey: lines[1].sku\n', 'POST', '/w/webhook', '{"lines":[{"sku":"a"},{"sku":"b"}]}', {
      'content-type': 'application/json',
    });
    expect(list.items).toEqual([expect.objectContaining({ request_id: 'b' })]);
    const missing = await receive('on:\n  webhook:\n    deduplicationKey: order.id\n', 'POST', '/w/webhook', '{}', { 'content-type': 'application/json' });
    expect(missing.reason).toMatch(/deduplicationKey order.id names no field/);
    // Without a key: the body's id, else its key (numbers stay numbers), else a digest of the body.
    const id = await receive('on: webhook', 'POST', '/w/webhook', '{"id":7}', { 'content-type': 'application/json' });
    expect(id.items).toEqual([expect.objectContaining({ request_id: 7 })]);
  });
});
