import { describe, expect, it } from 'vitest';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { signSlack } from './support/provider-signatures.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const workspace = makeWorkspace({
  'chat/tg.yml': `on:
  telegram_bot:
    secret_token: \${{ secrets.TG_SECRET }}
    event: [text, photo]
jobs: {}
`,
  'slack.yaml': `on:
  slack:
    signing_secret: \${{ secrets.SLACK_SIGNING_SECRET }}
jobs: {}
`,
});
const secrets = JSON.stringify({ TG_SECRET: 'tg_3f1c-secret', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5' });

const update = JSON.stringify({
  update_id: 714636917,
  message: {
    message_id: 1827,
    from: { id: 427770117, is_bot: false, first_name: 'Ана', language_code: 'ru' },
    chat: { id: 427770117, first_name: 'Ана', type: 'private' },
    date: 1700000000,
    text: 'Привет, 世界! 👋',
  },
});

describe('Action: telegram_bot trigger', () => {
  const event = (token: string) =>
    dispatchEvent(
      envelopeOf({
        method: 'POST',
        url: '/chat/tg/telegram_bot',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': token },
        body: update,
      }),
    );

  it('yields the message with update_id when the secret token matches', async () => {
    const run = await runAction({ workspace, event: event('tg_3f1c-secret'), inputs: { secrets } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.workflow).toBe('chat/tg');
    expect(run.outputs.trigger).toBe('telegram_bot');
    expect(run.outputs.body).toBe(update);
    const item = JSON.parse(run.outputs.item as string);
    expect(item).toEqual({ ...JSON.parse(update).message, update_id: 714636917 });
    expect(item.text).toBe('Привет, 世界! 👋');
  });

  it('yields nothing for a wrong secret token', async () => {
    const run = await runAction({ workspace, event: event('guess'), inputs: { secrets } });
    expect(run.outputs.matched).toBe('true');
    expect(run.outputs.items).toBe('[]');
    expect(run.outputs.reason).toMatch(/Secret-Token does not match/);
  });
});

describe('Action: slack trigger', () => {
  const signing = 'SLACK_SIGNING_SECRET';
  async function signed(body: string, ts: number) {
    const sig = await signSlack(JSON.parse(secrets)[signing], String(ts), body);
    return dispatchEvent(
      envelopeOf(
        {
          method: 'POST',
          url: '/slack/slack',
          headers: {
            'Content-Type': 'application/json',
            'X-Slack-Request-Timestamp': String(ts),
            'X-Slack-Signature': sig,
            'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
          },
          body,
        },
        'd-slack-1',
        new Date(ts * 1000 + 1200),
      ),
    );
  }
  const now = Math.floor(Date.now() / 1000);

  it('yields the event of an event_callback with a valid signature', async () => {
    const body = JSON.stringify({
      token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
      team_id: 'T061EG9R6',
      api_app_id: 'A0PNCHHK2',
      event: { type: 'message', channel: 'C2147483705', user: 'U2147483697', text: 'Grüße — ship it 🚀', ts: '1355517523.000005' },
      type: 'event_callback',
      event_id: 'Ev0PV52K21',
      event_time: 1355517523,
    });
    const run = await runAction({ workspace, event: await signed(body, now), inputs: { secrets } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.trigger).toBe('slack');
    expect(run.outputs.body).toBe(body);
    // The whole callback, as Actionsflow's slack trigger yields it.
    expect(JSON.parse(run.outputs.item as string)).toEqual(JSON.parse(body));
  });

  it('accepts a url_verification handshake with no items, and rejects a stale timestamp', async () => {
    const body = JSON.stringify({
      token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const ok = await runAction({ workspace, event: await signed(body, now), inputs: { secrets } });
    expect(ok.outputs.matched).toBe('true');
    expect(ok.outputs.items).toBe('[]');
    expect(ok.outputs.reason).toMatch(/url_verification/);
    // Signed correctly but relayed 10 minutes after its timestamp: outside Slack's 5-minute window.
    const stale = dispatchEvent({ ...((await signed(body, now)).client_payload as object), received_at: new Date((now + 600) * 1000).toISOString() });
    const late = await runAction({ workspace, event: stale, inputs: { secrets } });
    expect(late.outputs.reason).toMatch(/more than 5 minutes/);
  });
});
