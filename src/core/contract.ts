/**
 * The envelope: `client_payload` of the `repository_dispatch` event. It is the contract between
 * the relay (which writes it) and the receiver (which reads it). See the README, "The envelope (`client_payload`)". The builder is relay/envelope.ts.
 */

/** How `body` is encoded. Absent means UTF-8 text. */
export type BodyEncoding = 'base64' | 'gzip+base64';

/** A body too large to travel inside the event; the receiver reads the blob from the repository. */
export interface BodyRef {
  sha: string;
  size: number;
  sha256: string;
}

/** `client_payload` as the relay writes it. */
export interface Envelope {
  /** `/<path…>` after `/<owner>/<repo>`, plus `?query` without the system parameters. */
  path: string;
  /** HTTP method as received, upper case. */
  method: string;
  /** Lower-case header names → values; credentials and hop-by-hop headers removed. */
  headers: Record<string, string>;
  /** Raw body: UTF-8 text, or base64 per `body_encoding`. Absent when the request had no body. */
  body?: string;
  body_encoding?: BodyEncoding;
  body_ref?: BodyRef;
  /** Delivery id assigned by the relay; receivers dedupe on it. */
  id: string;
  /** ISO 8601 time the relay accepted the request. */
  received_at: string;
  /** Set on a replay: the id of the delivery it repeats. */
  replay_of?: string;
  /**
   * The provider whose signature the relay checked at the edge (a hook URL sealed with
   * `--verify`); the header carrying that provider's secret itself, if any, is then removed.
   */
  verified?: string;
  /**
   * Names of headers left out because the event could not fit them (largest first), so a receiver
   * knows they are missing instead of guessing.
   */
  trimmed_headers?: string[];
}

/** The `repository_dispatch` request body sent to GitHub. */
export interface DispatchBody {
  event_type: string;
  client_payload: Envelope;
}

/**
 * The `workflow_dispatch` request body sent to GitHub, less `ref` (the relay adds it when it sends,
 * looking up the default branch when none was chosen). The envelope travels as the JSON text of
 * the one input `payload`.
 */
export interface WorkflowDispatchBody {
  inputs: { payload: string };
  return_run_details: true;
}

/** Name of the `workflow_dispatch` input that carries the envelope. */
export const PAYLOAD_INPUT = 'payload';

/** Default `event_type` (the public relay's). */
export const DEFAULT_EVENT_TYPE = 'webhook';

/** GitHub's documented limits for `POST /repos/{owner}/{repo}/dispatches`.
 * https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event */
export const GITHUB_LIMITS = {
  eventTypeMin: 1,
  eventTypeMax: 100,
  maxPayloadProperties: 10,
  /** `client_payload` serialized must be under 64 KB. */
  maxPayloadBytes: 65536,
} as const;

/**
 * GitHub's documented limits for `POST /repos/{owner}/{repo}/actions/workflows/{file}/dispatches`:
 * at most 25 inputs, and the inputs at most 65,535 characters serialized.
 * https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event
 */
export const WORKFLOW_DISPATCH_LIMITS = {
  maxInputs: 25,
  maxInputsChars: 65535,
} as const;

/** Query parameters the relay consumes; removed from the forwarded path. */
export const SYSTEM_PARAMS = ['__token', '__response_code', '__response_content_type', '__response_body', '__event_type', '__workflow', '__ref'] as const;

/** Headers that carry credentials; never copied into the envelope (authorization only when used). */
export const CREDENTIAL_HEADERS = ['x-github-authorization', 'proxy-authorization'] as const;

/** Hop-by-hop headers (RFC 9110 §7.6.1) removed from the envelope. */
export const HOP_BY_HOP_HEADERS = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade'] as const;
