/**
 * `GET /metrics` in Prometheus' text format (prom-client), and the app's `Metrics` port counted
 * into it. One registry per bot, so two bots in one process (tests) do not share counters. Labels
 * are platform, command and action ids, outcomes and reason codes: never a person.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics, RequestOutcome, StopTimer } from '../app/metrics';
import type { QueueFigures } from '../store/queue-figures';
import type { Route } from './server';

/** Latency buckets in seconds: a command answers in milliseconds, a compile of a large paper in seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The prom-client registry of one bot, implementing the app's port. */
export class PromMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly messages: Counter<'platform' | 'outcome' | 'reason'>;
  private readonly submissions: Counter<'kind' | 'outcome'>;
  private readonly votes: Counter<'outcome'>;
  private readonly refusals: Counter<'operation'>;
  private readonly commands: Histogram<'command' | 'outcome'>;
  private readonly cardActions: Histogram<'action' | 'outcome'>;

  /** `queues`: read at each scrape (outbox depth, due messages, job lag). */
  constructor(queues: () => Promise<QueueFigures>) {
    const registers = [this.registry];
    this.messages = new Counter({
      name: 'skate_messages_total',
      help: 'Messages the dispatcher sent, retried later or gave up on, by platform and reason code.',
      labelNames: ['platform', 'outcome', 'reason'],
      registers,
    });
    this.submissions = new Counter({
      name: 'skate_report_submissions_total',
      help: 'Report drafts saved and reports submitted, accepted or refused.',
      labelNames: ['kind', 'outcome'],
      registers,
    });
    this.votes = new Counter({
      name: 'skate_votes_total',
      help: 'AU votes recorded or refused.',
      labelNames: ['outcome'],
      registers,
    });
    this.refusals = new Counter({
      name: 'skate_refusals_total',
      help: 'Requests refused by the authorisation matrix, by operation.',
      labelNames: ['operation'],
      registers,
    });
    this.commands = new Histogram({
      name: 'skate_command_duration_seconds',
      help: 'How long a chat command took, by command and outcome.',
      labelNames: ['command', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.cardActions = new Histogram({
      name: 'skate_card_action_duration_seconds',
      help: 'How long a card button took, by action id and outcome.',
      labelNames: ['action', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    // Each gauge reads its figure at the scrape: two indexed counts, cheap at any size.
    const gauge = (name: string, help: string, figure: (q: QueueFigures) => number) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          this.set(figure(await queues()));
        },
      });
    gauge('skate_outbox_depth', 'Messages waiting in the outbox (pending or being sent).', (q) => q.outboxDepth);
    gauge('skate_outbox_due', 'Messages in the outbox that are due now.', (q) => q.outboxDue);
    gauge('skate_job_lag_seconds', 'How long the oldest due job has waited past its time.', (q) => q.jobLagSeconds);
  }

  commandTimer(command: string): StopTimer {
    const end = this.commands.startTimer({ command });
    return (outcome: RequestOutcome) => {
      end({ outcome });
    };
  }

  cardActionTimer(action: string): StopTimer {
    const end = this.cardActions.startTimer({ action });
    return (outcome: RequestOutcome) => {
      end({ outcome });
    };
  }

  submission(kind: 'save' | 'submit', outcome: 'accepted' | 'refused'): void {
    this.submissions.inc({ kind, outcome });
  }

  vote(outcome: 'accepted' | 'refused'): void {
    this.votes.inc({ outcome });
  }

  refusal(operation: string): void {
    this.refusals.inc({ operation });
  }

  message(platform: string, outcome: 'sent' | 'retried' | 'failed', reason: string): void {
    this.messages.inc({ platform, outcome, reason });
  }
}

/** `GET /metrics`: the registry in Prometheus' text exposition format. */
export function metricsRoute(metrics: PromMetrics): Route {
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') return false;
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(body);
    return true;
  };
}
