import { createHash } from 'node:crypto';
import { isCovered } from '../../domain/agenda/agenda-context';
import type { AgendaDocument, AgendaInput } from '../../domain/agenda/agenda-document';
import { undecidedPoints } from '../../domain/agenda/agenda-points';
import { composeAgenda } from '../../domain/agenda/compose-agenda';
import { instantToOsloDate, previousQuarter, todayInOslo } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Locale, Quarter, Round } from '../../domain/model';
import type { CompiledAgenda, Repositories } from '../../domain/ports';
import { transitionRound } from '../../domain/round-state';
import { type AgendaLinks, agendaSummaryView } from '../../views/agenda-views';
import type { MessageView } from '../../views/message-view';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { flatMapInOrder } from '../in-order';
import { pickRound } from '../rounds/pick-round';
import { allocateCaseNumber } from './allocate-case-number';
import { type AgendaFormat, signAgendaLink } from './signed-links';

/**
 * The three documents and the chart, from one composed document. Markdown and
 * HTML may come back later too: a renderer off the event loop answers them
 * with the rest.
 */
export interface AgendaRenderers {
  markdown(doc: AgendaDocument): string | Promise<string>;
  html(doc: AgendaDocument): string | Promise<string>;
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
  /**
   * The formats that could not be made this time (the others were stored and work): each with the
   * initiative and field at fault when the renderer could tell.
   */
  failed: RenderFailure[];
}

/** A format that failed to render, and where in the paper, when the renderer said. */
export interface RenderFailure {
  format: 'docx' | 'png' | 'md' | 'html';
  initiativeId: string | null;
  field: string | null;
}

/** What a renderer's error may say about where it failed (render/ throws such errors). */
function failureOf(format: RenderFailure['format'], error: unknown): RenderFailure {
  const where = (error ?? {}) as { initiativeId?: unknown; field?: unknown };
  return {
    format,
    initiativeId: typeof where.initiativeId === 'string' ? where.initiativeId : null,
    field: typeof where.field === 'string' ? where.field : null,
  };
}

const HISTORY_ROUNDS = 3;

/** The round to compile: the one given, or the latest under review or already compiled. */
async function compilable(repos: Repositories, roundId: Quarter): Promise<Round> {
  const round = await repos.rounds.get(roundId);
  if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: roundId });
  if (round.state !== 'in-review' && round.state !== 'compiled' && round.state !== 'closed') {
    throw DomainFailure.of('ROUND.INVALID_TRANSITION', { round: round.id, from: round.state, to: 'compiled' });
  }
  return round;
}

/** Gathers every fact the agenda needs, in one read. */
export async function gather(
  repos: Repositories,
  round: Round,
  item: { caseNumber: string; caseNumberConfirmed: boolean; revision: number },
  sign: { locale: Locale; presenter: string; place: string; voting: AgendaInput['voting'] },
  now: Date,
): Promise<AgendaInput> {
  const skate = await repos.meetings.get(round.skateMeetingId);
  const au = round.auMeetingId ? await repos.meetings.get(round.auMeetingId) : null;
  const history: AgendaInput['history'] = [];
  let q = round.id;
  for (let i = 0; i < HISTORY_ROUNDS; i++) {
    q = previousQuarter(q);
    const reports = (await repos.reports.listForRound(q)).filter((r) => r.state === 'submitted');
    if (reports.length > 0) history.unshift({ round: q, reports });
  }
  const reports = await repos.reports.listForRound(round.id);
  const initiatives = await repos.initiatives.list();
  // A decision this round's report closed (followed) is still reported on here, with that answer.
  const followedUp = new Set(reports.flatMap((r) => r.fields.decisionFollowUp.map((f) => f.decisionId)));
  const decisionsToFollowUp = await flatMapInOrder(initiatives.filter(isCovered), async (i) =>
    (await repos.decisions.listForInitiative(i.id)).filter(
      (d) => d.roundId < round.id && (d.state === 'open' || followedUp.has(d.id)),
    ),
  );
  return {
    locale: sign.locale,
    round,
    skateMeetingDate: skate?.date ?? instantToOsloDate(round.deadline),
    auMeetingDate: au?.date ?? null,
    caseNumber: item.caseNumber,
    caseNumberConfirmed: item.caseNumberConfirmed,
    revision: item.revision,
    pointDecisions: await repos.pointDecisions.listForRound(round.id),
    finalTreatments: await repos.finalTreatments.list(),
    finalFeedback: await flatMapInOrder(
      await repos.finalTreatments.list(),
      async (f) => await repos.finalTreatments.feedbackFor(f.initiativeId),
    ),
    initiatives,
    organisations: await repos.organisations.list(),
    people: await repos.people.list(),
    reports,
    history,
    votes: await repos.votes.listForRound(round.id),
    auMembers: (await repos.people.withRole('au')).map((p) => p.email),
    voting: sign.voting,
    recommendations: await repos.recommendations.listForRound(round.id),
    decisionsToFollowUp,
    presenter: sign.presenter,
    // The secretariat's name is the same in bokmål, nynorsk and English documents.
    preparedBy: 'Skatesekretariatet',
    place: sign.place,
    preparedOn: todayInOslo(now),
  };
}

/**
 * A hash of what the document says, leaving out its edition, the day it was
 * prepared and who pressed compile (compiling an unchanged round on a later
 * day, or by another member of the secretariat, is no change). Give it the
 * document composed in one fixed language (`HASH_LOCALE`), so a translation of
 * the same content hashes the same and is no revision.
 */
export function contentHash(doc: AgendaDocument): string {
  const said = { ...doc, header: { ...doc.header, revision: 0 }, preparedOn: '', presenter: '' };
  return createHash('sha256').update(JSON.stringify(said)).digest('hex');
}

