/**
 * The view gallery: every view a channel renders, in every state worth seeing, built from the demo
 * database with the 2026-Q4 round open (a report submitted, a draft saved, errors shown). Any
 * renderer's tests use it: the Teams cards are parsed with the Adaptive Cards SDK, the Slack
 * payloads checked against Slack's limits.
 */
import { agendaLinks } from '../../src/app/agenda/compile-agenda';
import { openReportForm, submitReportForm } from '../../src/app/reports/report-form';
import { tallyFor } from '../../src/app/review/review-item';
import { openRound } from '../../src/app/rounds/open-round';
import { roundStatus } from '../../src/app/rounds/round-status';
import { composeAgenda } from '../../src/domain/agenda/compose-agenda';
import { defaultRecommendation } from '../../src/domain/agenda/default-recommendation';
import { reportersOf } from '../../src/domain/authorisation';
import type { Initiative, Locale, Person, Quarter, Vote } from '../../src/domain/model';
import type { Repositories } from '../../src/domain/ports';
import { describeError, messagesFor } from '../../src/i18n';
import { formatInstant } from '../../src/i18n/format';
import { agendaSummaryView } from '../../src/views/agenda-views';
import { briefingRequestView, briefingWithdrawnView, recommendationChangedView } from '../../src/views/au-notice-views';
import type { CardView } from '../../src/views/card-view';
import {
  acceptanceRequestView,
  escalationView,
  preflightView,
  reminderView,
  reportRequestView,
  undeliverableSummaryView,
} from '../../src/views/cycle-views';
import {
  feedbackRequestView,
  finalDecidedView,
  finishedAnsweredView,
  finishedReportedView,
} from '../../src/views/final-treatment-views';
import { type FormValues, formValues } from '../../src/views/form';
import type { MessageView } from '../../src/views/message-view';
import { notice } from '../../src/views/notice';
import { type ReportFormView, receiptView } from '../../src/views/report-form-view';
import { reviewItemView, reviewSummaryView } from '../../src/views/review-views';
import { type TableView, type VoteCardState, voteCardView } from '../../src/views/vote-view';

/** A member's vote card state: their vote on the first version, nothing cleared. */
function voteState(myVote: Vote | null, askRecusal: boolean, closed: boolean, error: string | null): VoteCardState {
  return { myVote, cleared: false, version: 1, askRecusal, closed, errors: [], error };
}

import { filterInOrder, mapInOrder } from '../../src/app/in-order';
import { demoAgendaInput } from './agenda-cases';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from './test-app';

export const GALLERY_ROUND: Quarter = '2026-Q4';
const ROUND = GALLERY_ROUND;
export const GALLERY_LATER = new Date('2026-11-23T09:00:00.000Z');
const LATER = GALLERY_LATER;

export interface Sample {
  name: string;
  view: CardView;
  refresh?: { verb: string; data: Record<string, string>; userIds: string[] };
}

/** The demo database with the 2026-Q4 round open, one report submitted and one draft saved. */
export class ViewGallery {
  private constructor(
    readonly t: TestApp,
    readonly due: Initiative[],
    readonly withDecision: Initiative,
    readonly plain: Initiative,
    readonly submitted: Initiative,
  ) {}

  static async create(): Promise<ViewGallery> {
    const t = await testApp();
    const opened = await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
    const due = opened.initiatives;
    const open = async (i: Initiative) =>
      (await t.app.uow.read(async (r) => await r.decisions.findOpenFor(i.id))) !== null;
    const [withDecision] = await filterInOrder(due, open);
    const [plain, submitted] = await filterInOrder(due, async (i) => !(await open(i)));
    if (!withDecision || !plain || !submitted) throw new Error('the demo needs initiatives with and without decisions');
    const gallery = new ViewGallery(t, due, withDecision, plain, submitted);
    const screen = await gallery.submit(submitted, 'nb', { progress: 'Ny søkeløsning er i drift.' }, true, DEMO_NOW);
    if (screen.kind !== 'receipt') throw new Error(`could not submit the demo report: ${JSON.stringify(screen)}`);
    return gallery;
  }

