import * as ACData from 'adaptivecards-templating';
import { TEXT_LIMITS } from '../../../domain/report-validation';
import { VOTE_COMMENT_LIMIT } from '../../../domain/vote-tally';
import type { CardView } from '../../../views/card-view';
import type { ReportFormView } from '../../../views/report-form-view';
import { formCard } from './form-card';
import { TEMPLATES, type TemplateName } from './templates';

export type { CardView } from '../../../views/card-view';

export interface RenderCardOptions {
  /** Universal Actions: Teams asks the bot for this user's up-to-date card when one of `userIds` opens it. */
  refresh?: { verb: string; data: Record<string, string>; userIds: string[] };
}

export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: Record<string, unknown>;
}

function templateFor(view: Exclude<CardView, ReportFormView>): TemplateName {
  switch (view.kind) {
    case 'report-receipt':
      return 'receipt';
    case 'review-vote':
      return 'review-vote';
    case 'table':
      return 'table';
    default:
      return 'message';
  }
}

/** Bound as `$host`: the domain's input limits, so the templates do not repeat them. */
const HOST = { limits: { ...TEXT_LIMITS, voteComment: VOTE_COMMENT_LIMIT } };

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
  // A form is drawn from its neutral model, input by input; the other views fill a template.
  if (view.kind === 'report-form') {
    const { title, intro, notice, formError, roundId, initiativeId, baseVersion } = view;
    return formCard({ title, intro, notice, formError }, view.form, { roundId, initiativeId, baseVersion });
  }
  const template = new ACData.Template(TEMPLATES[templateFor(view)]);
  // Optional parts of a message view are bound as empty so the template's `$when`s can test them.
  const root = 'paragraphs' in view ? { links: [], image: null, ...view } : view;
  const card = withoutNulls(template.expand({ $root: root, $host: HOST })) as Record<string, unknown>;
  if (options.refresh) {
    const { verb, data, userIds } = options.refresh;
    card.refresh = { action: { type: 'Action.Execute', verb, data }, userIds };
  }
  return card;
}

/** The card as a Bot Framework attachment. */
export function cardAttachment(card: Record<string, unknown>): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
