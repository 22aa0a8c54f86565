import { createHash } from 'node:crypto';
import type { AgendaDocument, AgendaInput } from '../../domain/agenda/agenda-document';
import { composeAgenda } from '../../domain/agenda/compose-agenda';
import type { RecommendationContent } from '../../domain/agenda/default-recommendation';
import { instantToOsloDate, previousQuarter, todayInOslo } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Locale, Quarter, Round } from '../../domain/model';
import type { CompiledAgenda, Repositories } from '../../domain/ports';
import { transitionRound } from '../../domain/round-state';
import { recommendationText } from '../../i18n/recommendation-text';
import { type AgendaLinks, agendaSummaryView } from '../../views/agenda-views';
import type { MessageView } from '../../views/message-view';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { initiativesToReport } from '../rounds/initiatives-to-report';
import { pickRound } from '../rounds/pick-round';
import { allocateCaseNumber } from './allocate-case-number';
import { type AgendaFormat, signAgendaLink } from './signed-links';

/** The three documents and the chart, from one composed document. */
export interface AgendaRenderers {
  markdown(doc: AgendaDocument): string;
  html(doc: AgendaDocument): string;
  docx(doc: AgendaDocument): Promise<Buffer>;
  heatmapPng(doc: AgendaDocument): Promise<Buffer>;
}

export interface CompileOutcome {
  agenda: CompiledAgenda;
  document: AgendaDocument;
  /** False when nothing had changed since the last compilation: nothing new was stored. */
  isNew: boolean;
  /** The secretariat's preview, with the publish button. */
  preview: MessageView;
}

const HISTORY_ROUNDS = 3;

/** The round to compile: the one given, or the latest under review or already compiled. */
function compilable(repos: Repositories, roundId: Quarter): Round {
  const round = repos.rounds.get(roundId);
  if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: roundId });
  if (round.state !== 'in-review' && round.state !== 'compiled' && round.state !== 'closed') {
    throw DomainFailure.of('ROUND.INVALID_TRANSITION', { round: round.id, from: round.state, to: 'compiled' });
  }
  return round;
}

/** Gathers every fact the agenda needs, in one read. */
function gather(
  repos: Repositories,
  round: Round,
  item: { caseNumber: string; revision: number },
  sign: { locale: Locale; presenter: string; place: string; voting: AgendaInput['voting'] },
  now: Date,
): AgendaInput {
  const skate = repos.meetings.get(round.skateMeetingId);
  const au = round.auMeetingId ? repos.meetings.get(round.auMeetingId) : null;
  const history: AgendaInput['history'] = [];
  let q = round.id;
  for (let i = 0; i < HISTORY_ROUNDS; i++) {
    q = previousQuarter(q);
    const reports = repos.reports.listForRound(q).filter((r) => r.state === 'submitted');
    if (reports.length > 0) history.unshift({ round: q, reports });
  }
  const reports = repos.reports.listForRound(round.id);
  const initiatives = repos.initiatives.list();
  const followedUp = new Set(reports.map((r) => r.fields.decisionFollowUp?.decisionId).filter(Boolean));
  const decisionsToFollowUp = initiativesToReport(initiatives).flatMap((i) =>
    repos.decisions
      .listForInitiative(i.id)
      .filter((d) => d.roundId < round.id && (d.state === 'open' || followedUp.has(d.id))),
  );
  return {
    locale: sign.locale,
    round,
    skateMeetingDate: skate?.date ?? instantToOsloDate(round.deadline),
    auMeetingDate: au?.date ?? null,
    caseNumber: item.caseNumber,
    revision: item.revision,
    initiatives,
    organisations: repos.organisations.list(),
    people: repos.people.list(),
    reports,
    history,
    votes: repos.votes.listForRound(round.id),
    auMembers: repos.people.withRole('au').map((p) => p.email),
    voting: sign.voting,
    recommendations: repos.recommendations.listForRound(round.id),
    decisionsToFollowUp,
    presenter: sign.presenter,
    // The secretariat's name is the same in bokmål, nynorsk and English documents.
    preparedBy: 'Skatesekretariatet',
    place: sign.place,
    preparedOn: todayInOslo(now),
  };
}

/**
 * A hash of what the document says, leaving out its revision number and the
 * day it was prepared (compiling an unchanged round on a later day is no change).
 * Recommendations count as the words they read as, so carrying the default as
 * data instead of text does not make an agenda compiled before look revised.
 */
