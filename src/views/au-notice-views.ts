/**
 * What AU's vote tells people at once: the owner and the secretariat when AU
 * asks for an oral briefing (or no longer does), and a member whose vote a
 * changed recommendation cleared, with the old and the new text side by side.
 */
import type { Initiative, Locale, Quarter } from '../domain/model';
import type { RequestTally } from '../domain/vote-tally';
import { messagesFor } from '../i18n';
import { formatDate } from '../i18n/format';
import { type MessageView, messageView } from './message-view';

const view = (locale: Locale, kind: MessageView['kind'], partial: Partial<MessageView>) =>
  messageView(kind, locale, partial);

/** What a briefing notice is about: the initiative, AU's request and the AU meeting it is for. */
export interface BriefingNotice {
  roundId: Quarter;
  initiative: Initiative;
  request: RequestTally;
  counted: number;
  /** The AU meeting the briefing is for; null when none is planned. */
  meetingDate: string | null;
}

/** AU asks for an oral briefing (5.4): to the owner's contacts, or to the secretariat with the count. */
export function briefingRequestView(n: BriefingNotice, audience: 'owner' | 'secretariat', locale: Locale): MessageView {
  const b = messagesFor(locale).cycle.briefing;
  const label = `${n.initiative.id} ${n.initiative.title}`;
  const date = n.meetingDate && formatDate(n.meetingDate, locale);
  const text = audience === 'owner' ? b.owner(label, date) : b.secretariat(label, n.request.count, n.counted, date);
  const reasons = n.request.reasons.map((r) => r.comment.trim()).filter((c) => c !== '');
  return view(locale, 'briefing-request', {
    title: b.title(n.initiative.id),
    summary: text,
    paragraphs: reasons.length > 0 ? [text, `${b.reasons}:`] : [text],
    items: reasons,
    facts: date ? [{ label: b.meeting, value: date }] : [],
    data: { roundId: n.roundId, initiativeId: n.initiative.id, meetingDate: n.meetingDate },
  });
}

/** The votes changed and AU no longer asks for the briefing it asked for. */
export function briefingWithdrawnView(roundId: Quarter, initiative: Initiative, locale: Locale): MessageView {
  const b = messagesFor(locale).cycle.briefing;
  const text = b.withdrawn(`${initiative.id} ${initiative.title}`);
  return view(locale, 'briefing-request', {
    title: b.withdrawnTitle(initiative.id),
    summary: text,
    paragraphs: [text],
    data: { roundId, initiativeId: initiative.id },
  });
}

/**
 * A member's vote was cleared because the recommendation changed after they voted: the text
 * they voted on and the new one side by side, and a button to vote again.
 */
export function recommendationChangedView(
  roundId: Quarter,
  initiative: Initiative,
  texts: { before: string; after: string; version: number },
  locale: Locale,
): MessageView {
  const c = messagesFor(locale).cycle.recommendationChanged;
  const text = c.text(texts.version);
  return view(locale, 'recommendation-changed', {
    title: c.title(initiative.id),
    summary: text,
    paragraphs: [text],
    comparison: [
      { label: c.before, text: texts.before },
      { label: c.after, text: texts.after },
    ],
    actions: [{ id: 'review.open', label: c.vote, data: { roundId, initiativeId: initiative.id } }],
    data: { roundId, initiativeId: initiative.id, version: texts.version },
  });
}
