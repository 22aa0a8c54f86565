/**
 * What the use cases and the dispatcher count, as a port: the HTTP layer implements it with
 * prom-client (src/http/metrics.ts) and serves `GET /metrics`; tests and the CLI use none.
 * Labels are ids and outcomes only, never a person's name or address.
 */

/** How a request ended: done, refused (not allowed or invalid; nothing written) or failed unexpectedly. */
export type RequestOutcome = 'ok' | 'refused' | 'error';

/** Stops a latency timer started by the port, with how the request ended. */
export type StopTimer = (outcome: RequestOutcome) => void;

export interface Metrics {
  /** Starts timing a chat command (by command name); the port reads its own clock. */
  commandTimer(command: string): StopTimer;
  /** Starts timing a card button (by action id). */
  cardActionTimer(action: string): StopTimer;
  /** A report saved as a draft or submitted, or refused. */
  submission(kind: 'save' | 'submit', outcome: 'accepted' | 'refused'): void;
  /** A vote recorded, or refused. */
  vote(outcome: 'accepted' | 'refused'): void;
  /** A request refused by the authorisation matrix. */
  refusal(operation: string): void;
  /** The dispatcher sent a message, retried it later or gave up on it; `reason` is a short code. */
  message(platform: string, outcome: 'sent' | 'retried' | 'failed', reason: string): void;
}

const stop: StopTimer = () => undefined;

/** Counts nothing: where no metrics are served. */
export const NO_METRICS: Metrics = {
  commandTimer: () => stop,
  cardActionTimer: () => stop,
  submission: () => undefined,
  vote: () => undefined,
  refusal: () => undefined,
  message: () => undefined,
};
