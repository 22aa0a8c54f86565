/**
 * The report form's follow-up of Skate's decisions (seed 004, 5.1): one part per open decision,
 * each with its own state and comment, none answered in advance. Inputs are numbered in the order
 * of the decisions (oldest first), `followUpState.1`, `followUpComment.1`, …, so every channel
 * decodes them with fixed kinds; the same order is used to read the answers back.
 */
import { decisionContent } from '../domain/agenda/default-recommendation';
import type { DomainError } from '../domain/errors';
import {
  type Decision,
  type DecisionFollowUp,
  FOLLOW_UP_STATES,
  type FollowUpState,
  type Locale,
} from '../domain/model';
import { followUpField, TEXT_LIMITS } from '../domain/report-validation';
import { cleanText, shown } from '../domain/text';
import { messagesFor } from '../i18n';
import { formatDate } from '../i18n/format';
import { recommendationText } from '../i18n/recommendation-text';
import { type FormKinds, type FormSection, type FormValues, read } from './form';

/** The most open decisions one form asks about; more than a handful would mean the follow-up has broken down. */
export const MAX_FOLLOW_UPS = 10;

/** The input of the `n`th decision's state or comment (1-based). */
export function followUpName(part: 'followUpState' | 'followUpComment', n: number): string {
  return `${part}.${n}`;
}

/** The kinds of the follow-up inputs, for decoding what a channel sends. */
export const FOLLOW_UP_KINDS: FormKinds = Object.fromEntries(
  Array.from({ length: MAX_FOLLOW_UPS }, (_, i) => [
    [followUpName('followUpState', i + 1), 'choice'],
    [followUpName('followUpComment', i + 1), 'long-text'],
  ]).flat(),
);

/** The decisions the form asks about, in input order. */
function asked(decisions: readonly Decision[]): readonly Decision[] {
  return decisions.slice(0, MAX_FOLLOW_UPS);
}

/**
 * The owner's answers, one per decision asked. A state the form never offers reads as unanswered
 * and, when `errors` is given, is refused there on its input (never stored as a blank).
 */
export function decodeFollowUps(
  values: FormValues,
  decisions: readonly Decision[],
  errors?: DomainError[],
): DecisionFollowUp[] {
  return asked(decisions).map((d, i) => {
    const state = read.choice(values, followUpName('followUpState', i + 1)) ?? '';
    const known = (FOLLOW_UP_STATES as readonly string[]).includes(state);
    if (!known && state !== '') {
      errors?.push({
        code: 'INPUT.INVALID_CHOICE',
        field: followUpField(d.id, 'state'),
        params: { value: shown(state) },
      });
    }
    return {
      decisionId: d.id,
      state: known ? (state as FollowUpState) : '',
      comment: cleanText(read.text(values, followUpName('followUpComment', i + 1))),
    };
  });
}

/** The input a validation error's field belongs to, or null when it is no follow-up field. */
export function followUpInputOf(field: string | undefined, decisions: readonly Decision[]): string | null {
  const list = asked(decisions);
  for (const [i, d] of list.entries()) {
    if (field === followUpField(d.id, 'state')) return followUpName('followUpState', i + 1);
    if (field === followUpField(d.id, 'comment')) return followUpName('followUpComment', i + 1);
  }
  return null;
}

/** One form part per decision: the decision's date and words, its state (unanswered until chosen) and comment. */
export function followUpSections(
  decisions: readonly Decision[],
  answers: readonly DecisionFollowUp[],
  locale: Locale,
  errorOf: (name: string) => string | null,
): FormSection[] {
  const t = messagesFor(locale);
  return asked(decisions).map((d, i) => {
    const answer = answers.find((a) => a.decisionId === d.id);
    const state = followUpName('followUpState', i + 1);
    const comment = followUpName('followUpComment', i + 1);
    return {
      id: `decision-${i + 1}`,
      title: t.form.decision,
      lines: [formatDate(d.decidedOn, locale), recommendationText(decisionContent(d), locale)],
      inputs: [
        {
          name: state,
          label: t.cli.report.decision,
          hint: null,
          error: errorOf(state),
          required: true,
          kind: 'choice',
          value: answer && answer.state !== '' ? answer.state : null,
          choices: FOLLOW_UP_STATES.map((s) => ({ title: t.followUp[s], value: s })),
          style: 'compact',
        },
        {
          name: comment,
          label: t.form.followUpComment,
          hint: null,
          error: errorOf(comment),
          required: true,
          kind: 'long-text',
          value: answer?.comment ?? '',
          maxLength: TEXT_LIMITS.followUpComment,
        },
      ],
    };
  });
}
