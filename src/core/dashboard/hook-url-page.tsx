/**
 * The hook-URL builder: a form for the claims of a sealed URL (repository, path, event type,
 * expiry, credential, the provider verified at the edge), sealed with the same function as `POST /_/seal`, and the result with a
 * curl command that tests it. The sealed URL is shown once, on the answer to the form.
 */
import { PROVIDERS as VERIFIERS } from '../verify/providers.js';
import { Layout, Notice, type PageContext } from './layout.js';

/** What the form was filled with (kept when it is shown again with an error; never the token). */
export interface HookUrlForm {
  repo: string;
  path: string;
  eventType: string;
  expires: string;
  credential: 'token' | 'app';
  /** Provider whose signature the relay checks on every request ('' for none). */
  verify: string;
  topicArn: string;
}

/** A sealed URL just made. */
export interface HookUrlResult {
  url: string;
  claims: Record<string, unknown>;
  curl: string;
}

const EXPIRIES = ['', '1h', '24h', '7d', '30d', '90d', '365d'];

/** The page. */
export function HookUrlPage(props: {
  ctx: PageContext;
  enabled: boolean;
  hasApp: boolean;
  form: HookUrlForm;
  error?: string | undefined;
  result?: HookUrlResult | undefined;
}) {
  const f = props.form;
  return (
    <Layout title="Hook URL builder" ctx={props.ctx}>
      <h1>Hook URL builder</h1>
      <p>
        A sealed hook URL carries its GitHub credential encrypted, with limits the relay enforces: the repository, a path prefix, the event type and an expiry.
        Give it to the webhook provider instead of a URL with a raw token.
      </p>
      {!props.enabled && (
        <Notice kind="error">Sealed URLs are off on this relay: set W2G_SEALING_KEYS (make a key with webhook2github seal --new-key) and restart it.</Notice>
      )}
      {props.error !== undefined && <Notice kind="error">{props.error}</Notice>}
      {props.result && (
        <section aria-labelledby="result-title">
          <h2 id="result-title">Your hook URL</h2>
          <p>Shown once: copy it now. Whoever has it can trigger dispatches within its limits.</p>
          <label for="sealed-url">Hook URL</label>
          <textarea id="sealed-url" readonly rows={3} cols={80} spellcheck={false}>
            {props.result.url}
          </textarea>
          <p>
            <button type="button" data-copy="sealed-url" data-label="Copy URL">
              Copy URL
            </button>
          </p>
          <dl class="facts">
            {Object.entries(props.result.claims).map(([k, v]) => (
              <>
                <dt>{k}</dt>
                <dd class="mono">{v === null ? '—' : String(v)}</dd>
              </>
            ))}
          </dl>
          <h3>Test it</h3>
          <pre id="test-curl">{props.result.curl}</pre>
          <button type="button" data-copy="test-curl" data-label="Copy curl">
            Copy curl
          </button>
        </section>
      )}
      <form method="post" action="/_/hook-url" class="stack" aria-labelledby="form-title">
        <h2 id="form-title">{props.result ? 'Make another' : 'Make a sealed URL'}</h2>
        <input type="hidden" name="_csrf" value={props.ctx.csrf ?? ''} />
        <div>
          <label for="h-repo">Repository (owner/name, or owner/* for every repository of the owner)</label>
          <input id="h-repo" name="repo" required value={f.repo} placeholder="octo/bot" autocomplete="off" />
        </div>
        <div>
          <label for="h-path">Path prefix (optional)</label>
          <input id="h-path" name="path" value={f.path} placeholder="/hooks/stripe" autocomplete="off" />
        </div>
        <div>
          <label for="h-event">Event type (optional; the only one dispatched)</label>
          <input id="h-event" name="event_type" value={f.eventType} placeholder="webhook" maxlength={100} autocomplete="off" />
        </div>
        <div>
          <label for="h-expires">Expires after</label>
          <select id="h-expires" name="expires">
            {EXPIRIES.map((e) => (
              <option value={e} selected={f.expires === e}>
                {e === '' ? 'never (until revoked)' : e}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Credential</legend>
          <div>
            <input type="radio" id="h-cred-token" name="credential" value="token" checked={f.credential === 'token'} />
            <label for="h-cred-token">Seal a GitHub token</label>
          </div>
          <div>
            <label for="h-token">GitHub token (Contents: read and write on the repository)</label>
            <input id="h-token" name="token" type="password" autocomplete="off" size={40} />
          </div>
          {props.hasApp && (
            <div>
              <input type="radio" id="h-cred-app" name="credential" value="app" checked={f.credential === 'app'} />
              <label for="h-cred-app">The relay's GitHub App (no token in the URL)</label>
            </div>
          )}
        </fieldset>
        <fieldset>
          <legend>Verify the sender (optional)</legend>
          <p>The relay checks each request's signature before dispatching; the secret is sealed into the URL.</p>
          <div>
            <label for="h-verify">Provider</label>
            <select id="h-verify" name="verify">
              <option value="">no verification</option>
              {VERIFIERS.map((p) => (
                <option value={p.name} selected={f.verify === p.name}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="h-secret">Signing secret</label>
            <input id="h-secret" name="verify_secret" type="password" autocomplete="off" size={40} />
          </div>
          <div>
            <label for="h-verify-token">Verify token (Meta's subscription handshake)</label>
            <input id="h-verify-token" name="verify_token" type="password" autocomplete="off" size={40} />
          </div>
          <div>
            <label for="h-topic">Topic ARN (AWS SNS)</label>
            <input id="h-topic" name="topic_arn" value={f.topicArn} autocomplete="off" size={40} />
          </div>
        </fieldset>
        <button type="submit" class="primary" disabled={!props.enabled}>
          Seal
        </button>
      </form>
    </Layout>
  );
}
