import { businessDaysBetween, instantToOsloDate, instantToOsloTime, quarterLabel } from '../domain/calendar';
import type { Decision, Initiative, Locale, Meeting, Organisation, Person, Quarter, Round } from '../domain/model';
import { messagesFor } from '../i18n';
import { formatDate, formatInstant, formatInstantLong, formatNok } from '../i18n/format';
import type { MessageView } from './message-view';

/** The period a round reports on, as people say it: «4. kvartal 2026». */
export function periodLabel(round: Quarter, locale: Locale): string {
  const { year, quarter } = quarterLabel(round);
  return messagesFor(locale).quarterLabel(quarter, year);
}

function deadlineText(round: Round, locale: Locale): string {
  return formatInstantLong(round.deadline, locale);
}

function view(kind: MessageView['kind'], locale: Locale, partial: Partial<MessageView>): MessageView {
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

export interface ReportRequestContext {
  round: Round;
  initiative: Initiative;
  recipient: Person;
  skateMeeting: Meeting | null;
  openDecision: Decision | null;
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
  if (c.openDecision) paragraphs.push(r.decision(formatDate(c.openDecision.decidedOn, locale), c.openDecision.text));
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

/** The notice to the secretariat that a message could not be delivered. */
export function undeliverableView(
  what: string,
  person: { name: string; email: string },
  reason: string,
  recipient: Person,
): MessageView {
  const t = messagesFor(recipient.locale).cycle;
  const u = t.undeliverable;
  // The dispatcher's reasons for people the bot cannot reach have a text of their own; others are the platform's words.
  const reasons: Record<string, string> = t.preflight.reasons;
  const text = u.text(what, person.name, person.email, reasons[reason] ?? reason);
  return view('undeliverable', recipient.locale, {
    title: u.title(person.name),
    summary: text,
    paragraphs: [text],
    data: { email: person.email },
  });
}

export interface UnreachablePerson {
  name: string;
  email: string;
  initiatives: string[];
  reason: 'unknown-person' | 'no-identity' | 'no-conversation' | 'transport';
  detail: string | null;
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
    items: unreachable.map((u) =>
      p.item(
        u.name,
        u.email,
        u.initiatives.join(', '),
        u.detail ? `${p.reasons[u.reason]} (${u.detail})` : p.reasons[u.reason],
      ),
    ),
    data: { roundId: period, unreachable: unreachable.length, total },
  });
}
