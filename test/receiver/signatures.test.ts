/**
 * The verifiers against signatures made at test time by the providers' own package (GitHub:
 * @octokit/webhooks-methods) or by their documented scheme written independently with Web Crypto
 * (support/provider-signatures.ts), plus the vectors GitHub and Slack publish in their docs.
 */
import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timingSafeEqualText as safeEqualText } from '../../src/core/verify/crypto.js';
import { verifyGithub as verifyGithubBytes } from '../../src/core/verify/github.js';
import { checkSlack as checkSlackCore } from '../../src/core/verify/slack.js';
import { verifyTrello as verifyTrelloBytes } from '../../src/core/verify/trello.js';
import { verifyTypeform as verifyTypeformBytes } from '../../src/core/verify/typeform.js';

// The receiver's triggers use the relay's verifiers (src/core/verify): here with any header value.
const verifyGithub = (secret: string, body: Uint8Array, header: unknown) => verifyGithubBytes(secret, body, header as string);
const verifyTypeform = (secret: string, body: Uint8Array, header: unknown) => verifyTypeformBytes(secret, body, header as string);
const verifyTrello = (secret: string, url: string, body: Uint8Array, header: unknown) => verifyTrelloBytes(secret, url, body, header as string);
/** Why the check failed, or undefined when it passed. */
async function checkSlack(secret: string, body: Uint8Array, signature: unknown, timestamp: unknown, now: Date): Promise<string | undefined> {
  const check = await checkSlackCore(secret, body, signature as string, timestamp as string, now.getTime());
  return check.ok ? undefined : check.reason;
}
import { signSlack, signTrello, signTypeform } from './support/provider-signatures.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

// Realistic payloads: what each provider sends, with non-ASCII text.
const githubPush = JSON.stringify({
  ref: 'refs/heads/main',
  repository: { full_name: 'octo/hooks' },
  head_commit: { id: '6dcb09b5b57875f334f61aebed695e2e4193db5e', message: 'Größe ändern ✓ — naïve café', author: { name: 'Zoë Ünal' } },
  pusher: { name: 'zoë' },
});
const slackEvent = JSON.stringify({
  token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
  team_id: 'T061EG9R6',
  type: 'event_callback',
  event_id: 'Ev0PV52K21',
  event_time: 1700000000,
  event: { type: 'app_mention', user: 'U061F7AUR', text: '<@U0LAN0Z89> grüß dich 👋 — ¿qué tal?', channel: 'C0LAN2Q65' },
});
const slackCommand = 'token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&command=%2Fweather&text=M%C3%BCnchen+%E2%98%80&user_name=J%C3%BCrgen';
const typeformResponse = JSON.stringify({
  event_id: '01HF4E4ZZ0T4Q7R8W0KXJ8N6XZ',
  event_type: 'form_response',
  form_response: { form_id: 'lT4Z3j', answers: [{ type: 'text', text: 'Crème brûlée, bitte 🍮', field: { id: 'Ab1', type: 'short_text' } }] },
});
const trelloAction = JSON.stringify({
  action: { id: '65a1b2c3d4e5f60718293a4b', type: 'commentCard', data: { text: 'Прошу проверить — ✓', card: { name: 'Überarbeitung' } } },
  model: { id: '5f0e1d2c3b4a596877665544', name: 'Roadmap 2024' },
});
const trelloCallback = 'https://relay.example.com/octo/hooks/boards/trello?src=tr%C3%A9llo';

const MALFORMED: unknown[] = [
  undefined,
  null,
  42,
  {},
  [],
  '',
  'sha256=',
  'sha256=zz',
  'sha256=abc',
  'v0=',
  '=====',
  'sha256=%%%',
  `sha256=${'a'.repeat(10_000)}`,
];

describe('GitHub: verifyGithub agrees with @octokit/webhooks-methods', () => {
  it('accepts what octokit signs, for the exact bytes only', async () => {
    const sig = await octokitSign('gh-sëcret', githubPush);
    expect(await verifyGithub('gh-sëcret', utf8(githubPush), sig)).toBe(true);
    expect(await octokitVerify('gh-sëcret', githubPush, sig)).toBe(true);
    const changed = githubPush.replace('Größe', 'Grösse');
    expect(await verifyGithub('gh-sëcret', utf8(changed), sig)).toBe(false);
    expect(await octokitVerify('gh-sëcret', changed, sig)).toBe(false);
    expect(await verifyGithub('other', utf8(githubPush), sig)).toBe(false);
    expect(await verifyGithub('', utf8(githubPush), sig)).toBe(false);
  });

  it("GitHub's published example verifies (docs: validating webhook deliveries)", async () => {
    // https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries#testing-the-webhook-payload-validation
    const published = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';
    expect(await octokitSign("It's a Secret to Everybody", 'Hello, World!')).toBe(published);
    expect(await verifyGithub("It's a Secret to Everybody", utf8('Hello, World!'), published)).toBe(true);
  });

  it("for any secret and body, octokit's signature verifies and a foreign one does not, as octokit decides", async () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(text, text, text, async (secret, body, otherBody) => {
        const sig = await octokitSign(secret, body);
        expect(await verifyGithub(secret, utf8(body), sig)).toBe(true);
        expect(await verifyGithub(secret, utf8(otherBody), sig)).toBe(await octokitVerify(secret, otherBody, sig));
      }),
      { numRuns: 200 },
    );
  });
});

