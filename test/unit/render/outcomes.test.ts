/**
 * The golden per outcome of AU's vote: the exact proposed decision (each point
 * with its note on where it comes from) and AU's section (table, dissent,
 * requests) in bokmål, nynorsk and English, cut from the Markdown rendering.
 * Regenerate with UPDATE_GOLDEN=1 and read every diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import { LOCALES, type Locale } from '../../../src/domain/model';
import { messagesFor } from '../../../src/i18n';
import { renderMarkdown } from '../../../src/render/markdown';
import { OUTCOME_CASES, type OutcomeCase, outcomeCase } from '../../fixtures/agenda/outcomes';
import { updatingGoldens } from '../../helpers/agenda-cases';

/** The part of the paper from `from` up to (not including) the heading `to`. */
function between(md: string, from: string, to: string): string {
  const start = md.indexOf(from);
  const end = md.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`no «${from}» … «${to}» in the paper`);
  return md.slice(start, end).trimEnd();
}

/** The proposed decision and AU's section of a case's paper. */
function outcomeExtract(name: OutcomeCase, locale: Locale): string {
  const h = messagesFor(locale).agenda.headings;
  const md = renderMarkdown(composeAgenda(outcomeCase(name, locale)));
  const decision = between(md, `**${h.proposedDecision}**`, `## ${h.statusOverview}`);
  const au = between(md, `## ${h.auTreatment}`, `## ${h.missingReports}`);
  return `${decision}\n\n${au}\n`;
}

const cases = OUTCOME_CASES.flatMap((name) => LOCALES.map((locale): [OutcomeCase, Locale] => [name, locale]));

describe('the proposed decision and AU’s section per outcome of AU’s vote', () => {
  it.each(cases)('%s (%s) equals its reviewed golden file', (name, locale) => {
    const path = join(__dirname, '../../fixtures/agenda/outcomes', `${name}.${locale}.md`);
    const actual = outcomeExtract(name, locale);
    if (updatingGoldens()) writeFileSync(path, actual);
    if (!existsSync(path)) throw new Error(`no golden file ${path}: run with UPDATE_GOLDEN=1 and review it`);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });

  it('writes «AU anbefaler» only for what AU adopted or asked for', () => {
    for (const name of OUTCOME_CASES) {
      const text = outcomeExtract(name, 'nb');
      const decision = text.slice(0, text.indexOf('## AUs behandling'));
      const byAu = name === 'adopted' || name.endsWith('-by-au') || name === 'briefing-asked-by-one-member';
      expect([name, decision.includes('AU anbefaler')]).toEqual([name, byAu]);
    }
  });
});
