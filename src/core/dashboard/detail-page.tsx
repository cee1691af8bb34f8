/**
 * One delivery: where it stands and every attempt on a timeline (GitHub's status, message and
 * request id), the request as received (headers; body as pretty JSON, raw text and hex), the
 * envelope sent, the request as curl, and the replay form. The timeline refreshes live.
 */
import type { AttemptRecord } from '../delivery/history.js';
import type { Delivery } from '../delivery/store.js';
import { Layout, Notice, StatusBadge, Time, type PageContext } from './layout.js';
import { hexDump, type RequestView } from './request-view.js';

/** The provider's delivery id from a stored (scoped) dedupe key: its last line. */
const providerId = (key: string | null) => (key === null ? null : (key.split('\n').pop() ?? null));

function Attempt(props: { a: AttemptRecord }) {
  const { a } = props;
  return (
    <li>
      <Time ms={a.at} /> <StatusBadge status={a.outcome} /> {a.step === 'blob' ? 'storing the body as a git blob: ' : ''}
      {a.status === null ? 'no answer from GitHub' : `GitHub HTTP ${a.status}`}
      {a.ms !== null && ` in ${a.ms} ms`}
      {a.message !== null && (
        <div>
          Message: <span class="mono">{a.message}</span>
        </div>
      )}
      {a.requestId !== null && (
        <div>
          x-github-request-id: <span class="mono">{a.requestId}</span>
        </div>
      )}
    </li>
  );
}

/** Where the delivery stands and its attempts (the fragment the script refreshes). */
export function Timeline(props: { d: Delivery; attempts: AttemptRecord[] | undefined }) {
  const { d, attempts } = props;
  return (
    <section id="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Attempts</h2>
      <p>
        Status <StatusBadge status={d.status} /> after {String(d.attempts)} attempt{d.attempts === 1 ? '' : 's'}
        {d.status === 'pending' && (
          <>
            ; next attempt <Time ms={d.nextAttemptAt} />
          </>
        )}
        .
      </p>
      {d.run !== null && (
        <p>
          Workflow run: <a href={d.run.htmlUrl || d.run.url}>{d.run.htmlUrl || d.run.url}</a>
        </p>
      )}
      {attempts === undefined ? (
        <p>
          This relay's store keeps only the last attempt: GitHub {d.lastStatus === null ? 'did not answer' : `answered HTTP ${d.lastStatus}`}
          {d.lastError !== null && `: ${d.lastError}`}.
        </p>
      ) : attempts.length === 0 ? (
        <p>No attempt yet.</p>
      ) : (
        <ol class="timeline">
          {attempts.map((a) => (
            <Attempt a={a} />
          ))}
        </ol>
      )}
      {d.response !== null && d.response.body !== '' && (
        <details>
          <summary>GitHub's answer (HTTP {String(d.response.status)})</summary>
          <pre>{d.response.body}</pre>
        </details>
      )}
    </section>
  );
}

function Body(props: { view: RequestView }) {
  const b = props.view.body;
  if (b.kind === 'none') return <p>No body.</p>;
  if (b.kind === 'ref')
    return (
      <p>
        The body ({String(b.size)} bytes) travelled as git blob {b.sha} in the repository.
      </p>
    );
  return (
    <>
      <p>
        {String(b.size)} bytes, stored as {b.encoding}
        {b.text === undefined ? ' (binary)' : ''}.
      </p>
      {b.json !== undefined && (
        <details open>
          <summary>Pretty JSON</summary>
          <pre id="body-json">{b.json}</pre>
        </details>
      )}
      {b.text !== undefined && (
        <details open={b.json === undefined}>
          <summary>Raw</summary>
          <pre id="body-raw">{b.text}</pre>
        </details>
      )}
      <details open={b.text === undefined}>
        <summary>Hex</summary>
        <pre id="body-hex">{hexDump(b.bytes)}</pre>
      </details>
    </>
  );
}

