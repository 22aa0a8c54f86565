import { decisionContent } from '../domain/agenda/default-recommendation';
import { businessDaysBetween, instantToOsloDate, instantToOsloTime, quarterLabel } from '../domain/calendar';
import type { Decision, Initiative, Locale, Meeting, Organisation, Person, Quarter, Round } from '../domain/model';
import { messagesFor } from '../i18n';
import { formatDate, formatInstant, formatInstantLong, formatNok } from '../i18n/format';
import { recommendationText } from '../i18n/recommendation-text';
import { type MessageView, messageView } from './message-view';

/** The period a round reports on, as people say it: «4. kvartal 2026». */
export function periodLabel(round: Quarter, locale: Locale): string {
  const { year, quarter } = quarterLabel(round);
  return messagesFor(locale).quarterLabel(quarter, year);
}

function deadlineText(round: Round, locale: Locale): string {
  return formatInstantLong(round.deadline, locale);
}

const view = messageView;

export interface ReportRequestContext {
  round: Round;
  initiative: Initiative;
  recipient: Person;
  skateMeeting: Meeting | null;
  /** Every open Skate decision on the initiative, oldest first: the report follows each up. */
  openDecisions: readonly Decision[];
  /** The contact this recipient stands in for, with the delegation's last day. */
  delegatedBy: { name: string; until: string } | null;
}

/** The quarter's request to report, sent when the round opens. */
export function reportRequestView(c: ReportRequestContext): MessageView {
  const locale = c.recipient.locale;
  const t = messagesFor(locale);
  const r = t.cycle.reportRequest;
  const period = periodLabel(c.round.id, locale);
  const deadline = deadlineText(c.round, locale);
  const paragraphs = [r.intro(c.initiative.title, period, deadline), r.emphasis];
  for (const d of c.openDecisions) {
    paragraphs.push(r.decision(formatDate(d.decidedOn, locale), recommendationText(decisionContent(d), locale)));
  }
  if (c.delegatedBy) paragraphs.push(r.delegated(c.delegatedBy.name, formatDate(c.delegatedBy.until, locale)));
  const facts = [
    { label: t.cycle.facts.initiative, value: `${c.initiative.id} ${c.initiative.title}` },
    { label: t.cycle.facts.round, value: period },
    { label: t.cycle.facts.deadline, value: deadline },
  ];
  if (c.skateMeeting) facts.push({ label: t.cycle.facts.skateMeeting, value: formatDate(c.skateMeeting.date, locale) });
  return view('report-request', locale, {
    title: r.title(c.initiative.id, period),
    summary: r.summary(c.initiative.title, deadline),
    paragraphs,
    facts,
    actions: [{ id: 'report.open', label: r.open, data: { roundId: c.round.id, initiativeId: c.initiative.id } }],
    data: { roundId: c.round.id, initiativeId: c.initiative.id },
  });
}

/** The request to accept a proposed initiative (seed 004, 2.3). */
export function acceptanceRequestView(
  initiative: Initiative,
  owner: Organisation | null,
  recipient: Person,
): MessageView {
  const locale = recipient.locale;
  const a = messagesFor(locale).cycle.acceptance;
  const data = { initiativeId: initiative.id };
  return view('acceptance-request', locale, {
    title: a.title(initiative.title),
    summary: a.summary(initiative.title),
    paragraphs: [
      a.intro(owner?.name ?? initiative.ownerOrganisationId, initiative.title),
      a.result(
        initiative.agreedResult,
        formatDate(initiative.agreedCompletionDate, locale),
        formatNok(initiative.agreedCostNok, locale),
      ),
    ],
    actions: [
      { id: 'initiative.accept', label: a.accept, data },
      { id: 'initiative.decline', label: a.decline, data },
    ],
    data,
  });
}

export interface ReminderContext {
  round: Round;
  initiative: Initiative;
  recipient: Person;
  kind: 'before' | 'on-deadline' | 'overdue';
  ordinal: number;
  hasDraft: boolean;
  /** When the reminder goes out: counts the business days left. */
  at: string;
}

