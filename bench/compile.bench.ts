/**
 * Compile benchmark: a synthetic round of 1,000 initiatives, each with eight
 * quarters of reports (this round and seven before it), AU's votes, draft
 * recommendations and decisions to follow up. Times composing the document,
 * then rendering that one document in each format (Markdown, HTML, Word, the
 * heat map PNG), and reports the median of a few runs against the goals.
 * Pure CPU: no database, no network.
 */
import { performance } from 'node:perf_hooks';
import type { AgendaDocument, AgendaInput } from '../src/domain/agenda/agenda-document';
import { composeAgenda } from '../src/domain/agenda/compose-agenda';
import { previousQuarter } from '../src/domain/calendar';
import type {
  AuRequest,
  Decision,
  Initiative,
  Light,
  Quarter,
  Recommendation,
  ReportFields,
  StatusReport,
  Vote,
  VoteChoice,
} from '../src/domain/model';
import { renderDocx } from '../src/render/docx';
import { renderHeatmapPng } from '../src/render/heatmap-png';
import { renderHtml } from '../src/render/html';
import { renderMarkdown } from '../src/render/markdown';
import { AU, baseInput, fields, initiative, ORGANISATIONS, PEOPLE, report, round } from '../test/fixtures/agenda/world';

export const BENCH_INITIATIVES = 1_000;
export const BENCH_QUARTERS = 8;

const FOCUS_AREAS = ['sammenhengende-tjenester', 'samordning', 'deling-av-data', 'okosystem', 'digital-sikkerhet'];
const LIFE_EVENTS = ['fa-barn', 'alvorlig-sykt-barn', 'miste-og-finne-jobb', 'dodsfall-og-arv', 'ny-i-norge', 'flytte'];
const OWNERS = PEOPLE.filter((p) => p.roles.includes('owner'));
const MNOK = 1_000_000;

/** A small deterministic generator (mulberry32): the same input on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sentence = (n: number, what: string) =>
  Array.from({ length: n }, (_, i) => `${what} ${i + 1} er gjennomført etter planen, og gevinstene følges opp.`).join(
    ' ',
  );

/** Initiative n: T-2017-001 … T-2026-100, spread over the organisations, focus areas and life events. */
function benchInitiative(n: number, rnd: () => number): Initiative {
  const owner = OWNERS[n % OWNERS.length] ?? OWNERS[0];
  const id = `T-${2017 + Math.floor(n / 100)}-${String((n % 100) + 1).padStart(3, '0')}`;
  return initiative({
    id,
    title: `Tiltak ${n + 1}: sammenhengende digitale tjenester for ${['innbyggere', 'næringsliv', 'kommuner'][n % 3]}`,
    ownerOrganisationId: owner?.organisationId ?? ORGANISATIONS[0]?.id ?? 'digdir',
    contacts: owner ? [owner.email] : [],
    focusArea: FOCUS_AREAS[n % FOCUS_AREAS.length] ?? 'samordning',
    lifeEvents: [LIFE_EVENTS[n % LIFE_EVENTS.length] ?? 'flytte'],
    sdgs: [1 + (n % 17), 1 + ((n + 7) % 17)].filter((v, i, a) => a.indexOf(v) === i),
    agreedResult: sentence(2, 'Leveranse'),
    agreedCompletionDate: `${2027 + (n % 3)}-06-30`,
    agreedCostNok: (5 + Math.floor(rnd() * 100)) * MNOK,
    phase: n % 50 === 0 ? 'finished' : n % 7 === 0 ? 'planning' : 'execution',
  });
}

function light(rnd: () => number): Light {
  const x = rnd();
  return x < 0.7 ? 'green' : x < 0.9 ? 'yellow' : 'red';
}

/** Report fields with mostly green lights; a red light comes with deviations and corrective actions. */
function benchFields(i: Initiative, rnd: () => number, decision: Decision | null): ReportFields {
  const [overall, result, schedule, cost] = [light(rnd), light(rnd), light(rnd), light(rnd)];
  const red = [overall, result, schedule, cost].includes('red');
  return fields({
    overall,
    result,
    schedule,
    cost,
    forecastCompletionDate: i.agreedCompletionDate,
    forecastCostNok: i.agreedCostNok,
    progress: sentence(3, 'Milepæl'),
    deviations: red ? sentence(2, 'Avvik') : '',
    correctiveActions: red ? sentence(2, 'Tiltak') : '',
    decisionFollowUp: decision
      ? [{ decisionId: decision.id, state: 'partly', comment: sentence(1, 'Oppfølging') }]
      : [],
    sdgs: i.sdgs,
    asksSkateAttention: rnd() < 0.05,
  });
}

const CHOICES: VoteChoice[] = ['agree', 'agree', 'agree', 'agree', 'disagree'];
const REQUESTS: (AuRequest | null)[] = [null, null, null, null, null, 'oral-briefing', 'separate-item'];

