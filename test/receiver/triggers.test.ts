import { describe, expect, it } from 'vitest';
import { receiveRequest } from '../../src/receiver/receive.js';
import { buildRequest } from '../../src/receiver/request.js';
import { parseWorkflow } from '../../src/receiver/workflows.js';
import { signGithub, signTrello } from './support/provider-signatures.js';

function receive(yaml: string, method: string, path: string, body: string, headers: Record<string, string>) {
  return receiveRequest(
    buildRequest({ id: 'x', method, path, headers, rawBody: Buffer.from(body), receivedAt: new Date().toISOString() }),
    { workflows: [parseWorkflow('w', 'w.yml', yaml)], fetchCert: () => Promise.reject(new Error('offline')) },
  );
}

describe('built-in triggers (in-process)', () => {
  it('telegram_bot: event filter by message type and update kind', async () => {
    const yaml = 'on:\n  telegram_bot:\n    event: photo\n';
    const text = JSON.stringify({ update_id: 1, message: { text: 'hi' } });
    expect((await receive(yaml, 'POST', '/w/telegram_bot', text, { 'content-type': 'application/json' })).reason).toMatch(/not one of event: photo/);
    const cb = JSON.stringify({ update_id: 2, callback_query: { id: 'c1', data: 'ok' } });
    const r = (await receive('on:\n  telegram_bot:\n    event: [callback_query]\n', 'POST', '/w/telegram_bot', cb, { 'content-type': 'application/json' }));
    expect(r.items).toEqual([{ id: 'c1', data: 'ok', update_id: 2, update_type: 'callback_query' }]);
    expect((await receive(yaml, 'POST', '/w/telegram_bot', '{"x":1}', { 'content-type': 'application/json' })).reason).toMatch(/not a Telegram update/);
  });

  it('slack: slash command form, interactive payload, legacy token', async () => {
    const form = 'token=tok&team_id=T1&command=%2Fdeploy&text=prod+%E2%9C%93';
    const r = (await receive('on:\n  slack:\n    token: tok\n', 'POST', '/w/slack', form, { 'content-type': 'application/x-www-form-urlencoded' }));
    expect(r.items).toEqual([{ token: 'tok', team_id: 'T1', command: '/deploy', text: 'prod ✓' }]);
    const bad = (await receive('on:\n  slack:\n    token: other\n', 'POST', '/w/slack', form, { 'content-type': 'application/x-www-form-urlencoded' }));
    expect(bad.reason).toMatch(/token field does not match/);
    const payload = `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', actions: [{ value: 'ü' }] }))}`;
    const i = (await receive('on: slack', 'POST', '/w/slack', payload, { 'content-type': 'application/x-www-form-urlencoded' }));
    expect(i.items).toEqual([{ type: 'block_actions', actions: [{ value: 'ü' }] }]);
  });

  it('github: form-encoded hooks carry payload=<json>', async () => {
    const json = JSON.stringify({ zen: 'Keep it logically awesome.', hook_id: 1 });
    const body = `payload=${encodeURIComponent(json)}`;
    const sig = await signGithub('s', body);
    const r = (await receive('on:\n  github:\n    secret: s\n', 'POST', '/w/github', body, {
      'content-type': 'application/x-www-form-urlencoded', 'x-github-event': 'ping', 'x-hub-signature-256': sig,
    }));
    expect(r.items).toEqual([{ event: 'ping', delivery: 'x', payload: JSON.parse(json) }]);
  });

  it('trello: HEAD check, signature over body + callback URL', async () => {
    const yaml = 'on:\n  trello:\n    secret: app-secret\n    callback_url: https://relay.example.com/octo/hooks/w/trello\n';
    expect((await receive(yaml, 'HEAD', '/w/trello', '', {})).reason).toMatch(/HEAD/);
    const body = JSON.stringify({ action: { id: 'a1', type: 'updateCard', data: { card: { name: 'Überprüfen' } } }, model: { id: 'b1', name: 'Board' } });
    const sig = await signTrello('app-secret', 'https://relay.example.com/octo/hooks/w/trello', body);
    const ok = (await receive(yaml, 'POST', '/w/trello', body, { 'content-type': 'application/json', 'x-trello-webhook': sig }));
    expect(ok.items).toEqual([{ id: 'a1', type: 'updateCard', data: { card: { name: 'Überprüfen' } }, model: { id: 'b1', name: 'Board' } }]);
    const bad = (await receive(yaml, 'POST', '/w/trello', body, { 'content-type': 'application/json', 'x-trello-webhook': 'AAAA' }));
    expect(bad.items).toEqual([]);
    expect((await receive('on:\n  trello:\n    secret: s\n', 'POST', '/w/trello', body, {})).reason).toMatch(/needs callback_url/);
  });

  it('aws_sns: a plain-text Message becomes { message }; raw delivery is refused', async () => {
    const msg = JSON.stringify({ Type: 'Notification', MessageId: 'm', TopicArn: 't', Message: 'disk 91% full', Timestamp: 'x' });
    expect((await receive('on:\n  aws_sns:\n    verify_signature: false\n', 'POST', '/w/aws_sns', msg, { 'content-type': 'text/plain' })).items).toEqual([{ message: 'disk 91% full' }]);
    expect((await receive('on:\n  aws_sns:\n    verify_signature: false\n', 'POST', '/w/aws_sns', 'raw', { 'x-amz-sns-rawdelivery': 'true' })).reason).toMatch(/raw message delivery/);
  });

  it('webhook: deduplicationKey picks request_id from the body', async () => {
    const r = (await receive('on:\n  webhook:\n    deduplicationKey: order.id\n', 'POST', '/w/webhook', '{"order":{"id":"o-77"}}', { 'content-type': 'application/json' }));
    expect(r.items[0]?.request_id).toBe('o-77');
  });
});