  async read<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    return await this.t.app.uow.read(work);
  }

  async owner(initiative: Initiative, locale: Locale): Promise<Person> {
    const [email] = reportersOf(initiative, '2026-11-22');
    if (!email) throw new Error(`no reporter for ${initiative.id}`);
    return { ...(await this.t.person(email)), locale };
  }

  async secretary(locale: Locale): Promise<Person> {
    const [person] = await this.read(async (r) => await r.people.withRole('secretariat'));
    if (!person) throw new Error('no secretariat in the demo');
    return { ...person, locale };
  }

  /** Opens the form and saves or submits it with `values` over what it showed. */
  async submit(initiative: Initiative, locale: Locale, values: FormValues, submit: boolean, now: Date) {
    const person = await this.owner(initiative, locale);
    const form = await openReportForm(this.t.app, { roundId: ROUND, initiativeId: initiative.id }, person, now);
    if (form.kind !== 'form') throw new Error(`expected a form for ${initiative.id}, got ${form.kind}`);
    return await submitReportForm(
      this.t.app,
      {
        roundId: ROUND,
        initiativeId: initiative.id,
        baseVersion: form.view.baseVersion,
        values: { ...formValues(form.view.form), ...values },
        submit,
      },
      person,
      now,
    );
  }

  /** The notices of AU's requests, changed recommendations and final treatment. */
  private auAndFinalNotices(locale: Locale): MessageView[] {
    const i = this.withDecision;
    const request = {
      count: 3,
      asked: true,
      reasons: [{ voter: 'per.lunde@example.no', comment: 'Hvor langt arbeidet har kommet.' }],
    };
    const notice = { roundId: ROUND, initiative: i, request, counted: 5, meetingDate: '2026-12-03' };
    const texts = { before: 'Skate tar status til orientering.', after: 'Skate ber om revidert plan.', version: 2 };
    return [
      briefingRequestView(notice, 'owner', locale),
      briefingRequestView({ ...notice, meetingDate: null }, 'secretariat', locale),
      briefingWithdrawnView(ROUND, i, locale),
      recommendationChangedView(ROUND, i, texts, locale),
      finishedReportedView(i, null, locale),
      feedbackRequestView(i, 'Digdir', '2026-12-18', locale),
      finishedAnsweredView(i, '2026-12-18', locale),
      finishedAnsweredView(i, null, locale),
      finalDecidedView(i, '2026-12-10', 'strategy-owner', 'Skate anbefaler at tiltaket avsluttes.', locale),
    ];
  }
  async form(initiative: Initiative, locale: Locale): Promise<ReportFormView> {
    const screen = await openReportForm(
      this.t.app,
      { roundId: ROUND, initiativeId: initiative.id },
      await this.owner(initiative, locale),
      DEMO_NOW,
    );
    if (screen.kind !== 'form') throw new Error(`expected a form for ${initiative.id}, got ${screen.kind}`);
    return screen.view;
  }

  /** Every view kind a Teams card is rendered for, in `locale`. */
  async samples(locale: Locale): Promise<Sample[]> {
    const t = messagesFor(locale);
    const secretary = await this.secretary(locale);
    const owner = await this.owner(this.withDecision, locale);
    const round = await this.read(async (r) => await r.rounds.get(ROUND));
    const past = await this.read(async (r) => (await r.rounds.list()).find((x) => x.state === 'closed'));
    if (!round || !past) throw new Error('the demo needs an open and a closed round');
    const org = await this.read(async (r) => await r.organisations.get(this.withDecision.ownerOrganisationId));
    const decisions = await this.read(async (r) => await r.decisions.listOpenFor(this.withDecision.id));
    const pastReports = await this.read(async (r) => await r.reports.listForRound(past.id));
    const contacts = (i: Initiative) => mapInOrder(reportersOf(i, '2026-11-22'), async (e) => await this.t.person(e));

    const messages: MessageView[] = [
      reportRequestView({
        round,
        initiative: this.withDecision,
        recipient: owner,
        skateMeeting: await this.read(async (r) => await r.meetings.get(round.skateMeetingId)),
        openDecisions: decisions,
        delegatedBy: { name: 'Kari Nordmann', until: '2026-12-31' },
      }),
      acceptanceRequestView(this.plain, org, owner),
      reminderView({
        round,
        initiative: this.plain,
        recipient: owner,
        kind: 'before',
        ordinal: 1,
        hasDraft: true,
        at: DEMO_NOW.toISOString(),
      }),
      reminderView({
        round,
        initiative: this.plain,
        recipient: owner,
        kind: 'overdue',
        ordinal: 2,
        hasDraft: false,
        at: round.lockAt,
      }),
      escalationView(
        round,
        await mapInOrder(this.due.slice(0, 3), async (initiative) => ({
          initiative,
          contacts: await contacts(initiative),
        })),
        2,
        secretary,
      ),
      reviewSummaryView(past, pastReports, this.due.length, null, locale),
      undeliverableSummaryView(
        [
          { recipient: { kind: 'person', email: owner.email, name: owner.name }, reason: 'no-conversation' },
          { recipient: { kind: 'person', email: owner.email, name: owner.name }, reason: 'no-conversation' },
          { recipient: { kind: 'channel', channel: 'au' }, reason: 'channel-not-bound' },
          { recipient: { kind: 'person', email: 'x@example.no', name: 'x@example.no' }, reason: 'platform-error' },
        ],
        '2026-11-23',
        secretary,
      ) ?? notice(locale, 'undeliverable summary missing'),
      preflightView(ROUND, 12, [], secretary),
      preflightView(
        ROUND,
        12,
        [
          { name: owner.name, email: owner.email, initiatives: [this.plain.id], reason: 'no-identity', detail: null },
          {
            name: secretary.name,
            email: secretary.email,
            initiatives: [this.withDecision.id, this.plain.id],
            reason: 'transport',
            detail: '403 Forbidden',
          },
        ],
        secretary,
      ),
      {
        kind: 'notice',
        locale,
        title: t.commands.helpTitle,
        summary: t.commands.helpIntro,
        paragraphs: [t.commands.helpIntro],
        facts: [],
        items: Object.values(t.commands.help).map((h) => t.commands.helpLine(h.usage, h.text, h.example)),
        actions: [],
        data: {},
      },
      {
        kind: 'notice',
        locale,
        title: describeError({ code: 'REPORT.ROUND_LOCKED', params: { round: ROUND } }, locale),
        summary: '',
        paragraphs: [],
        facts: [],
        items: [],
        actions: [],
        data: {},
      },
    ];
    const reviewItems = await mapInOrder(pastReports.slice(0, 2), async (report) => {
      const initiative = await this.read(async (r) => await r.initiatives.get(report.initiativeId));
      if (!initiative) throw new Error(`no initiative ${report.initiativeId}`);
      const recommendation = defaultRecommendation(initiative, report);
      const tally = await this.read(async (r) => await tallyFor(r, this.t.app.settings, past, initiative.id));
      return {
        open: reviewItemView(past, initiative, report, recommendation, 'Digdir', locale, { ...tally, closed: false }),
        closed: reviewItemView(past, initiative, report, recommendation, 'Digdir', locale, tally),
        missing: reviewItemView(past, initiative, null, recommendation, 'Digdir', locale),
      };
    });
    for (const item of reviewItems) messages.push(item.open, item.closed, item.missing);
    const agenda = composeAgenda(await demoAgendaInput(locale));
    const links = agendaLinks(this.t.app, agenda.round, 0, LATER);
    messages.push(agendaSummaryView(agenda, links, true), agendaSummaryView(agenda, links, false));
    messages.push(...this.auAndFinalNotices(locale));

    const [firstItem] = reviewItems;
    if (!firstItem) throw new Error('the demo needs past reports');
    const vote = await this.read(async (r) => await r.votes.listForRound(past.id));
    const myVote = vote.find((v) => !v.recused && v.comment !== '') ?? null;
    const recusedVote = vote.find((v) => v.recused) ?? null;

    const withErrors = await this.submit(
      this.withDecision,
      locale,
      {
        progress: '',
        // What a client sends for a number it could not read.
        forecastCostNok: Number.NaN,
        schedule: 'red',
        scheduleOverrideReason: '',
        followUpState: '',
        followUpComment: '',
      },
      true,
      LATER,
    );
    const draftSaved = await this.submit(this.plain, locale, { progress: 'Pilot i gang.' }, false, LATER);
    const status = await roundStatus(this.t.app, ROUND, LATER, OPERATOR);
    if (!status) throw new Error('no round status');
    const c = t.cli.columns;
    const table: TableView = {
      kind: 'table',
      locale,
      title: t.cli.roundSummary({
        round: ROUND,
        state: t.roundStates[status.round.state],
        deadline: formatInstant(status.round.deadline, locale),
        lockAt: formatInstant(status.round.lockAt, locale),
      }),
      lines: [t.cli.roundCounts(status.counts)],
      columns: [c.id, c.title, c.reporters, c.status, c.submittedAt],
      rows: status.due.map((d) => [
        d.initiative.id,
        d.initiative.title,
        d.reporters.map((r) => r.name).join('\n'),
        t.reportStates[d.state],
        d.report?.submittedAt ? formatInstant(d.report.submittedAt, locale) : '',
      ]),
    };
    const submittedReport = await this.read(async (r) => await r.reports.get(this.submitted.id, ROUND));
    if (!submittedReport) throw new Error('the demo report was not submitted');
    const voter = (await this.read(async (r) => await r.people.withRole('au')))[0];

    return [
      ...messages.map((view, i) => ({ name: `${view.kind} #${i}`, view })),
      { name: 'report form with a decision', view: await this.form(this.withDecision, locale) },
      { name: 'report form without a decision', view: await this.form(this.plain, locale) },
      { name: 'report form with errors', view: screenView(withErrors, 'form') },
      { name: 'report form with a saved draft', view: screenView(draftSaved, 'form') },
      { name: 'receipt with edit', view: receiptView(round, this.submitted, submittedReport, locale, true) },
      { name: 'receipt without edit', view: receiptView(round, this.submitted, submittedReport, locale, false) },
      { name: 'vote card, open', view: voteCardView(firstItem.open, voteState(null, false, false, null)) },
      { name: 'vote card, my vote', view: voteCardView(firstItem.open, voteState(myVote, false, false, null)) },
      { name: 'vote card, recusal', view: voteCardView(firstItem.open, voteState(recusedVote, true, false, null)) },
      {
        name: 'vote card, error',
        view: voteCardView(
          firstItem.open,
          voteState(null, true, false, describeError({ code: 'VOTE.COMMENT_REQUIRED' }, locale)),
        ),
      },
      {
        name: 'vote card, closed',
        view: voteCardView(firstItem.closed, voteState(myVote, false, true, null)),
        refresh: {
          verb: 'review.open',
          data: { roundId: past.id, initiativeId: firstItem.closed.data.initiativeId as string },
          userIds: voter ? [voter.email] : [],
        },
      },
      { name: 'status table', view: table },
    ];
  }
}

export function screenView(screen: Awaited<ReturnType<typeof submitReportForm>>, kind: 'form'): ReportFormView {
  if (screen.kind !== kind) throw new Error(`expected a ${kind}, got ${JSON.stringify(screen)}`);
  return screen.view as ReportFormView;
}