/** A reminder before, on or after the deadline. */
export function reminderView(c: ReminderContext): MessageView {
  const locale = c.recipient.locale;
  const t = messagesFor(locale);
  const m = t.cycle.reminder;
  const deadline = deadlineText(c.round, locale);
  const paragraphs = [
    c.kind === 'before'
      ? m.before(deadline, businessDaysBetween(instantToOsloDate(c.at), instantToOsloDate(c.round.deadline)))
      : c.kind === 'on-deadline'
        ? m.onDeadline(instantToOsloTime(c.round.deadline))
        : m.overdue(deadline, formatInstant(c.round.lockAt, locale)),
  ];
  if (c.hasDraft) paragraphs.push(m.draft);
  const data = { roundId: c.round.id, initiativeId: c.initiative.id, reminder: c.kind, ordinal: c.ordinal };
  return view('reminder', locale, {
    title: m.title(c.initiative.id),
    summary: m.summary(c.initiative.title),
    paragraphs,
    facts: [
      { label: t.cycle.facts.initiative, value: `${c.initiative.id} ${c.initiative.title}` },
      { label: t.cycle.facts.deadline, value: deadline },
    ],
    actions: [
      {
        id: 'report.open',
        label: t.cycle.reportRequest.open,
        data: { roundId: c.round.id, initiativeId: c.initiative.id },
      },
    ],
    data,
  });
}

/** The one escalation to the secretariat: who has still not reported after the overdue reminders. */
export function escalationView(
  round: Round,
  missing: { initiative: Initiative; contacts: Person[] }[],
  reminders: number,
  recipient: Person,
): MessageView {
  const locale = recipient.locale;
  const e = messagesFor(locale).cycle.escalation;
  const period = periodLabel(round.id, locale);
  return view('escalation', locale, {
    title: e.title(period),
    summary: e.intro(missing.length, reminders),
    paragraphs: [e.intro(missing.length, reminders)],
    items: missing.map((m) =>
      e.item(m.initiative.id, m.initiative.title, m.contacts.map((p) => `${p.name} (${p.email})`).join(', ')),
    ),
    data: { roundId: round.id, missing: missing.length },
  });
}

/** Who a failed message was for, as a reader knows them: a person by name, or a bound channel. */
export type FailedRecipient =
  | { kind: 'person'; email: string; name: string }
  | { kind: 'channel'; channel: 'au' | 'skate' };

/**
 * The secretariat's one message a day about what could not be delivered: per recipient, how many
 * messages and why, in names and plain words, never about the reader themself and never with an
 * internal id. The failures come from the outbox; each reason is the code the dispatcher stored.
 */
export function undeliverableSummaryView(
  failures: { recipient: FailedRecipient; reason: string }[],
  day: string,
  reader: Person,
): MessageView | null {
  const t = messagesFor(reader.locale);
  const u = t.cycle.undeliverableToday;
  const reasons: Record<string, string> = t.cycle.preflight.reasons;
  const about = failures.filter((f) => !(f.recipient.kind === 'person' && f.recipient.email === reader.email));
  if (about.length === 0) return null;
  const byRecipient = new Map<string, { name: string; count: number; reason: string }>();
  for (const f of about) {
    const name = f.recipient.kind === 'person' ? f.recipient.name : t.commands.channelNames[f.recipient.channel];
    const entry = byRecipient.get(name) ?? { name, count: 0, reason: reasons[f.reason] ?? u.other };
    entry.count += 1;
    byRecipient.set(name, entry);
  }
  const title = u.title(formatDate(day, reader.locale));
  const intro = u.intro(about.length);
  return {
    kind: 'undeliverable',
    locale: reader.locale,
    title,
    summary: intro,
    paragraphs: [intro],
    facts: [],
    items: [...byRecipient.values()].map((e) => u.line(e.name, e.count, e.reason)),
    actions: [],
    data: {},
  };
}

export interface UnreachablePerson {
  name: string;
  email: string;
  initiatives: string[];
  reason: 'unknown-person' | 'no-identity' | 'no-conversation' | 'transport' | 'channel-not-bound';
  detail: string | null;
  /** Set when this is a channel (AU's or Skate's) rather than a person. */
  channel?: 'au' | 'skate';
}

/**
 * One line per person or channel the round cannot reach: by name (the address only when the
 * registry has no name), the initiatives concerned, and why, in plain words.
 */
export function unreachableLines(unreachable: UnreachablePerson[], locale: Locale): string[] {
  const t = messagesFor(locale);
  const p = t.cycle.preflight;
  return unreachable.map((u) =>
    p.item(u.channel ? t.commands.channelNames[u.channel] : u.name, u.initiatives.join(', '), p.reasons[u.reason]),
  );
}

/** The pre-flight report to the secretariat: who the round's messages cannot reach, and why. */
export function preflightView(
  period: Quarter,
  total: number,
  unreachable: UnreachablePerson[],
  recipient: Person,
): MessageView {
  const locale = recipient.locale;
  const p = messagesFor(locale).cycle.preflight;
  const label = periodLabel(period, locale);
  const intro = unreachable.length === 0 ? p.allReachable(total) : p.someUnreachable(unreachable.length, total);
  return view('preflight', locale, {
    title: p.title(label),
    summary: intro,
    paragraphs: [intro],
    items: unreachableLines(unreachable, locale),
    data: { roundId: period, unreachable: unreachable.length, total },
  });
}
