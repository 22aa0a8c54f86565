/**
 * The messages of a final treatment (seed 004 §6): the secretariat is asked to
 * confirm that an initiative is finished; Skate's members are asked for their
 * agency's written feedback by a deadline; the owner is told what the
 * secretariat decided; and after Skate's decision the owner and the strategy
 * owner are told, the strategy owner with their part (6.3–6.4).
 */
import type { Initiative, Locale, Person } from '../domain/model';
import { messagesFor } from '../i18n';
import { formatDate } from '../i18n/format';
import { type MessageView, messageView } from './message-view';

const view = (locale: Locale, partial: Partial<MessageView>) => messageView('final-treatment', locale, partial);

const label = (i: Initiative) => `${i.id} ${i.title}`;

/** To the secretariat: an owner reports the initiative finished; confirm (and ask for feedback) or decline. */
export function finishedReportedView(initiative: Initiative, by: Person | null, locale: Locale): MessageView {
  const f = messagesFor(locale).final;
  const text = f.requestText(by?.name ?? '', label(initiative));
  const data = { initiativeId: initiative.id };
  return view(locale, {
    title: f.requestTitle(initiative.id),
    summary: text,
    paragraphs: [text],
    facts: [{ label: f.agreedResult, value: initiative.agreedResult }],
    actions: [
      { id: 'final.confirm', label: f.confirm, data },
      { id: 'final.decline', label: f.decline, data },
    ],
    data,
  });
}

/** To each Skate member: their agency's written feedback is asked for by `deadline` (6.1). */
export function feedbackRequestView(
  initiative: Initiative,
  owner: string,
  deadline: string,
  locale: Locale,
): MessageView {
  const f = messagesFor(locale).final;
  const date = formatDate(deadline, locale);
  const text = f.feedbackText(owner, label(initiative), date);
  return view(locale, {
    title: f.feedbackTitle(initiative.id),
    summary: text,
    paragraphs: [text, f.feedbackHow(initiative.id)],
    facts: [
      { label: f.agreedResult, value: initiative.agreedResult },
      { label: f.deadline, value: date },
    ],
    data: { initiativeId: initiative.id, deadline },
  });
}

/** To the owner's contacts: the secretariat confirmed the initiative finished, or did not. */
export function finishedAnsweredView(initiative: Initiative, deadline: string | null, locale: Locale): MessageView {
  const f = messagesFor(locale).final;
  const text =
    deadline === null
      ? f.ownerDeclined(label(initiative))
      : f.ownerConfirmed(label(initiative), formatDate(deadline, locale));
  return view(locale, {
    title: f.requestTitle(initiative.id),
    summary: text,
    paragraphs: [text],
    data: { initiativeId: initiative.id },
  });
}

/** After Skate's decision: to the owner, or to the strategy owner, who decides finally (6.3–6.4). */
export function finalDecidedView(
  initiative: Initiative,
  meetingDate: string,
  audience: 'owner' | 'strategy-owner',
  decision: string,
  locale: Locale,
): MessageView {
  const f = messagesFor(locale).final;
  const date = formatDate(meetingDate, locale);
  const text =
    audience === 'owner' ? f.ownerDecided(label(initiative), date) : f.strategyOwner(label(initiative), date);
  return view(locale, {
    title: f.decidedTitle(initiative.id),
    summary: text,
    paragraphs: [text, decision],
    data: { initiativeId: initiative.id },
  });
}
