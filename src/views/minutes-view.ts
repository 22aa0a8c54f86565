/**
 * The minutes extract as text in the minutes' style (seed 001): «24/26 Status i
 * tiltakene …», the presenter, «Utsendte sakspapir før møtet» with the case
 * papers, «Saken gjelder – Behandlingssak», and «Beslutning» with the decision
 * points as adopted. Shared by the chat answer and the Markdown and Word files.
 */
import type { Minutes } from '../domain/minutes';
import type { Locale } from '../domain/model';
import { messagesFor } from '../i18n';
import { recommendationText } from '../i18n/recommendation-text';
import type { MessageView } from './message-view';

/** The minutes extract's lines, in order. */
export interface MinutesText {
  heading: string;
  presenter: string;
  papersHeading: string;
  papers: string[];
  caseType: string;
  decisionHeading: string;
  points: string[];
}

/** `24/2026` as the minutes write a case number: `24/26` (and `24-26` in the papers' names). */
export function minutesNumber(caseNumber: string): string {
  const [seq = caseNumber, year = ''] = caseNumber.split('/');
  return year.length === 4 ? `${seq}/${year.slice(2)}` : caseNumber;
}

export function minutesText(m: Minutes, locale: Locale): MinutesText {
  const t = messagesFor(locale);
  const title = t.agenda.caseTitle(t.quarterLabel(m.quarter, m.year));
  const number = minutesNumber(m.caseNumber);
  const paperNumber = number.replace('/', '-');
  return {
    heading: t.minutes.heading(number, title),
    presenter: t.minutes.presenter(m.presentedBy.by, m.presentedBy.name),
    papersHeading: t.minutes.papers,
    papers: m.editions.map((n) =>
      n === 0 ? t.minutes.paper(paperNumber, title) : t.minutes.revisedPaper(paperNumber, title, n),
    ),
    caseType: t.minutes.caseType,
    decisionHeading: t.minutes.decision,
    points: [t.agenda.decision.general, ...m.decisions.map((d) => recommendationText(d, locale).trim())],
  };
}

/** The minutes extract as a chat answer: the text to paste into the minutes. */
export function minutesView(m: Minutes, locale: Locale): MessageView {
  const x = minutesText(m, locale);
  return {
    kind: 'notice',
    locale,
    title: messagesFor(locale).minutes.title(m.caseNumber),
    summary: x.heading,
    paragraphs: [
      x.heading,
      x.presenter,
      `${x.papersHeading}:`,
      ...x.papers.map((p) => `• ${p}`),
      x.caseType,
      `${x.decisionHeading}:`,
    ],
    facts: [],
    items: x.points,
    actions: [],
    data: { roundId: m.roundId, caseNumber: m.caseNumber },
  };
}
