/**
 * The text of AU's part of the agenda item, shared by every renderer: the
 * proposed decision's points with the note that says where each comes from,
 * the points withdrawn, AU's table, the dissent, and AU's requests for an oral
 * briefing or a separate item (each set apart from what single members asked).
 * Only a recommendation AU adopted is worded as AU's («AU anbefaler …»).
 */

import type { AgendaDocument } from '../domain/agenda/agenda-document';
import type { ProposedPoint } from '../domain/agenda/agenda-points';
import type { AuRequest, Locale } from '../domain/model';
import { messagesFor } from '../i18n';
import { outcomeSentence } from '../i18n/outcome-text';
import { recommendationText } from '../i18n/recommendation-text';
import { outcomeText } from './agenda-facts';
import { initiativeLabel, quote, type TextTable } from './agenda-text';

/** A point of the proposed decision: the sentence Skate adopts, and the note on where it comes from. */
export interface DecisionPointText {
  text: string;
  /** Null for the general point; otherwise who proposes it, and what happened in AU, in plain words. */
  note: string | null;
}

function note(point: ProposedPoint, locale: Locale): string {
  const d = messagesFor(locale).agenda.decision;
  if (point.kind === 'separate-item') return d.noteSeparateItem(point.askers, point.vote.counted);
  const sentence = outcomeSentence(point.vote, locale);
  if (point.source === 'au') return sentence;
  return point.source === 'secretariat' ? d.noteSecretariat(sentence) : d.noteUndecided(sentence);
}

/** The point's sentence, naming its initiative unless the text already does. */
function pointText(point: ProposedPoint, locale: Locale): string {
  const body = recommendationText(point.content, locale).trim();
  if (body.includes(point.initiativeId)) return body;
  return messagesFor(locale).agenda.decision.point(initiativeLabel(point.initiativeId, point.title), body);
}

/** The proposed decision's points, the general one first, each specific one with its note. */
export function decisionPoints(doc: AgendaDocument): DecisionPointText[] {
  const d = messagesFor(doc.locale).agenda.decision;
  return [
    { text: d.general, note: null },
    ...doc.proposedDecision.points.map((p) => ({ text: pointText(p, doc.locale), note: note(p, doc.locale) })),
  ];
}

/** One line per point the secretariat withdrew after AU did not adopt it, with what happened in AU. */
export function withdrawnLines(doc: AgendaDocument): string[] {
  const d = messagesFor(doc.locale).agenda.decision;
  return doc.proposedDecision.withdrawn.map((w) =>
    d.withdrawn(initiativeLabel(w.initiativeId, w.title), outcomeSentence(w.vote, doc.locale)),
  );
}

/** AU's votes per initiative as a table: positions, the members' requests, recusals, absentees and outcome. */
export function voteTable(doc: AgendaDocument): TextTable {
  const c = messagesFor(doc.locale).agenda.au.columns;
  return {
    header: [c.initiative, c.agree, c.disagree, c.oralBriefing, c.separateItem, c.recused, c.notVoted, c.outcome],
    rows: doc.auTreatment.map((e) => [
      initiativeLabel(e.initiativeId, e.title),
      String(e.tally.counts.agree),
      String(e.tally.counts.disagree),
      String(e.tally.requests['oral-briefing'].count),
      String(e.tally.requests['separate-item'].count),
      String(e.tally.recused.length),
      String(e.tally.notVoted.length),
      outcomeText(e, doc.locale),
    ]),
  };
}

/** An initiative with the quoted comments that go with it (dissent, what AU wants to hear, justifications). */
export interface CommentedInitiative {
  initiative: string;
  comments: string[];
}

/** Initiatives where AU members voted against the recommendation, with their comments. */
export function dissent(doc: AgendaDocument): CommentedInitiative[] {
  return doc.auTreatment
    .filter((e) => e.tally.dissent.length > 0)
    .map((e) => ({
      initiative: initiativeLabel(e.initiativeId, e.title),
      comments: e.tally.dissent.filter((d) => d.comment.trim() !== '').map((d) => quote(d.comment, doc.locale)),
    }));
}

/** A list under an intro sentence. */
export interface IntroducedList {
  intro: string;
  items: CommentedInitiative[];
}

/**
 * One of AU's requests (oral briefing, 5.4; separate item, 5.5): the initiatives AU asks it
 * for, those where members asked but too few for AU to ask, or the sentence that there are none.
 */
export interface RequestSection {
  heading: string;
  asked: IntroducedList | null;
  minority: IntroducedList | null;
  /** Set when neither AU nor any member asked. */
  none: string | null;
}

function requestSection(doc: AgendaDocument, kind: AuRequest): RequestSection {
  const a = messagesFor(doc.locale).agenda;
  const r = kind === 'oral-briefing' ? a.au.oralBriefing : a.au.separateItem;
  const list = (asked: boolean): CommentedInitiative[] =>
    doc.auTreatment
      .filter((e) => e.tally.requests[kind].count > 0 && e.tally.requests[kind].asked === asked)
      .map((e) => {
        const request = e.tally.requests[kind];
        const reasons = request.reasons.filter((c) => c.comment.trim() !== '').map((c) => quote(c.comment, doc.locale));
        return {
          initiative: a.au.askers(initiativeLabel(e.initiativeId, e.title), request.count, e.tally.counted),
          comments: kind === 'separate-item' ? reasons.map((c) => `${a.au.justification}: ${c}`) : reasons,
        };
      });
  const asked = list(true);
  const minority = list(false);
  return {
    heading: kind === 'oral-briefing' ? a.headings.oralBriefing : a.headings.separateItems,
    asked: asked.length > 0 ? { intro: r.intro, items: asked } : null,
    minority: minority.length > 0 ? { intro: r.minority, items: minority } : null,
    none: asked.length === 0 && minority.length === 0 ? r.none : null,
  };
}

/** AU's two kinds of request, in the order of seed 004 (5.4 oral briefing, 5.5 separate item). */
export function requestSections(doc: AgendaDocument): RequestSection[] {
  return [requestSection(doc, 'oral-briefing'), requestSection(doc, 'separate-item')];
}
