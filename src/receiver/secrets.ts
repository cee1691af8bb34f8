import { own } from './own.js';
import { ReceiverError } from './receiver-error.js';

const SECRET_EXPR = /\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Parses the `secrets` input (a JSON object of strings, e.g. `${{ toJSON(secrets) }}`). */
export function parseSecrets(text: string | undefined, source = 'secrets'): Record<string, string> {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ReceiverError(`${source} must be a JSON object, e.g. \${{ toJSON(secrets) }}; it is not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ReceiverError(`${source} must be a JSON object of NAME: value`);
  }
  // fromEntries defines own properties: a secret named __proto__ stays a secret.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

/**
 * Fills `${{ secrets.NAME }}` in every string of a parsed YAML value. A name the secrets lack
 * becomes an empty string and a warning naming it and where it was used (not the value), as in
 * Actionsflow and in GitHub's own expressions, so a trigger file that names a secret it does
 * not need here (Actionsflow's `telegram_bot.token`, say) still works.
 */
export function fillSecrets(value: unknown, secrets: Record<string, string>, where: string, warnings: string[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(SECRET_EXPR, (_m, name: string) => {
      const secret = own(secrets, name);
      if (typeof secret === 'string') return secret;
      const warning =
        `secret ${name} is used in ${where} but the secrets input has no ${name}; it is empty ` +
        `(pass secrets: \${{ toJSON(secrets) }} and define it in the repository settings if the trigger needs it)`;
      if (!warnings.includes(warning)) warnings.push(warning);
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v) => fillSecrets(v, secrets, where, warnings));
  if (typeof value === 'object' && value !== null) {
    // Own properties only: an option named __proto__ must not become the options' prototype.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillSecrets(v, secrets, where, warnings)]));
  }
  return value;
}