export function contentHash(doc: AgendaDocument): string {
  const words = (r: RecommendationContent) => recommendationText(r, doc.locale);
  const said = {
    ...doc,
    header: { ...doc.header, revision: 0 },
    proposedDecision: doc.proposedDecision.map((p) => ({
      initiativeId: p.initiativeId,
      text: words(p.recommendation),
    })),
    // Spreading keeps `recommendation` where it was among the keys, so the JSON is the one hashed before.
    auTreatment: doc.auTreatment.map((e) => ({ ...e, recommendation: words(e.recommendation) })),
    preparedOn: '',
  };
  return createHash('sha256').update(JSON.stringify(said)).digest('hex');
}

/** A round in review (e.g. reopened for a late report that never came) moves on to `compiled`. */
function markCompiled(repos: Repositories, roundId: Quarter, now: Date): void {
  const round = repos.rounds.get(roundId);
  if (round?.state === 'in-review') {
    const moved = transitionRound(round, 'compiled', now);
    if (moved.ok) repos.rounds.save(moved.value);
  }
}

/** Signed links to a compiled agenda's documents. */
export function agendaLinks(app: AppContext, roundId: Quarter, revision: number, now: Date): AgendaLinks {
  const { baseUrl, secret, ttlDays } = app.settings.agenda.links;
  const expires = new Date(now.getTime() + ttlDays * 86_400_000);
  const link = (f: AgendaFormat) => signAgendaLink(baseUrl, secret, roundId, revision, f, expires);
  return { docx: link('docx'), html: link('html'), md: link('md'), png: link('png') };
}

/**
 * Compiles a round's consolidated agenda item: allocates its case number
 * (once), composes the case paper, and stores Markdown, HTML, Word and the
 * heat map with a content hash. Compiling again without changes stores
 * nothing; after a late change it stores a new, clearly marked revision. The
 * round moves to `compiled`. Nothing is posted until the secretariat publishes.
 */
export async function compileAgenda(
  app: AppContext,
  renderers: AgendaRenderers,
  input: { roundId?: Quarter; locale?: Locale },
  actor: Actor,
  now: Date,
): Promise<CompileOutcome> {
  requireAdministrator(actor);
  const locale = input.locale ?? (actor.kind === 'person' ? actor.person.locale : app.settings.cycle.defaultLocale);
  const presenter =
    app.settings.agenda.presenter ?? (actor.kind === 'person' ? actor.person.name : 'Skatesekretariatet');
  const roundId = pickRound(app, input.roundId, 'compile', now).id;
  const { document, previous } = app.uow.write({ actor: actorName(actor), now }, (repos) => {
    const round = compilable(repos, roundId);
    const meeting = repos.meetings.get(round.skateMeetingId);
    const item = allocateCaseNumber(repos, round.id, Number((meeting?.date ?? round.id).slice(0, 4)));
    const previous = repos.compiledAgendas.latest(round.id);
    const revision = previous ? previous.revision + 1 : 0;
    const facts = gather(
      repos,
      round,
      { caseNumber: item.caseNumber, revision },
      { locale, presenter, place: app.settings.agenda.place, voting: app.settings.voting },
      now,
    );
    return { document: composeAgenda(facts), previous };
  });
  const hash = contentHash(document);
  if (previous && previous.hash === hash) {
    app.uow.write({ actor: actorName(actor), now }, (repos) => markCompiled(repos, previous.roundId, now));
    const doc = { ...document, header: { ...document.header, revision: previous.revision } };
    return {
      agenda: previous,
      document: doc,
      isNew: false,
      preview: agendaSummaryView(doc, agendaLinks(app, previous.roundId, previous.revision, now), true),
    };
  }
  const [docx, heatmapPng] = await Promise.all([renderers.docx(document), renderers.heatmapPng(document)]);
  const links = agendaLinks(app, document.round, document.header.revision, now);
  const agenda: CompiledAgenda = {
    roundId: document.round,
    revision: document.header.revision,
    hash,
    caseNumber: document.header.caseNumber,
    locale,
    createdAt: now.toISOString(),
    createdBy: actorName(actor),
    markdown: renderers.markdown(document),
    html: renderers.html(document),
    docx,
    heatmapPng,
    summary: JSON.stringify(agendaSummaryView(document, links, false)),
    publishedAt: null,
  };
  app.uow.write({ actor: actorName(actor), now }, (repos) => {
    repos.compiledAgendas.save(agenda);
    markCompiled(repos, agenda.roundId, now);
  });
  return { agenda, document, isNew: true, preview: agendaSummaryView(document, links, true) };
}
