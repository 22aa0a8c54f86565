import { cardAttachment, renderCard } from '../../../../src/channels/teams/cards/render-card';
import type { Locale } from '../../../../src/domain/model';
import { LOCALES } from '../../../../src/domain/model';
import { messagesFor } from '../../../../src/i18n';
import type { CardView } from '../../../../src/views/card-view';
import { formInputs } from '../../../../src/views/form';
import { ACTION_IDS, MESSAGE_KINDS, messageView } from '../../../../src/views/message-view';
import { FORM_FIELDS, type FormField, inputNamed, type ReportFormView } from '../../../../src/views/report-form-view';
import { adaptiveCardProblems } from '../../../helpers/adaptive-cards';
import { type Sample, ViewGallery } from '../../../helpers/view-gallery';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Every object in a card, depth first. */
function objects(node: Json): JsonObject[] {
  if (Array.isArray(node)) return node.flatMap(objects);
  if (node && typeof node === 'object') return [node, ...Object.values(node).flatMap(objects)];
  return [];
}

/** Teams' wire form of an input's value (a multi-select as "1,3,5"). */
const inputValue = (form: ReportFormView, name: FormField) => {
  const value = inputNamed(form, name)?.value;
  return Array.isArray(value) ? value.join(',') : value;
};
/** The errors a form shows, by input name (and `form` for the one that belongs to none). */
const errorsOf = (form: ReportFormView): Record<string, string> => ({
  ...Object.fromEntries(formInputs(form.form).flatMap((i) => (i.error ? [[i.name, i.error]] : []))),
  ...(form.formError ? { form: form.formError } : {}),
});

const ofType = (card: Json, type: string) => objects(card).filter((o) => o.type === type);
const INPUT_TYPES = ['Input.Text', 'Input.Number', 'Input.Date', 'Input.Time', 'Input.Toggle', 'Input.ChoiceSet'];
const inputIds = (card: Json) =>
  objects(card)
    .filter((o) => INPUT_TYPES.includes(String(o.type)))
    .map((o) => String(o.id));

/** Words only the right catalogue has: nynorsk, bokmål and English differ on these. */
const LANGUAGE_SAMPLES: Record<Locale, { form: string[]; vote: string[]; absent: string[] }> = {
  nb: { form: ['Samlet', 'Grønn'], vote: ['Jeg er inhabil i denne saken'], absent: ['Samla', 'Grøn"', 'Overall'] },
  nn: { form: ['Samla', 'Grøn"', 'Raud'], vote: ['Eg er ugild i denne saka'], absent: ['Samlet', 'Grønn', 'Overall'] },
  en: { form: ['Overall', 'Green', 'Amber'], vote: ['I have a conflict of interest'], absent: ['Samlet', 'Samla'] },
};

