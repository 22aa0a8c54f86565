import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agendaLinks } from '../../../../src/app/agenda/compile-agenda';
import { openReportForm, submitReportForm } from '../../../../src/app/reports/report-form';
import { tallyFor } from '../../../../src/app/review/review-item';
import { openRound } from '../../../../src/app/rounds/open-round';
import { roundStatus } from '../../../../src/app/rounds/round-status';
import { type CardView, cardAttachment, renderCard } from '../../../../src/channels/teams/cards/render-card';
import { CARDS_DIR, TEMPLATE_NAMES } from '../../../../src/channels/teams/cards/templates';
import { composeAgenda } from '../../../../src/domain/agenda/compose-agenda';
import { defaultRecommendation } from '../../../../src/domain/agenda/default-recommendation';
import { reportersOf } from '../../../../src/domain/authorisation';
import type { Initiative, Locale, Person, Quarter } from '../../../../src/domain/model';
import { LOCALES } from '../../../../src/domain/model';
import type { Repositories } from '../../../../src/domain/ports';
import { describeError, messagesFor } from '../../../../src/i18n';
import { formatInstant } from '../../../../src/i18n/format';
import { agendaSummaryView } from '../../../../src/views/agenda-views';
import {
  acceptanceRequestView,
  escalationView,
  preflightView,
  reminderView,
  reportRequestView,
  undeliverableView,
} from '../../../../src/views/cycle-views';
import { ACTION_IDS, MESSAGE_KINDS, type MessageView } from '../../../../src/views/message-view';
import { FORM_FIELDS, type ReportFormView, receiptView } from '../../../../src/views/report-form-view';
import { reviewItemView, reviewSummaryView } from '../../../../src/views/review-views';
import { type TableView, voteCardView } from '../../../../src/views/vote-view';
import { adaptiveCardProblems } from '../../../helpers/adaptive-cards';
import { demoAgendaInput } from '../../../helpers/agenda-cases';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../../helpers/test-app';

const ROUND: Quarter = '2026-Q4';
const LATER = new Date('2026-11-23T09:00:00.000Z');

interface Sample {
  name: string;
  view: CardView;
  refresh?: { verb: string; data: Record<string, string>; userIds: string[] };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Every object in a card, depth first. */
function objects(node: Json): JsonObject[] {
  if (Array.isArray(node)) return node.flatMap(objects);
  if (node && typeof node === 'object') return [node, ...Object.values(node).flatMap(objects)];
  return [];
}

const ofType = (card: Json, type: string) => objects(card).filter((o) => o.type === type);
const INPUT_TYPES = ['Input.Text', 'Input.Number', 'Input.Date', 'Input.Time', 'Input.Toggle', 'Input.ChoiceSet'];
const inputIds = (card: Json) =>
  objects(card)
    .filter((o) => INPUT_TYPES.includes(String(o.type)))
    .map((o) => String(o.id));

/** The demo database with the 2026-Q4 round open, one report submitted and one draft saved. */
class Fixture {
  readonly t: TestApp = testApp();
  readonly due: Initiative[];
  readonly withDecision: Initiative;
  readonly plain: Initiative;
  readonly submitted: Initiative;

