/**
 * The deliveries list: filters (repository, status, provider, time range), search by id, the
 * per-minute chart and one row per delivery. New and changed deliveries are added live by the
 * script (server-sent events), which asks for one row at a time (`Row`, rendered here too).
 */
import { DELIVERY_STATUSES, type Delivery } from '../delivery/store.js';
import { PROVIDERS } from '../delivery/provider.js';
import { Chart } from './chart.js';
import { Layout, Notice, StatusBadge, Time, type PageContext } from './layout.js';
import { RANGES, deliveryProvider, type ListFilter, type MinuteCounts } from './query.js';

/** One delivery as a table row. */
export function Row(props: { d: Delivery }) {
  const { d } = props;
  return (
    <tr data-id={d.id}>
      <td data-label="Received">
        <Time ms={d.receivedAt} />
      </td>
      <td data-label="Delivery" class="mono">
        <a href={`/_/d/${encodeURIComponent(d.id)}`}>{d.id}</a>
      </td>
      <td data-label="Repository">{`${d.owner}/${d.repo}`}</td>
      <td data-label="Provider">{deliveryProvider(d)}</td>
      <td data-label="Event">{d.eventType}</td>
      <td data-label="Status">
        <StatusBadge status={d.status} />
      </td>
      <td data-label="GitHub">{d.lastStatus === null ? '—' : String(d.lastStatus)}</td>
      <td data-label="Attempts">{String(d.attempts)}</td>
    </tr>
  );
}

function Select(props: { name: string; label: string; value: string | undefined; options: readonly string[]; any: string }) {
  return (
    <div>
      <label for={`f-${props.name}`}>{props.label}</label>
      <select id={`f-${props.name}`} name={props.name}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option value={o} selected={props.value === o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

const localTime = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 16));

/** The page. `problems`: filters that could not be read; `notice`: the result of a search. */
export function ListPage(props: {
  ctx: PageContext;
  filter: ListFilter;
  rows: Delivery[];
  capped: boolean;
  counts: MinuteCounts | undefined;
  problems: string[];
  notice?: string | undefined;
  hasStore: boolean;
  nextHref: string | undefined;
}) {
  const f = props.filter;
  const firstPage = f.cursor === undefined;
  return (
    <Layout title="Deliveries" ctx={props.ctx} data={{ 'data-live': 'list', 'data-first-page': firstPage ? 'yes' : 'no' }}>
      <h1>Deliveries</h1>
      {!props.hasStore && (
        <Notice kind="error">
          This relay keeps no delivery log, so there is nothing to list. The Node relay keeps one in its SQLite outbox; you can still build hook URLs here.
        </Notice>
      )}
      {props.problems.map((p) => (
        <Notice kind="error">{p}</Notice>
      ))}
      {props.notice !== undefined && <Notice kind="error">{props.notice}</Notice>}
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet announced by every screen reader; a form with role=search is */}
      <form method="get" action="/_/" role="search" aria-label="Find a delivery by id" class="filters">
        <div>
          <label for="f-id">Delivery id</label>
          <input id="f-id" name="id" type="search" size={38} autocomplete="off" spellcheck={false} />
        </div>
        <button type="submit">Open</button>
      </form>
      <form method="get" action="/_/" class="filters" aria-label="Filter deliveries">
        <div>
          <label for="f-repo">Repository</label>
          <input id="f-repo" name="repo" value={f.repo ?? ''} placeholder="owner/name" size={18} autocomplete="off" />
        </div>
        <Select name="status" label="Status" value={f.status} options={DELIVERY_STATUSES} any="any status" />
        <Select name="provider" label="Provider" value={f.provider} options={PROVIDERS} any="any provider" />
        <Select name="range" label="Received in the last" value={f.range} options={Object.keys(RANGES)} any="any time" />
        <div>
          <label for="f-from">From (UTC)</label>
          <input id="f-from" name="from" type="datetime-local" value={f.range ? '' : localTime(f.from)} />
        </div>
        <div>
          <label for="f-to">To (UTC)</label>
          <input id="f-to" name="to" type="datetime-local" value={localTime(f.to)} />
        </div>
        <button type="submit" class="primary">
          Filter
        </button>
        <a class="button" href="/_/">
          Clear
        </a>
      </form>
      {props.counts && <Chart counts={props.counts} />}
      <h2 id="list-title">
        {firstPage ? 'Newest first' : 'Older deliveries'} <span class="live">(updates live)</span>
      </h2>
      <div class="table-wrap">
        <table class="deliveries" aria-labelledby="list-title">
          <thead>
            <tr>
              <th scope="col">Received (UTC)</th>
              <th scope="col">Delivery</th>
              <th scope="col">Repository</th>
              <th scope="col">Provider</th>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">GitHub</th>
              <th scope="col">Attempts</th>
            </tr>
          </thead>
          <tbody id="rows">
            {props.rows.map((d) => (
              <Row d={d} />
            ))}
          </tbody>
        </table>
      </div>
      {props.rows.length === 0 && (
        <p id="empty">{props.hasStore ? 'No deliveries match. New ones appear here as they arrive.' : 'No delivery log on this relay.'}</p>
      )}
      {props.capped && <p>Only the newest {5000} deliveries were searched for this page; narrow the filters or go on.</p>}
      {props.nextHref !== undefined && (
        <p>
          <a href={props.nextHref} rel="next">
            Older deliveries
          </a>
        </p>
      )}
    </Layout>
  );
}