/** The language the content hash is taken in: any fixed one would do. */
export const HASH_LOCALE: Locale = 'nb';

/**
 * The round's agenda document as the data stand now, without storing anything: what a point
 * decision is checked against, and what «adopted as proposed» is compared with.
 */
export async function composeNow(
  app: AppContext,
  repos: Repositories,
  round: Round,
  locale: Locale,
  now: Date,
): Promise<AgendaDocument> {
  const item = await repos.agenda.get(round.id);
  const facts = await gather(
    repos,
    round,
    { caseNumber: item?.caseNumber ?? '', caseNumberConfirmed: item?.confirmed ?? false, revision: 0 },
    {
      locale,
      presenter: app.settings.agenda.presenter ?? '',
      place: app.settings.agenda.place,
      voting: app.settings.voting,
    },
    now,
  );
  return composeAgenda(facts);
}

/**
 * The edition a compilation shows: 0 until the paper is published; after that, the published
 * edition while the content is the same (a translation, a recompile), the next one once it changes.
 */
export function editionFor(published: CompiledAgenda | null, hash: string): number {
  if (published === null) return 0;
  return published.hash === hash ? published.edition : published.edition + 1;
}

/** A round in review (e.g. reopened for a late report that never came) moves on to `compiled`. */
async function markCompiled(repos: Repositories, roundId: Quarter, now: Date): Promise<void> {
  const round = await repos.rounds.get(roundId);
  if (round?.state === 'in-review') {
    const moved = transitionRound(round, 'compiled', now);
    if (moved.ok) await repos.rounds.save(moved.value);
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
 * Compiles a round's consolidated agenda item: proposes its case number (once,
 * unless the secretariat set it), composes the case paper, and stores
 * Markdown, HTML, Word and the heat map with a content hash. Compiling again
 * without changes, in the same language, stores nothing. A paper is marked
 * «Revidert utgave N» only when a published paper's content changes; a
 * preview recompiled before publication, or a translation, is no revision.
 * The round moves to `compiled`. Nothing is posted until the secretariat publishes.
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
  const roundId = (await pickRound(app, input.roundId, 'compile', now)).id;
  const { document, previous, hash } = await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const round = await compilable(repos, roundId);
    const meeting = await repos.meetings.get(round.skateMeetingId);
    const year = Number((meeting?.date ?? round.id).slice(0, 4));
    const item = await allocateCaseNumber(repos, round.id, year, app.settings.agenda.caseNumberStart);
    const previous = await repos.compiledAgendas.latest(round.id);
    const facts = await gather(
      repos,
      round,
      { caseNumber: item.caseNumber, caseNumberConfirmed: item.confirmed, revision: 0 },
      { locale, presenter, place: app.settings.agenda.place, voting: app.settings.voting },
      now,
    );
    const hash = contentHash(composeAgenda({ ...facts, locale: HASH_LOCALE }));
    const revision = editionFor(await repos.compiledAgendas.latestPublished(round.id), hash);
    return { document: composeAgenda({ ...facts, revision }), previous, hash };
  });
  if (previous && previous.hash === hash && previous.locale === locale) {
    await app.uow.write(
      { actor: actorName(actor), now },
      async (repos) => await markCompiled(repos, previous.roundId, now),
    );
    return {
      agenda: previous,
      document,
      isNew: false,
      preview: agendaSummaryView(
        document,
        agendaLinks(app, previous.roundId, previous.revision, now),
        true,
        previous.revision,
      ),
      failed: [],
    };
  }
  // The storage revision numbers every compilation (the links use it); the edition is what the paper shows.
  const stored = previous ? previous.revision + 1 : 0;
  // Each format on its own: one that fails (a renderer's bug, an odd character) never hides the others.
  const [docxR, pngR, mdR, htmlR] = await Promise.allSettled([
    Promise.resolve().then(() => renderers.docx(document)),
    Promise.resolve().then(() => renderers.heatmapPng(document)),
    Promise.resolve().then(() => renderers.markdown(document)),
    Promise.resolve().then(() => renderers.html(document)),
  ]);
  const failed: RenderFailure[] = [];
  const take = <T>(format: RenderFailure['format'], r: PromiseSettledResult<T>, empty: T): T => {
    if (r.status === 'fulfilled') return r.value;
    failed.push(failureOf(format, r.reason));
    return empty;
  };
  // An empty document stands for «not available»: the link answers 404 and the preview says why.
  const docx = take('docx', docxR, Buffer.alloc(0));
  const heatmapPng = take('png', pngR, Buffer.alloc(0));
  const markdown = take('md', mdR, '');
  const html = take('html', htmlR, '');
  if (failed.length === 4) throw DomainFailure.of('AGENDA.RENDER_FAILED', { formats: 'docx, png, md, html' });
  const links = agendaLinks(app, document.round, stored, now);
  const agenda: CompiledAgenda = {
    roundId: document.round,
    revision: stored,
    edition: document.header.revision,
    undecidedPoints: undecidedPoints(document.proposedDecision).length,
    hash,
    caseNumber: document.header.caseNumber,
    locale,
    createdAt: now.toISOString(),
    createdBy: actorName(actor),
    markdown,
    html,
    docx,
    heatmapPng,
    summary: JSON.stringify(agendaSummaryView(document, links, false)),
    publishedAt: null,
  };
  await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    await repos.compiledAgendas.save(agenda);
    await markCompiled(repos, agenda.roundId, now);
  });
  return { agenda, document, isNew: true, preview: agendaSummaryView(document, links, true, stored), failed };
}