  constructor() {
    const opened = openRound(this.t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
    this.due = opened.initiatives;
    const open = (i: Initiative) => this.read((r) => r.decisions.findOpenFor(i.id)) !== null;
    const [withDecision] = this.due.filter(open);
    const [plain, submitted] = this.due.filter((i) => !open(i));
    if (!withDecision || !plain || !submitted) throw new Error('the demo needs initiatives with and without decisions');
    this.withDecision = withDecision;
    this.plain = plain;
    this.submitted = submitted;
    const screen = this.submit(submitted, 'nb', { progress: 'Ny søkeløsning er i drift.' }, true, DEMO_NOW);
    if (screen.kind !== 'receipt') throw new Error(`could not submit the demo report: ${JSON.stringify(screen)}`);
  }

  read<T>(work: (repos: Repositories) => T): T {
    return this.t.app.uow.read(work);
  }

  owner(initiative: Initiative, locale: Locale): Person {
    const [email] = reportersOf(initiative, '2026-11-22');
    if (!email) throw new Error(`no reporter for ${initiative.id}`);
    return { ...this.t.person(email), locale };
  }

  secretary(locale: Locale): Person {
    const [person] = this.read((r) => r.people.withRole('secretariat'));
    if (!person) throw new Error('no secretariat in the demo');
    return { ...person, locale };
  }

  /** Opens the form and saves or submits it with `values` over what it showed. */
  submit(initiative: Initiative, locale: Locale, values: Record<string, string>, submit: boolean, now: Date) {
    const person = this.owner(initiative, locale);
    const form = openReportForm(this.t.app, { roundId: ROUND, initiativeId: initiative.id }, person, now);
    if (form.kind !== 'form') throw new Error(`expected a form for ${initiative.id}, got ${form.kind}`);
    return submitReportForm(
      this.t.app,
      {
        roundId: ROUND,
        initiativeId: initiative.id,
        baseVersion: form.view.baseVersion,
        values: { ...form.view.values, ...values },
        submit,
      },
      person,
      now,
    );
  }

  form(initiative: Initiative, locale: Locale): ReportFormView {
    const screen = openReportForm(
      this.t.app,
      { roundId: ROUND, initiativeId: initiative.id },
      this.owner(initiative, locale),
      DEMO_NOW,
    );
    if (screen.kind !== 'form') throw new Error(`expected a form for ${initiative.id}, got ${screen.kind}`);
    return screen.view;
  }

  /** Every view kind a Teams card is rendered for, in `locale`. */
  samples(locale: Locale): Sample[] {
    const t = messagesFor(locale);
    const secretary = this.secretary(locale);
    const owner = this.owner(this.withDecision, locale);
    const round = this.read((r) => r.rounds.get(ROUND));
    const past = this.read((r) => r.rounds.list().find((x) => x.state === 'closed'));
    if (!round || !past) throw new Error('the demo needs an open and a closed round');
    const org = this.read((r) => r.organisations.get(this.withDecision.ownerOrganisationId));
    const decision = this.read((r) => r.decisions.findOpenFor(this.withDecision.id));
    const pastReports = this.read((r) => r.reports.listForRound(past.id));
    const contacts = (i: Initiative) => reportersOf(i, '2026-11-22').map((e) => this.t.person(e));

    const messages: MessageView[] = [
      reportRequestView({
        round,
        initiative: this.withDecision,
        recipient: owner,
        skateMeeting: this.read((r) => r.meetings.get(round.skateMeetingId)),
        openDecision: decision,
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
        this.due.slice(0, 3).map((initiative) => ({ initiative, contacts: contacts(initiative) })),
        2,
        secretary,
      ),
      reviewSummaryView(past, pastReports, this.due.length, null, locale),
      undeliverableView(
        t.cycle.reportRequest.title(this.plain.id, '4. kvartal 2026'),
        owner,
        'ConversationNotFound',
        secretary,
      ),
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
    const reviewItems = pastReports.slice(0, 2).map((report) => {
      const initiative = this.read((r) => r.initiatives.get(report.initiativeId));
      if (!initiative) throw new Error(`no initiative ${report.initiativeId}`);
      const recommendation = defaultRecommendation(initiative, report);
      const tally = this.read((r) => tallyFor(r, this.t.app.settings, past, initiative.id));
      return {
        open: reviewItemView(past, initiative, report, recommendation, 'Digdir', locale, { ...tally, closed: false }),
        closed: reviewItemView(past, initiative, report, recommendation, 'Digdir', locale, tally),
        missing: reviewItemView(past, initiative, null, recommendation, 'Digdir', locale),
      };
    });
    for (const item of reviewItems) messages.push(item.open, item.closed, item.missing);
    const agenda = composeAgenda(demoAgendaInput(locale));
    const links = agendaLinks(this.t.app, agenda.round, 0, LATER);
    messages.push(agendaSummaryView(agenda, links, true), agendaSummaryView(agenda, links, false));

    const [firstItem] = reviewItems;
    if (!firstItem) throw new Error('the demo needs past reports');
    const vote = this.read((r) => r.votes.listForRound(past.id));
    const myVote = vote.find((v) => !v.recused && v.comment !== '') ?? null;
    const recusedVote = vote.find((v) => v.recused) ?? null;

    const withErrors = this.submit(
      this.withDecision,
      locale,
      {
        progress: '',
        forecastCostNok: '1 500 kroner',
        schedule: 'red',
        scheduleOverrideReason: '',
        followUpState: '',
        followUpComment: '',
      },
      true,
      LATER,
    );
    const draftSaved = this.submit(this.plain, locale, { progress: 'Pilot i gang.' }, false, LATER);
    const status = roundStatus(this.t.app, ROUND, LATER, OPERATOR);
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
    const submittedReport = this.read((r) => r.reports.get(this.submitted.id, ROUND));
    if (!submittedReport) throw new Error('the demo report was not submitted');
    const voter = this.read((r) => r.people.withRole('au'))[0];

    return [
      ...messages.map((view, i) => ({ name: `${view.kind} #${i}`, view })),
      { name: 'report form with a decision', view: this.form(this.withDecision, locale) },
      { name: 'report form without a decision', view: this.form(this.plain, locale) },
      { name: 'report form with errors', view: screenView(withErrors, 'form') },
      { name: 'report form with a saved draft', view: screenView(draftSaved, 'form') },
      { name: 'receipt with edit', view: receiptView(round, this.submitted, submittedReport, locale, true) },
      { name: 'receipt without edit', view: receiptView(round, this.submitted, submittedReport, locale, false) },
      { name: 'vote card, open', view: voteCardView(firstItem.open, null, false, false, null) },
      { name: 'vote card, my vote', view: voteCardView(firstItem.open, myVote, false, false, null) },
      { name: 'vote card, recusal', view: voteCardView(firstItem.open, recusedVote, true, false, null) },
      {
        name: 'vote card, error',
        view: voteCardView(firstItem.open, null, true, false, describeError({ code: 'VOTE.COMMENT_REQUIRED' }, locale)),
      },
      {
        name: 'vote card, closed',
        view: voteCardView(firstItem.closed, myVote, false, true, null),
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

function screenView(screen: ReturnType<typeof submitReportForm>, kind: 'form'): ReportFormView {
  if (screen.kind !== kind) throw new Error(`expected a ${kind}, got ${JSON.stringify(screen)}`);
  return screen.view as ReportFormView;
}

/** Words only the right catalogue has: nynorsk, bokmål and English differ on these. */
const LANGUAGE_SAMPLES: Record<Locale, { form: string[]; vote: string[]; absent: string[] }> = {
  nb: { form: ['Samlet', 'Grønn'], vote: ['Jeg er inhabil i denne saken'], absent: ['Samla', 'Grøn"', 'Overall'] },
  nn: { form: ['Samla', 'Grøn"', 'Raud'], vote: ['Eg er ugild i denne saka'], absent: ['Samlet', 'Grønn', 'Overall'] },
  en: { form: ['Overall', 'Green', 'Amber'], vote: ['I have a conflict of interest'], absent: ['Samlet', 'Samla'] },
};

describe('Teams Adaptive Cards', () => {
  let fixture: Fixture;
  beforeAll(() => {
    fixture = new Fixture();
  });
  afterAll(() => fixture.t.close());

  it('has a validation helper that reports what the SDK would drop or reject', () => {
    const problems = adaptiveCardProblems({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'x', colour: 'Attention' },
        { type: 'Carousel', pages: [] },
        { type: 'Input.Text', id: 'a', labelPosition: 'inline' },
        { type: 'Input.Text', id: 'a' },
      ],
      actions: [{ type: 'Action.Execute', verb: 'report.save', title: 'x' }],
    });
    expect(problems.map((p) => p.event)).toEqual(
      expect.arrayContaining(['UnknownProperty', 'UnknownElementType', 'UnsupportedProperty', 'DuplicateId']),
    );
  });

  it('templates pin Adaptive Cards 1.5 and hold no literal text', () => {
    const textKeys = new Set(['text', 'title', 'label', 'fallbackText', 'placeholder', 'errorMessage', 'speak']);
    for (const name of TEMPLATE_NAMES) {
      const template = JSON.parse(readFileSync(join(CARDS_DIR, `${name}.json`), 'utf8')) as JsonObject;
      expect(template).toMatchObject({
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.5',
      });
      const literals = objects(template).flatMap((o) =>
        Object.entries(o)
          .filter(([k, v]) => textKeys.has(k) && typeof v === 'string' && /\p{L}/u.test(v.replace(/\$\{[^}]*\}/g, '')))
          .map(([k, v]) => `${name}: ${k} = ${String(v)}`),
      );
      expect(literals).toEqual([]);
    }
  });

  describe.each(LOCALES)('in %s', (locale) => {
    let samples: (Sample & { card: JsonObject })[];
    const sample = (name: string) => {
      const found = samples.find((s) => s.name === name);
      if (!found) throw new Error(`no sample ${name}`);
      return found;
    };
    const formView = (name: string) => {
      const { view } = sample(name);
      if (view.kind !== 'report-form') throw new Error(`${name} is not a report form`);
      return view;
    };
    beforeAll(() => {
      samples = fixture.samples(locale).map((s) => ({
        ...s,
        card: renderCard(s.view, s.refresh ? { refresh: s.refresh } : {}) as JsonObject,
      }));
    });

    it('covers every view kind', () => {
      const kinds = new Set(samples.map((s) => s.view.kind));
      expect([...kinds].sort()).toEqual(
        [...MESSAGE_KINDS, 'report-form', 'report-receipt', 'review-vote', 'table'].sort(),
      );
    });

    it('renders cards the Adaptive Cards SDK parses without errors or warnings', () => {
      const problems = samples.flatMap((s) =>
        adaptiveCardProblems(s.card).map((p) => `${s.name}: ${p.event}: ${p.message}`),
      );
      expect(problems).toEqual([]);
    });

    it('expands every binding, leaves no empty text, and pins version 1.5', () => {
      for (const { name, card } of samples) {
        expect({ name, unexpanded: JSON.stringify(card).includes('${') }).toEqual({ name, unexpanded: false });
        expect({ name, version: card.version }).toEqual({ name, version: '1.5' });
        const empty = ofType(card, 'TextBlock').filter((b) => typeof b.text !== 'string' || b.text.trim() === '');
        expect({ name, empty }).toEqual({ name, empty: [] });
      }
    });

    it('uses only the shared action ids as verbs', () => {
      for (const { name, card } of samples) {
        const verbs = ofType(card, 'Action.Execute').map((a) => a.verb);
        for (const verb of verbs)
          expect({ name, verb, known: ACTION_IDS.includes(verb as never) }).toMatchObject({ known: true });
      }
    });

    it('gives the report form the inputs of FORM_FIELDS and actions that carry the form identity', () => {
      for (const { name, view, card } of samples.filter((s) => s.view.kind === 'report-form')) {
        const form = view as ReportFormView;
        const expected = FORM_FIELDS.filter(
          (f) => form.decision !== null || (f !== 'followUpState' && f !== 'followUpComment'),
        );
        expect({ name, ids: inputIds(card).sort() }).toEqual({ name, ids: [...expected].sort() });
        const actions = ofType(card, 'Action.Execute');
        expect(actions.map((a) => a.verb)).toEqual(['report.save', 'report.submit']);
        for (const a of actions) {
          expect(a).toMatchObject({
            associatedInputs: 'auto',
            data: { roundId: form.roundId, initiativeId: form.initiativeId, baseVersion: form.baseVersion },
          });
        }
        const choices = objects(card).find((o) => o.id === 'sdgs');
        expect(choices).toMatchObject({ isMultiSelect: true, value: form.values.sdgs });
        expect(objects(card).find((o) => o.id === 'asksSkateAttention')).toMatchObject({
          type: 'Input.Toggle',
          valueOn: 'true',
          valueOff: 'false',
        });
        for (const [field, message] of Object.entries(form.errors)) {
          expect(ofType(card, 'TextBlock')).toContainEqual(
            expect.objectContaining({ text: message, color: 'Attention' }),
          );
          if (field !== 'form') expect(inputIds(card)).toContain(field);
        }
      }
      expect(Object.keys(formView('report form with errors').errors)).toEqual(
        expect.arrayContaining(['progress', 'forecastCostNok', 'followUpState']),
      );
    });

    it('labels every input of the report form differently, so a screen reader can tell them apart', () => {
      for (const { name, card } of samples.filter((s) => s.view.kind === 'report-form')) {
        const labels = objects(card)
          .filter((o) => INPUT_TYPES.includes(String(o.type)))
          .map((o) => String(o.label ?? o.title));
        expect({ name, duplicates: labels.filter((l, i) => labels.indexOf(l) !== i) }).toEqual({
          name,
          duplicates: [],
        });
      }
    });

    it('states under each light the rule it is held to', () => {
      const t = messagesFor(locale);
      const form = formView('report form without a decision');
      const texts = ofType(sample('report form without a decision').card, 'TextBlock').map((b) => b.text);
      expect(texts).toContain(form.hints.cost);
      expect(form.hints.cost).toContain(t.form.costRule(String(fixture.plain.tolerancePercent)));
      expect(form.hints.schedule).toContain(t.form.scheduleRule(fixture.plain.toleranceDays));
      expect(form.hints.overall.startsWith(t.form.overallRule)).toBe(true);
    });

    it('shows the decision to follow up only when there is one', () => {
      const decision = formView('report form with a decision').decision;
      expect(decision).not.toBeNull();
      expect(JSON.stringify(sample('report form with a decision').card)).toContain(JSON.stringify(decision?.text));
      expect(inputIds(sample('report form without a decision').card)).not.toContain('followUpState');
    });

    it('offers Edit on a receipt only while the report is editable', () => {
      const verbs = (name: string) => ofType(sample(name).card, 'Action.Execute').map((a) => a.verb);
      expect(verbs('receipt with edit')).toEqual(['report.edit']);
      expect(verbs('receipt without edit')).toEqual([]);
    });

    it('asks for a vote until the vote closes, and for recusal only when asked to', () => {
      const card = (name: string) => sample(name).card;
      expect(inputIds(card('vote card, open'))).toEqual(['choice', 'comment']);
      expect(inputIds(card('vote card, recusal'))).toEqual(['choice', 'comment', 'recused']);
      expect(inputIds(card('vote card, closed'))).toEqual([]);
      expect(ofType(card('vote card, closed'), 'Action.Execute').map((a) => a.verb)).toEqual(['review.open']);
      expect(ofType(card('vote card, open'), 'Action.Execute')).toEqual([
        expect.objectContaining({
          verb: 'review.vote',
          data: { roundId: expect.any(String), initiativeId: expect.any(String) },
        }),
      ]);
      const mine = sample('vote card, my vote');
      const myVote = mine.view.kind === 'review-vote' ? mine.view.myVote : null;
      expect(myVote).not.toBeNull();
      expect(JSON.stringify(mine.card)).toContain(JSON.stringify(myVote?.choice));
      expect(objects(mine.card).find((o) => o.id === 'choice')?.value).toMatch(
        /^(agree|disagree|oral-briefing|separate-item)$/,
      );
      expect(ofType(card('vote card, error'), 'TextBlock')).toContainEqual(
        expect.objectContaining({ color: 'Attention' }),
      );
    });

    it('adds the Universal Actions refresh block when asked', () => {
      const closed = sample('vote card, closed');
      expect(closed.card.refresh).toEqual({
        action: { type: 'Action.Execute', verb: 'review.open', data: closed.refresh?.data },
        userIds: closed.refresh?.userIds,
      });
      expect(sample('vote card, open').card.refresh).toBeUndefined();
    });

    it('renders the status table with a header row and one row per initiative', () => {
      const { view, card } = sample('status table');
      if (view.kind !== 'table') throw new Error('not a table');
      const [element] = ofType(card, 'Table');
      expect(element).toMatchObject({ firstRowAsHeaders: true });
      expect(element?.rows).toHaveLength(view.rows.length + 1);
      expect(element?.columns).toHaveLength(view.columns.length);
      expect(view.rows.length).toBeGreaterThan(0);
    });

    it('speaks the reader’s language', () => {
      const text = (kind: string) =>
        samples
          .filter((s) => s.view.kind === kind)
          .map((s) => JSON.stringify(s.card))
          .join('\n');
      const { form, vote, absent } = LANGUAGE_SAMPLES[locale];
      for (const word of form) expect(text('report-form')).toContain(word);
      for (const word of vote) expect(text('review-vote')).toContain(word);
      for (const word of absent) expect(text('report-form')).not.toContain(word);
      expect(text('notice')).toContain(messagesFor(locale).commands.helpTitle);
    });

    it('wraps a card as a Bot Framework attachment', () => {
      const [first] = samples;
      expect(cardAttachment(first?.card ?? {})).toEqual({
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: first?.card,
      });
    });
  });
});
