import { own } from './own.js';
import { ReceiverError } from './receiver-error.js';

const SECRET_EXPR = /\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** One `NAME=value` line of the secrets input (the value is the rest of the line, as is). */
const SECRET_LINE = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/;

/**
 * Parses the secrets: a JSON object of strings (`${{ toJSON(secrets) }}`), or `NAME=value` lines
 * (blank lines and `# comments` skipped), which lets a workflow pass only the secrets its triggers
 * use:
 *
 *     secrets: |
 *       TELEGRAM_SECRET_TOKEN=${{ secrets.TELEGRAM_SECRET_TOKEN }}
 */
export function parseSecrets(text: string | undefined, source = 'secrets'): Record<string, string> {
  if (text === undefined || text.trim() === '') return {};
  if (text.trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ReceiverError(`${source} starts like a JSON object but is not valid JSON; give a JSON object (\${{ toJSON(secrets) }}) or NAME=value lines`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ReceiverError(`${source} must be a JSON object of NAME: value, or NAME=value lines`);
    }
    // fromEntries defines own properties: a secret named __proto__ stays a secret.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  }
  const out = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const m = SECRET_LINE.exec(line);
    // Never echo the line: it holds a secret.
    if (!m) throw new ReceiverError(`${source}: line ${i + 1} is not NAME=value (names are letters, digits and _); give NAME=value lines or a JSON object`);
    out.set(m[1]!, m[2]!);
  });
  return Object.fromEntries(out);
}

/** Where secrets come from, as the messages name it: the Action's input, or the CLI's file. */
export const ACTION_SECRETS_HINT =
  "pass it in the Action's secrets input (NAME=value lines, or ${{ toJSON(secrets) }}) and define it in the repository settings";

/**
 * Fills `${{ secrets.NAME }}` in every string of a parsed YAML value. A name the secrets lack
 * becomes an empty string and a warning naming it and where it was used (not the value), as in
 * Actionsflow and in GitHub's own expressions, so a trigger file that names a secret it does
 * not need here (Actionsflow's `telegram_bot.token`, say) still works.
 */
export function fillSecrets(value: unknown, secrets: Record<string, string>, where: string, warnings: string[] = [], hint = ACTION_SECRETS_HINT): unknown {
  if (typeof value === 'string') {
    return value.replace(SECRET_EXPR, (_m, name: string) => {
      const secret = own(secrets, name);
      if (typeof secret === 'string') return secret;
      const warning = `secret ${name} is used in ${where} but was not given; it is empty (${hint}, if the trigger needs it)`;
      if (!warnings.includes(warning)) warnings.push(warning);
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v) => fillSecrets(v, secrets, where, warnings, hint));
  if (typeof value === 'object' && value !== null) {
    // Own properties only: an option named __proto__ must not become the options' prototype.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillSecrets(v, secrets, where, warnings, hint)]));
  }
  return value;
}