describe('Slack: checkSlack against the documented v0 scheme', () => {
  it("Slack's published example verifies (docs: verifying requests from Slack)", async () => {
    // https://api.slack.com/authentication/verifying-requests-from-slack (the worked example)
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const sig = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
    expect(await checkSlack('8f742231b10e8888abcd99yyyzzz85a5', utf8(body), sig, '1531420618', new Date(1531420618 * 1000))).toBeUndefined();
  });

  it('accepts events and slash commands signed per the scheme; refuses changed bytes or timestamp', async () => {
    const ts = '1700000000';
    const at = new Date(1700000000 * 1000);
    for (const body of [slackEvent, slackCommand]) {
      const sig = await signSlack('slack-sïgning', ts, body);
      expect(await checkSlack('slack-sïgning', utf8(body), sig, ts, at)).toBeUndefined();
      expect(await checkSlack('slack-sïgning', utf8(`${body} `), sig, ts, at)).toMatch(/does not match/);
      expect(await checkSlack('slack-sïgning', utf8(body), sig, '1700000001', at)).toMatch(/does not match/);
      expect(await checkSlack('other', utf8(body), sig, ts, at)).toMatch(/does not match/);
    }
  });

  it('the window is 5 minutes either way from the receive time', async () => {
    const ts = '1700000000';
    const sig = await signSlack('k', ts, slackEvent);
    const body = utf8(slackEvent);
    expect(await checkSlack('k', body, sig, ts, new Date((1700000000 + 299) * 1000))).toBeUndefined();
    expect(await checkSlack('k', body, sig, ts, new Date((1700000000 - 299) * 1000))).toBeUndefined();
    expect(await checkSlack('k', body, sig, ts, new Date((1700000000 + 301) * 1000))).toMatch(/5 minutes/);
    expect(await checkSlack('k', body, sig, ts, new Date((1700000000 - 301) * 1000))).toMatch(/5 minutes/);
    expect(await checkSlack('k', body, sig, 'abc', new Date())).toMatch(/malformed/);
  });

  it("for any secret and body bytes, the scheme's signature verifies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 64 }), fc.uint8Array({ maxLength: 300 }), async (secret, body) => {
        const sig = await signSlack(secret, '1700000000', body);
        expect(await checkSlack(secret, body, sig, '1700000000', new Date(1700000000 * 1000))).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('Typeform and Trello against their documented schemes', () => {
  it('typeform: base64 behind sha256=, over the raw body', async () => {
    const sig = await signTypeform('tf-sécret', typeformResponse);
    expect(await verifyTypeform('tf-sécret', utf8(typeformResponse), sig)).toBe(true);
    expect(await verifyTypeform('tf-sécret', utf8(typeformResponse.replace('bitte', 'danke')), sig)).toBe(false);
    expect(await verifyTypeform('other', utf8(typeformResponse), sig)).toBe(false);
    // The same MAC written as hex is not Typeform's format.
    const hex = `sha256=${Buffer.from(sig.slice(7), 'base64').toString('hex')}`;
    expect(await verifyTypeform('tf-sécret', utf8(typeformResponse), hex)).toBe(false);
  });

  it('trello: the body followed by the callback URL exactly as registered', async () => {
    const sig = await signTrello('trello-app-sëcret', trelloCallback, trelloAction);
    expect(await verifyTrello('trello-app-sëcret', trelloCallback, utf8(trelloAction), sig)).toBe(true);
    expect(await verifyTrello('trello-app-sëcret', trelloCallback.replace('tr%C3%A9llo', 'trello'), utf8(trelloAction), sig)).toBe(false);
    expect(await verifyTrello('trello-app-sëcret', trelloCallback, utf8(trelloAction.replace('✓', '✔')), sig)).toBe(false);
    expect(await verifyTrello('other', trelloCallback, utf8(trelloAction), sig)).toBe(false);
  });

  it("for any secret and body bytes, each scheme's signature verifies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 64 }), fc.uint8Array({ maxLength: 300 }), async (secret, body) => {
        expect(await verifyTypeform(secret, body, await signTypeform(secret, body))).toBe(true);
        expect(await verifyTrello(secret, trelloCallback, body, await signTrello(secret, trelloCallback, body))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('malformed input', () => {
  it('never throws, returns false (or a reason)', async () => {
    const body = utf8(githubPush);
    for (const bad of MALFORMED) {
      expect(await verifyGithub('s', body, bad)).toBe(false);
      expect(await verifyTypeform('s', body, bad)).toBe(false);
      expect(await verifyTrello('s', 'https://x', body, bad)).toBe(false);
      expect(await checkSlack('s', body, bad, '1700000000', new Date(1700000000 * 1000))).toBeTypeOf('string');
      expect(await checkSlack('s', body, 'v0=00', bad, new Date())).toBeTypeOf('string');
    }
    expect(safeEqualText('a', 'ab')).toBe(false);
    expect(safeEqualText('', '')).toBe(false);
  });
});
