/**
 * The slices of Cloudflare's runtime APIs the Worker uses beyond fetch and Queues (D1, Durable
 * Objects, the Rate Limiting binding), typed here so the build needs no @cloudflare/workers-types.
 * https://developers.cloudflare.com/d1/worker-api/
 * https://developers.cloudflare.com/durable-objects/api/
 * https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/
 */

/** A value D1 binds or returns (BLOBs are bound as bytes and come back as bytes or an array of numbers). */
export type D1Value = string | number | null | ArrayBuffer | Uint8Array | number[];

/** What D1 says about a statement that ran. */
export interface D1Meta {
  changes: number;
  last_row_id: number;
  duration: number;
  rows_read?: number;
  rows_written?: number;
}

/** The result of a statement. */
export interface D1Result<T = Record<string, unknown>> {
  results: T[];
  success: boolean;
  meta: D1Meta;
}

/** A prepared statement. */
export interface D1PreparedStatement {
  bind(...values: D1Value[]): D1PreparedStatement;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  all<T = Record<string, unknown>>(): Promise<D1Result<T>>;
  run<T = Record<string, unknown>>(): Promise<D1Result<T>>;
}

/** A D1 database binding. `batch` runs its statements as one transaction. */
export interface D1Database {
  prepare(sql: string): D1PreparedStatement;
  batch<T = Record<string, unknown>>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]>;
}

/** The id of one Durable Object. */
export interface DurableObjectId {
  toString(): string;
}

/** A handle on one Durable Object: requests to it reach its `fetch`. */
export interface DurableObjectStub {
  fetch(input: string, init?: RequestInit): Promise<Response>;
}

/** A Durable Object namespace binding. */
export interface DurableObjectNamespace {
  idFromName(name: string): DurableObjectId;
  get(id: DurableObjectId): DurableObjectStub;
}

/** A Durable Object's transactional storage (the parts used: small values and the alarm). */
export interface DurableObjectStorage {
  get<T = unknown>(key: string): Promise<T | undefined>;
  put(key: string, value: unknown): Promise<void>;
  getAlarm(): Promise<number | null>;
  setAlarm(scheduledTime: number): Promise<void>;
}

/** What a Durable Object's constructor receives besides the bindings. */
export interface DurableObjectState {
  readonly id: DurableObjectId;
  readonly storage: DurableObjectStorage;
  blockConcurrencyWhile<T>(fn: () => Promise<T>): Promise<T>;
  waitUntil?(promise: Promise<unknown>): void;
}

/** The Rate Limiting binding: `success` false when `key` is over its limit in this location. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The controller given to the `scheduled` handler (a Cron Trigger). */
export interface ScheduledController {
  readonly scheduledTime: number;
  readonly cron: string;
}

/** The execution context of a handler. */
export interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}
