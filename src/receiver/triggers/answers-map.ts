import { own } from '../own.js';
import { bodyObject } from './options.js';

/** Typeform's answer values that wrap the value itself: a choice's `label`, choices' `labels`. */
const SUB_VALUES = ['label', 'labels'];

/**
 * The `answers_map` Actionsflow adds to a form response: field title → answer value, built from
 * `form_response.definition.fields` and `form_response.answers`. `answerValue` picks an answer's
 * value (Typeform: the key named by its `type`; Google Forms: `response`). Undefined when the body
 * does not have that shape (Actionsflow throws there). Titles are user text: the map is built
 * from a Map, so a title such as `__proto__` is an ordinary key.
 */
export function answersMap(body: Record<string, unknown>, answerValue: (answer: Record<string, unknown>) => unknown): Record<string, unknown> | undefined {
  const response = bodyObject(body.form_response);
  const definition = response ? bodyObject(response.definition) : undefined;
  const fields = definition?.fields;
  const answers = response?.answers;
  if (!Array.isArray(fields) || !Array.isArray(answers)) return undefined;
  const titles = new Map<unknown, unknown>();
  for (const field of fields) {
    const f = bodyObject(field);
    if (f) titles.set(own(f, 'id'), own(f, 'title'));
  }
  const map = new Map<string, unknown>();
  for (const answer of answers) {
    const a = bodyObject(answer);
    if (!a) continue;
    const field = bodyObject(a.field);
    map.set(String(titles.get(field ? own(field, 'id') : undefined)), answerValue(a));
  }
  return Object.fromEntries(map);
}

/** A Typeform answer's value: the key its `type` names, unwrapped from `label`/`labels`. */
export function typeformValue(answer: Record<string, unknown>): unknown {
  const type = answer.type;
  let value = typeof type === 'string' ? own(answer, type) : undefined;
  const wrapped = bodyObject(value);
  if (wrapped || Array.isArray(value)) {
    for (const key of SUB_VALUES) {
      const inner = own(value as object, key);
      if (inner !== undefined) {
        value = inner;
        break;
      }
    }
  }
  return value;
}

/** A Google Forms answer's value, as the Apps Script in Actionsflow's docs posts it: `response`. */
export function googleFormValue(answer: Record<string, unknown>): unknown {
  return own(answer, 'response');
}