describe('Teams Adaptive Cards', () => {
  let fixture: ViewGallery;
  beforeAll(async () => {
    fixture = await ViewGallery.create();
  });
  afterAll(async () => await fixture.t.close());

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

  it('draws every text from the view: a card of empty views holds no literal text', () => {
    const textKeys = new Set([
      'text',
      'title',
      'label',
      'fallbackText',
      'altText',
      'placeholder',
      'errorMessage',
      'speak',
    ]);
    const blank = { label: '', value: '', text: '' };
    const views: CardView[] = [
      messageView('notice', 'nb', {
        paragraphs: [''],
        facts: [blank],
        items: [''],
        actions: [{ id: 'report.open', label: '', data: {} }],
        links: [{ label: '', url: 'https://example.no/' }],
        image: { url: 'https://example.no/a.png', alt: '' },
        comparison: [blank, blank],
      }),
      {
        kind: 'report-receipt',
        locale: 'nb',
        title: '',
        text: '',
        facts: [blank],
        roundId: '2026-Q4',
        initiativeId: 'T-1',
        version: 1,
        editLabel: '',
      },
      { kind: 'table', locale: 'nb', title: '', lines: [''], columns: [''], rows: [['']] },
    ];
    for (const view of views) {
      const card = renderCard(view) as JsonObject;
      expect(card).toMatchObject({
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.5',
      });
      const literals = objects(card).flatMap((o) =>
        Object.entries(o)
          .filter(([k, v]) => textKeys.has(k) && typeof v === 'string' && /\p{L}/u.test(v))
          .map(([k, v]) => `${view.kind}: ${k} = ${String(v)}`),
      );
      expect(literals).toEqual([]);
    }
  });

  it('leaves out the parts of a message it does not have', () => {
    const card = renderCard(messageView('notice', 'nb', { title: 'T', summary: 'S', comparison: [], image: null }));
    expect(card).toEqual({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.5',
      fallbackText: 'S',
      body: [{ type: 'TextBlock', text: 'T', style: 'heading', size: 'Medium', weight: 'Bolder', wrap: true }],
      actions: [],
    });
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
    beforeAll(async () => {
      samples = (await fixture.samples(locale)).map((s) => ({
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
        // One state and comment per open decision, numbered: `followUpState.1`, `followUpComment.1`, …
        const followUps = form.form.sections.filter((s) => s.id.startsWith('decision-')).flatMap((s) => s.inputs);
        const expected = [
          ...FORM_FIELDS.filter((f) => f !== 'followUpState' && f !== 'followUpComment'),
          ...followUps.map((i) => i.name),
        ];
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
        expect(choices).toMatchObject({ isMultiSelect: true, value: inputValue(form, 'sdgs') });
        expect(objects(card).find((o) => o.id === 'asksSkateAttention')).toMatchObject({
          type: 'Input.Toggle',
          valueOn: 'true',
          valueOff: 'false',
        });
        for (const [field, message] of Object.entries(errorsOf(form))) {
          expect(ofType(card, 'TextBlock')).toContainEqual(
            expect.objectContaining({ text: message, color: 'Attention' }),
          );
          if (field !== 'form') expect(inputIds(card)).toContain(field);
        }
      }
      expect(Object.keys(errorsOf(formView('report form with errors')))).toEqual(
        expect.arrayContaining(['progress', 'forecastCostNok', 'followUpState.1']),
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
      const hint = (name: FormField) => inputNamed(form, name)?.hint ?? '';
      expect(texts).toContain(hint('cost'));
      expect(hint('cost')).toContain(t.form.costRule(String(fixture.plain.tolerancePercent)));
      expect(hint('schedule')).toContain(t.form.scheduleRule(fixture.plain.toleranceDays));
      expect(hint('overall').startsWith(t.form.overallRule)).toBe(true);
    });

    it('shows the decision to follow up only when there is one', () => {
      const decision = formView('report form with a decision').form.sections.find((s) => s.id === 'decision-1');
      expect(decision).toBeDefined();
      const text = decision?.lines.at(-1) ?? '';
      expect(text).not.toBe('');
      expect(JSON.stringify(sample('report form with a decision').card)).toContain(JSON.stringify(text));
      expect(inputIds(sample('report form with a decision').card)).toContain('followUpState.1');
      expect(inputIds(sample('report form without a decision').card)).not.toContain('followUpState.1');
    });

    it('offers Edit on a receipt only while the report is editable', () => {
      const verbs = (name: string) => ofType(sample(name).card, 'Action.Execute').map((a) => a.verb);
      expect(verbs('receipt with edit')).toEqual(['report.edit']);
      expect(verbs('receipt without edit')).toEqual([]);
    });

    it('asks for a vote until the vote closes, and for recusal only when asked to', () => {
      const card = (name: string) => sample(name).card;
      // The position and the request for a briefing or a separate item are separate inputs.
      expect(inputIds(card('vote card, open'))).toEqual(['choice', 'comment', 'request', 'requestReason']);
      expect(inputIds(card('vote card, recusal'))).toEqual([
        'choice',
        'comment',
        'request',
        'requestReason',
        'recused',
      ]);
      expect(inputIds(card('vote card, closed'))).toEqual([]);
      expect(ofType(card('vote card, closed'), 'Action.Execute').map((a) => a.verb)).toEqual(['review.open']);
      expect(ofType(card('vote card, open'), 'Action.Execute')).toEqual([
        expect.objectContaining({
          verb: 'review.vote',
          data: { roundId: expect.any(String), initiativeId: expect.any(String), version: 1 },
        }),
      ]);
      const mine = sample('vote card, my vote');
      const myVote = mine.view.kind === 'review-vote' ? mine.view.myVote : null;
      expect(myVote).not.toBeNull();
      expect(JSON.stringify(mine.card)).toContain(JSON.stringify(myVote?.choice));
      expect(objects(mine.card).find((o) => o.id === 'choice')?.value).toMatch(/^(agree|disagree)$/);
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
