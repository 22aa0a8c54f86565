import type { Locale } from '../domain/model';

/** The action-id vocabulary shared by Teams (`Action.Execute` verb) and Slack (`action_id`). */
export const ACTION_IDS = [
  'report.open',
  'report.save',
  'report.submit',
  'report.edit',
  'initiative.accept',
  'initiative.decline',
  'review.vote',
  'review.open',
  'agenda.publish',
  /** The secretariat puts a point AU did not adopt to Skate as its own proposal, or withdraws it. */
  'agenda.point-propose',
  'agenda.point-withdraw',
  /** The secretariat confirms, or declines, an owner's report that an initiative is finished (seed 004 §6). */
  'final.confirm',
  'final.decline',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export const MESSAGE_KINDS = [
  'report-request',
  'acceptance-request',
  'reminder',
  'escalation',
  'review-summary',
  'review-item',
  'undeliverable',
  'preflight',
  /** A command's answer, help, or an error: text for one reader. */
  'notice',
  /** The compiled agenda item: counts, deviations, AU's recommendation, the heat map and the documents. */
  'agenda-summary',
  /** AU asks for an oral briefing (or no longer does): to the owner and the secretariat. */
  'briefing-request',
  /** A recommendation changed after a member voted: their vote is cleared; old and new text side by side. */
  'recommendation-changed',
  /** Final treatment: an owner reports an initiative finished; Skate's members are asked for written feedback. */
  'final-treatment',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * A message as the core wants it said: already localised, channel-neutral.
 * The Teams adapter renders it as an Adaptive Card, the Slack adapter as Block
 * Kit, the local transport as text; `data` carries what a richer rendering needs.
 */
export interface MessageView {
  kind: MessageKind;
  locale: Locale;
  title: string;
  /** One line, for notifications and previews. */
  summary: string;
  paragraphs: string[];
  facts: { label: string; value: string }[];
  /** Bullet lists, e.g. the missing initiatives of an escalation. */
  items: string[];
  actions: { id: ActionId; label: string; data: Record<string, string> }[];
  /** Links that open in the browser (the compiled documents). */
  links?: { label: string; url: string }[];
  /** A picture at the top (the status heat map). */
  image?: { url: string; alt: string } | null;
  /**
   * Texts to read side by side (a recommendation before and after a change), each with its
   * heading; channels that cannot place them side by side show them one after the other.
   */
  comparison?: { label: string; text: string }[];
  data: ViewData;
}

/**
 * What a richer rendering may need beyond the text, by name: the round and initiative a message
 * is about (buttons, thread replies, updates), the compiled paper's revision and case number, and
 * the counts some messages carry. Every key a view sets is listed here.
 */
export interface ViewData {
  roundId?: string;
  initiativeId?: string;
  /** The compiled paper's stored revision (its links use it) and its case number. */
  revision?: string | number;
  caseNumber?: string;
  /** Points of the paper still waiting for the secretariat's decision, as initiative ids. */
  undecided?: string;
  /** The recommendation's version a notice is about. */
  version?: number;
  /** The review post's light and report version, so an update can tell what changed. */
  overall?: string | null;
  reportVersion?: number;
  /** Counts: reports submitted and expected, missing, unreachable of total. */
  submitted?: number;
  expected?: number;
  missing?: number;
  unreachable?: number;
  total?: number;
  /** Dates a notice refers to (ISO). */
  deadline?: string;
  meetingDate?: string | null;
}

/** A message view of `kind` with every part empty unless `partial` gives it. */
export function messageView(kind: MessageKind, locale: Locale, partial: Partial<MessageView>): MessageView {
  return {
    kind,
    locale,
    title: '',
    summary: '',
    paragraphs: [],
    facts: [],
    items: [],
    actions: [],
    data: {},
    ...partial,
  };
}

/** The plain-text form of a view: for the log, the local transport and notifications. */
export function viewAsText(view: MessageView): string {
  const lines = [view.title, ...view.paragraphs];
  for (const f of view.facts) lines.push(`${f.label}: ${f.value}`);
  for (const item of view.items) lines.push(`• ${item}`);
  for (const c of view.comparison ?? []) lines.push(`${c.label}:`, c.text);
  if (view.actions.length > 0) lines.push(view.actions.map((a) => `[${a.label}]`).join(' '));
  for (const link of view.links ?? []) lines.push(`${link.label}: ${link.url}`);
  return lines.join('\n');
}
