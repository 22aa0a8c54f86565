import * as ACData from 'adaptivecards-templating';
import type { CardView } from '../../../views/card-view';
import type { MessageView } from '../../../views/message-view';
import type { ReportFormView } from '../../../views/report-form-view';
import type { VoteCardView } from '../../../views/vote-view';
import { cardText, escapedMessage } from './card-text';
import { formCard } from './form-card';
import { TEMPLATES, type TemplateName } from './templates';
import { voteCard } from './vote-card';

export type { CardView } from '../../../views/card-view';

export interface RenderCardOptions {
  /** Universal Actions: Teams asks the bot for this user's up-to-date card when one of `userIds` opens it. */
  refresh?: { verb: string; data: Record<string, string>; userIds: string[] };
}

export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: Record<string, unknown>;
}

function templateFor(view: Exclude<CardView, ReportFormView | VoteCardView>): TemplateName {
  switch (view.kind) {
    case 'report-receipt':
      return 'receipt';
    case 'table':
      return 'table';
    default:
      return 'message';
  }
}

/** Templating leaves `null` where an expression had no value (an empty number, a missing date); Teams wants the property absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/** Expands the view's Adaptive Card template (1.5) with the view as its data. */
export function renderCard(view: CardView, options: RenderCardOptions = {}): Record<string, unknown> {
  const card = cardFor(view);
  if (options.refresh) {
    const { verb, data, userIds } = options.refresh;
    card.refresh = { action: { type: 'Action.Execute', verb, data }, userIds };
  }
  return card;
}

/** Forms (the report form, the vote card) are drawn from their neutral model; the other views fill a template. */
function cardFor(view: CardView): Record<string, unknown> {
  if (view.kind === 'report-form') {
    const { title, intro, notice, formError, roundId, initiativeId, baseVersion } = view;
    return formCard({ title, intro, notice, formError }, view.form, { roundId, initiativeId, baseVersion });
  }
  if (view.kind === 'review-vote') return voteCard(view);
  const template = new ACData.Template(TEMPLATES[templateFor(view)]);
  // Optional parts of a message view are bound as empty so the template's `$when`s can test them.
  const root = 'paragraphs' in view ? { links: [], image: null, ...escapedMessage(view) } : escapedTable(view);
  return withoutNulls(template.expand({ $root: root })) as Record<string, unknown>;
}

function escapedTable<V extends Exclude<CardView, MessageView | ReportFormView | VoteCardView>>(view: V): V {
  return view.kind === 'table' ? { ...view, rows: view.rows.map((r) => r.map(cardText)) } : view;
}

/** The card as a Bot Framework attachment. */
export function cardAttachment(card: Record<string, unknown>): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
