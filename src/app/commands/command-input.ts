/**
 * The schema of a parsed command at the use cases' door. The parser already gives every command
 * its shape (a quarter, an initiative id, a date); this checks what a parser cannot promise: free
 * text within its field's limit and free of characters no document may hold, dates that exist,
 * addresses that are addresses. Limits: FIELD_LIMITS in domain/text.ts, listed in docs/security.md.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar';
import type { DomainError } from '../../domain/errors';
import { cleanText, FIELD_LIMITS, shown, textLength } from '../../domain/text';
import type { Command } from './parse-command';

/** The longest free text of each command that has one; the use cases check the same limits again. */
const TEXT_LIMIT: Partial<Record<Command['name'], number>> = {
  recommendation: FIELD_LIMITS.recommendation,
  decision: FIELD_LIMITS.decision,
  'decision-correct': FIELD_LIMITS.decision,
  'final-decided': FIELD_LIMITS.decision,
  feedback: FIELD_LIMITS.feedback,
};

const email = z.email().max(FIELD_LIMITS.email);

/** Every string of the command without forbidden characters; the echo of an unknown command cut short. */
function cleaned(command: Command): Command {
  const entries = Object.entries(command).map(([k, v]) => [k, typeof v === 'string' ? cleanText(v) : v]);
  const clean = Object.fromEntries(entries) as Command;
  // An unknown command is repeated in the answer: a few words are enough to recognise it.
  return clean.name === 'unknown' ? { ...clean, text: shown(clean.text) } : clean;
}

/** The date fields a command may carry, by property name. */
const DATE_FIELDS = ['deadline', 'from', 'until'] as const;

/**
 * The command cleaned and checked: the command to run, or the refusal to answer with (nothing runs).
 * Text beyond its limit is refused rather than cut, so nobody's words are silently lost.
 */
export function checkCommand(command: Command): { ok: true; command: Command } | { ok: false; error: DomainError } {
  const clean = cleaned(command);
  const limit = TEXT_LIMIT[clean.name];
  const text = 'text' in clean && typeof clean.text === 'string' ? clean.text : null;
  if (limit !== undefined && text !== null && textLength(text) > limit) {
    return { ok: false, error: { code: 'INPUT.TOO_LONG', field: 'text', params: { max: limit } } };
  }
  for (const field of DATE_FIELDS) {
    const value = (clean as Record<string, unknown>)[field];
    if (typeof value === 'string' && !isIsoDate(value)) {
      return { ok: false, error: { code: 'REPORT.INVALID_DATE', field } };
    }
  }
  if (clean.name === 'delegate' && !email.safeParse(clean.to).success) {
    return { ok: false, error: { code: 'PERSON.NOT_FOUND', params: { email: shown(clean.to) } } };
  }
  if (clean.name === 'case-number' && textLength(clean.caseNumber) > FIELD_LIMITS.caseNumber) {
    return { ok: false, error: { code: 'CASE.INVALID_NUMBER', params: { value: shown(clean.caseNumber) } } };
  }
  if (clean.name === 'decision-correct' && textLength(clean.decisionId) > FIELD_LIMITS.buttonData) {
    return { ok: false, error: { code: 'DECISION.NOT_FOUND', params: { decision: shown(clean.decisionId) } } };
  }
  return { ok: true, command: clean };
}