/** The page. */
export function DetailPage(props: {
  ctx: PageContext;
  d: Delivery;
  attempts: AttemptRecord[] | undefined;
  view: RequestView;
  curl: string;
  hasApp: boolean;
  canReplay: boolean;
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { d, view } = props;
  return (
    <Layout title={`Delivery ${d.id}`} ctx={props.ctx} data={{ 'data-live': 'detail', 'data-id': d.id }}>
      <h1>
        Delivery <span class="mono">{d.id}</span>
      </h1>
      {props.notice !== undefined && <Notice>{props.notice}</Notice>}
      {props.error !== undefined && <Notice kind="error">{props.error}</Notice>}
      <dl class="facts">
        <dt>Repository</dt>
        <dd>{`${d.owner}/${d.repo}`}</dd>
        <dt>Target</dt>
        <dd>
          {d.target.kind === 'workflow_dispatch'
            ? `workflow_dispatch of ${d.target.workflow}${d.target.ref ? ` on ${d.target.ref}` : ''}`
            : `repository_dispatch, event type ${d.eventType}`}
        </dd>
        <dt>Provider</dt>
        <dd>{view.provider}</dd>
        <dt>Received</dt>
        <dd>
          <Time ms={d.receivedAt} />
        </dd>
        <dt>Ended</dt>
        <dd>
          <Time ms={d.settledAt} />
        </dd>
        {d.replayOf !== null && (
          <>
            <dt>Replay of</dt>
            <dd>
              <a href={`/_/d/${encodeURIComponent(d.replayOf)}`}>{d.replayOf}</a>
            </dd>
          </>
        )}
        {d.dedupeKey !== null && (
          <>
            <dt>Provider delivery id</dt>
            <dd class="mono">{providerId(d.dedupeKey)}</dd>
          </>
        )}
      </dl>
      <Timeline d={d} attempts={props.attempts} />
      <section aria-labelledby="req-title">
        <h2 id="req-title">Request</h2>
        <p class="mono">
          {view.method} {view.path}
        </p>
        <div class="table-wrap">
          <table aria-label="Request headers">
            <thead>
              <tr>
                <th scope="col">Header</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {view.headers.map((h) => (
                <tr>
                  <td class="mono">{h.name}</td>
                  <td class="mono">{h.redacted ? <em>REDACTED (a credential)</em> : h.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3>Body</h3>
        <Body view={view} />
      </section>
      <section aria-labelledby="sent-title">
        <h2 id="sent-title">Sent to GitHub</h2>
        <details>
          <summary>The dispatch body (envelope)</summary>
          <pre id="sent">{view.sent}</pre>
        </details>
      </section>
      <section aria-labelledby="curl-title">
        <h2 id="curl-title">Copy as curl</h2>
        <p>The same request to this relay; put a token (or use a sealed URL) where it says REDACTED.</p>
        <pre id="curl">{props.curl}</pre>
        <button type="button" data-copy="curl" data-label="Copy curl">
          Copy curl
        </button>
      </section>
      <section aria-labelledby="replay-title">
        <h2 id="replay-title">Replay</h2>
        {props.canReplay ? (
          <form method="post" action={`/_/d/${encodeURIComponent(d.id)}/replay`} class="stack">
            <input type="hidden" name="_csrf" value={props.ctx.csrf ?? ''} />
            <p>Sends the stored request again as a new delivery (a new id, with replay_of set to this one).</p>
            <fieldset>
              <legend>Credential</legend>
              <div>
                <input type="radio" id="cred-token" name="credential" value="token" checked />
                <label for="cred-token">A GitHub token (not stored past the delivery)</label>
              </div>
              <div>
                <label for="replay-token">GitHub token</label>
                <input id="replay-token" name="token" type="password" autocomplete="off" size={40} />
              </div>
              {props.hasApp && (
                <div>
                  <input type="radio" id="cred-app" name="credential" value="app" />
                  <label for="cred-app">The relay's GitHub App</label>
                </div>
              )}
            </fieldset>
            <button type="submit" class="primary">
              Replay
            </button>
          </form>
        ) : (
          <p>Replays need a relay that can deliver (durable delivery).</p>
        )}
      </section>
    </Layout>
  );
}
