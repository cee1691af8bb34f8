/**
 * A delivery's attempt history: one record per attempt (every `settle`), with what GitHub said —
 * its status, its `message`, and the `x-github-request-id` GitHub support asks for. Drivers that
 * keep history (memory, SQLite) store `attemptRecordOf(settlement)` with each settle.
 */
import type { DispatchResult } from '../github/classify.js';
import type { HttpResponse } from '../ports.js';
import type { Settlement } from './store.js';

/** What one call to GitHub returned, beyond the settlement itself. */
export interface CallNote {
  /** GitHub's `x-github-request-id` of the answer. */
  requestId?: string | undefined;
  /** GitHub's `message` (errors), or why no answer came (timeout, network). */
  message?: string | undefined;
  /** How long the call took, ms. */
  ms?: number | undefined;
  /** Which call: storing the body's git blob, or the dispatch. */
  step?: 'blob' | 'dispatch' | undefined;
}

/** One attempt as the timeline shows it. */
export interface AttemptRecord {
  /** 1 for the first attempt. */
  n: number;
  /** Epoch ms the attempt ended. */
  at: number;
  /** What it left: delivered, failed, dead, retry (still pending), uploaded (blob stored, dispatch next). */
  outcome: Settlement['kind'];
  /** GitHub's HTTP status; null when no answer came. */
  status: number | null;
  requestId: string | null;
  message: string | null;
  ms: number | null;
  step: 'blob' | 'dispatch';
}

/** Longest message kept per attempt. */
const MAX_MESSAGE = 500;

/** GitHub's `message` from a JSON error body (one line), if any. */
export function githubMessageOf(body: string): string | undefined {
  if (!body.includes('"message"')) return undefined;
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    return typeof message === 'string' ? message.replace(/\s+/g, ' ').slice(0, MAX_MESSAGE) : undefined;
  } catch {
    return undefined;
  }
}

/** The note of one call: request id and message from GitHub's answer, or the failure's message. */
export function callNoteOf(result: DispatchResult, ms: number, step: 'blob' | 'dispatch'): CallNote {
  const response: HttpResponse | undefined = result.response;
  const fromGitHub = response ? githubMessageOf(response.body) : undefined;
  const message = fromGitHub ?? (result.kind === 'retry' ? result.message : undefined);
  return { requestId: response?.headers['x-github-request-id'], message, ms: Math.max(0, Math.round(ms)), step };
}

/** The record a settle adds, as attempt number `n`. */
export function attemptRecordOf(n: number, s: Settlement): AttemptRecord {
  const note = s.note ?? {};
  const status = s.kind === 'delivered' || s.kind === 'failed' ? s.response.status : s.kind === 'uploaded' ? s.status : (s.status ?? null);
  const error = s.kind === 'retry' || s.kind === 'dead' ? s.error : undefined;
  // A dead delivery says why it was given up, then what GitHub last said.
  const message = s.kind === 'dead' ? (note.message && note.message !== error ? `${error} (${note.message})` : error) : (note.message ?? error);
  return {
    n,
    at: s.at,
    outcome: s.kind,
    status,
    requestId: note.requestId ?? (s.kind === 'delivered' || s.kind === 'failed' ? (s.response.headers['x-github-request-id'] ?? null) : null),
    message: message === undefined ? null : message.slice(0, MAX_MESSAGE),
    ms: note.ms ?? null,
    step: note.step ?? (s.kind === 'uploaded' ? 'blob' : 'dispatch'),
  };
}
