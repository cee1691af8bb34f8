/**
 * Deliveries and failures per minute as an inline SVG bar chart: no library, no inline style (the
 * colours come from the stylesheet's classes), a text summary for screen readers.
 */
import type { MinuteCounts } from './query.js';

const W = 600;
const H = 110;
const PAD_BOTTOM = 16;

/** The chart section (replaced as a whole when the live list refreshes it). */
export function Chart(props: { counts: MinuteCounts }) {
  const { start, received, failed } = props.counts;
  const n = received.length;
  const total = received.reduce((a, b) => a + b, 0);
  const bad = failed.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...received);
  const bw = W / n;
  const y = (v: number) => (H - PAD_BOTTOM) * (1 - v / max);
  const label = (i: number) => new Date(start + i * 60_000).toISOString().slice(11, 16);
  const summary = `${total} deliveries and ${bad} failures in the last ${n} minutes (UTC ${label(0)}–${label(n)}); busiest minute: ${Math.max(0, ...received)}.`;
  return (
    <section id="chart" class="chart" aria-labelledby="chart-title">
      <h2 id="chart-title">Deliveries per minute</h2>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-desc" preserveAspectRatio="none">
        <desc id="chart-desc">{summary}</desc>
        <line class="axis" x1="0" y1={H - PAD_BOTTOM} x2={W} y2={H - PAD_BOTTOM} />
        {received.map((v, i) =>
          v === 0 ? null : (
            <rect class="bar-all" x={(i * bw + 0.5).toFixed(1)} y={y(v).toFixed(1)} width={(bw - 1).toFixed(1)} height={(H - PAD_BOTTOM - y(v)).toFixed(1)} />
          ),
        )}
        {failed.map((v, i) =>
          v === 0 ? null : (
            <rect class="bar-bad" x={(i * bw + 0.5).toFixed(1)} y={y(v).toFixed(1)} width={(bw - 1).toFixed(1)} height={(H - PAD_BOTTOM - y(v)).toFixed(1)} />
          ),
        )}
        <text x="0" y={H - 3}>
          {label(0)}
        </text>
        <text x={W} y={H - 3} text-anchor="end">
          {label(n)} UTC
        </text>
        <text x="2" y="10">
          {`${max}/min`}
        </text>
      </svg>
      <p class="legend">
        <span class="sw all" aria-hidden="true"></span>all ({total})<span class="sw bad" aria-hidden="true"></span>failed or dead ({bad})
      </p>
    </section>
  );
}
