import { describe, expect, it } from 'vitest';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { signTypeform } from './support/provider-signatures.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const workspace = makeWorkspace({
  'survey.yml': `on:
  typeform:
    secret: \${{ secrets.TYPEFORM_SECRET }}
  google_form:
    secret: \${{ secrets.FORM_SECRET }}
  webhook:
    method: post
    path: /contact/:lang
jobs: {}
`,
});
const secrets = JSON.stringify({ TYPEFORM_SECRET: 'tf-🔑-secret', FORM_SECRET: 'apps-script-secret' });

describe('Action: typeform trigger', () => {
  const body = JSON.stringify({
    event_id: '01HF2X1Q3R8ZK9',
    event_type: 'form_response',
    form_response: {
      form_id: 'lT4Z3j',
      token: 'a3a12ec67a1365927098a606107fac15',
      submitted_at: '2023-11-14T22:13:20Z',
      definition: {
        id: 'lT4Z3j',
        title: 'Café survey ☕',
        fields: [
          { id: 'DlXFaesGBpoF', title: 'Wie war der Kaffee?', type: 'long_text', ref: 'coffee' },
          { id: 'NRsxU591jIW9', title: 'Note / score', type: 'opinion_scale', ref: 'score' },
        ],
      },
      answers: [
        { type: 'text', text: 'Très bien, merci — 很好', field: { id: 'DlXFaesGBpoF', type: 'long_text' } },
        { type: 'number', number: 5, field: { id: 'NRsxU591jIW9', type: 'opinion_scale' } },
      ],
    },
  });
  const event = async (secret: string) =>
    dispatchEvent(
      envelopeOf({
        method: 'POST',
        url: '/survey/typeform',
        headers: {
          'content-type': 'application/json',
          'typeform-signature': await signTypeform(secret, body),
        },
        body,
      }),
    );

  it('yields the body with answers_map (field title → answer) when Typeform-Signature verifies', async () => {
    const run = await runAction({ workspace, event: await event('tf-🔑-secret'), inputs: { secrets } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.body).toBe(body);
    const item = JSON.parse(run.outputs.item as string);
    expect(item.event_id).toBe('01HF2X1Q3R8ZK9');
    expect(item.form_response.answers[0].text).toBe('Très bien, merci — 很好');
    expect(item.answers_map).toEqual({ 'Wie war der Kaffee?': 'Très bien, merci — 很好', 'Note / score': 5 });
  });

  it('yields nothing when the signature was made with another secret', async () => {
    const run = await runAction({ workspace, event: await event('other'), inputs: { secrets } });
    expect(run.outputs.items).toBe('[]');
    expect(run.outputs.reason).toMatch(/Typeform-Signature/);
  });
});

describe('Action: form posts', () => {
  const form = 'name=Jos%C3%A9+M%C3%BCller&email=jose%40example.com&topics=billing&topics=api&message=%C2%BFHola%3F%0ALine+2';

  it('google_form: a form-encoded Apps Script post becomes the item', async () => {
    const event = dispatchEvent(
      envelopeOf({
        method: 'POST',
        url: '/survey/google_form',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-webhook-secret': 'apps-script-secret' },
        body: form,
      }),
    );
    const run = await runAction({ workspace, event, inputs: { secrets } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.body).toBe(form);
    expect(JSON.parse(run.outputs.item as string)).toEqual({
      name: 'José Müller',
      email: 'jose@example.com',
      topics: ['billing', 'api'],
      message: '¿Hola?\nLine 2',
    });
  });

  it('webhook: a browser form post to /contact/:lang with query and params', async () => {
    const event = dispatchEvent(
      envelopeOf(
        {
          method: 'POST',
          url: '/survey/webhook/contact/fran%C3%A7ais?src=footer&utm=a&utm=b&__response_code=302',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', Origin: 'https://example.org' },
          body: form,
        },
        'delivery-form-1',
      ),
    );
    const run = await runAction({ workspace, event, inputs: { secrets } });
    expect(run.code, run.stdout).toBe(0);
    const o = run.outputs;
    expect(o.trigger).toBe('webhook');
    expect(o.path).toBe('/contact/fran%C3%A7ais');
    expect(o['origin-path']).toBe('/survey/webhook/contact/fran%C3%A7ais');
    expect(JSON.parse(o.params as string)).toEqual({ lang: 'français' });
    expect(JSON.parse(o.query as string)).toEqual({ src: 'footer', utm: ['a', 'b'] });
    expect(o.querystring).toBe('src=footer&utm=a&utm=b');
    const item = JSON.parse(o.item as string);
    // Actionsflow's keys, in its order: the path and the delivery id are outputs, not item keys.
    expect(Object.keys(item)).toEqual(['request_id', 'body', 'headers', 'method', 'query', 'querystring', 'search', 'params']);
    expect(item.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(item).toMatchObject({
      method: 'post',
      search: '?src=footer&utm=a&utm=b',
      params: { lang: 'français' },
      query: { src: 'footer', utm: ['a', 'b'] },
    });
    expect(item.body.message).toBe('¿Hola?\nLine 2');
    expect(item.headers.origin).toBe('https://example.org');
  });

  it('webhook: a GET does not match method post and is reported unmatched', async () => {
    const event = dispatchEvent(envelopeOf({ method: 'GET', url: '/survey/webhook/contact/en' }));
    const run = await runAction({ workspace, event, inputs: { secrets } });
    expect(run.code).toBe(0);
    expect(run.outputs.matched).toBe('false');
    expect(run.outputs.reason).toMatch(/GET \/contact\/en is not one of POST \/contact\/:lang/);
  });
});