/** The synthetic round: 1,000 initiatives, this round and seven earlier ones of reports, five AU votes each. */
export function benchAgendaInput(initiatives = BENCH_INITIATIVES, quarters = BENCH_QUARTERS): AgendaInput {
  const rnd = random(2026);
  const current = round();
  const all = Array.from({ length: initiatives }, (_, n) => benchInitiative(n, rnd));
  const earlier: Quarter[] = [];
  let q = current.id;
  for (let k = 1; k < quarters; k++) {
    q = previousQuarter(q);
    earlier.unshift(q);
  }

  const decisionsToFollowUp: Decision[] = all
    .filter((_, n) => n % 10 === 3)
    .map((i, n) => ({
      id: `V-${earlier.at(-1)}-${String(n + 1).padStart(2, '0')}`,
      initiativeId: i.id,
      roundId: earlier.at(-1) ?? current.id,
      text: sentence(1, 'Beslutning'),
      point: null,
      decidedOn: '2026-09-17',
      state: 'open',
      recordedBy: 'ingrid.haugland@digdir.example.no',
    }));
  const decisionOf = new Map(decisionsToFollowUp.map((d) => [d.initiativeId, d]));

  const history = earlier.map((roundId) => ({
    round: roundId,
    reports: all.map((i) => report(i.id, benchFields(i, rnd, null), { roundId, at: '2026-01-10T10:00:00.000Z' })),
  }));
  const reports: StatusReport[] = all
    .filter(() => rnd() > 0.03)
    .map((i) =>
      report(i.id, benchFields(i, rnd, decisionOf.get(i.id) ?? null), { state: rnd() < 0.02 ? 'draft' : 'submitted' }),
    );
  const votes: Vote[] = all.flatMap((i) =>
    Object.values(AU).map((voter) => {
      const choice = CHOICES[Math.floor(rnd() * CHOICES.length)] ?? 'agree';
      const request = REQUESTS[Math.floor(rnd() * REQUESTS.length)] ?? null;
      const comment = choice === 'agree' ? '' : sentence(1, 'Begrunnelse');
      const requestReason = request === null ? '' : sentence(1, 'Begrunnelse');
      return {
        roundId: current.id,
        initiativeId: i.id,
        voter,
        choice,
        comment,
        request,
        requestReason,
        recused: false,
        recommendationVersion: 1,
        at: current.deadline,
      };
    }),
  );
  const recommendations: Recommendation[] = all
    .filter((_, n) => n % 5 === 0)
    .map((i) => ({
      roundId: current.id,
      initiativeId: i.id,
      text: sentence(2, 'Anbefaling'),
      typed: true,
      draft: null,
      version: 1,
      author: 'ingrid.haugland@digdir.example.no',
      updatedAt: current.deadline,
    }));
  return baseInput('nb', { initiatives: all, reports, history, votes, recommendations, decisionsToFollowUp });
}

export interface Timing {
  name: string;
  /** Median of the timed runs, in milliseconds. */
  medianMs: number;
  runs: number[];
  /** The goal in milliseconds, or null where none is set. */
  goalMs: number | null;
  /** What the run produced, for a sanity check: characters or bytes. */
  size: number;
}

export interface CompileBenchResult {
  initiatives: number;
  quarters: number;
  reports: number;
  timings: Timing[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Runs `work` `runs` times (after one untimed warm-up run when `warmUp`), timing each. */
async function time(
  name: string,
  goalMs: number | null,
  options: { runs: number; warmUp: boolean },
  work: () => Promise<{ length: number }> | { length: number },
): Promise<Timing> {
  let size = options.warmUp ? (await work()).length : 0;
  const times: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    size = (await work()).length;
    times.push(performance.now() - start);
  }
  return { name, medianMs: median(times), runs: times, goalMs, size };
}

/**
 * Composes the synthetic round, then renders that document in every format:
 * the fast ones `runs` times after a warm-up, Word and the PNG (seconds each) `slowRuns` times.
 */
export async function runCompileBench(runs = 5, slowRuns = 3): Promise<CompileBenchResult> {
  const input = benchAgendaInput();
  const fast = { runs, warmUp: true };
  const slow = { runs: slowRuns, warmUp: false };
  let doc: AgendaDocument = composeAgenda(input);
  const compose = await time('compose (composeAgenda)', null, fast, () => {
    doc = composeAgenda(input);
    return doc.appendix;
  });
  // A document's heat map is drawn once and shared, so Word and the PNG are timed on fresh documents.
  const freshDocs = () => Array.from({ length: slowRuns }, () => composeAgenda(input));
  const forWord = freshDocs();
  const forPng = freshDocs();
  const next = (docs: AgendaDocument[]): AgendaDocument => docs.shift() ?? composeAgenda(input);
  const timings = [
    compose,
    await time('Markdown', 1_000, fast, () => renderMarkdown(doc)),
    await time('HTML', 1_000, fast, () => renderHtml(doc)),
    // Word embeds the heat map: its time includes rasterising the PNG (on another thread, meanwhile).
    await time('Word (.docx)', 3_000, slow, () => renderDocx(next(forWord))),
    await time('heat map (PNG)', null, slow, () => renderHeatmapPng(next(forPng))),
  ];
  const reports = input.reports.length + input.history.reduce((n, h) => n + h.reports.length, 0);
  return { initiatives: input.initiatives.length, quarters: input.history.length + 1, reports, timings };
}
