/**
 * An agenda's input with every text a person typed replaced by a neutral token:
 * what remains in the rendered paper is what the bot generated, so a language
 * check can tell the catalogue's words from the people's (which are printed as
 * typed, in whatever language they were written).
 */
import type { AgendaInput } from '../../src/domain/agenda/agenda-document';
import type { ReportFields, StatusReport } from '../../src/domain/model';

/** What stands in for typed text: no word of any language. */
export const TYPED = 'X';

const typed = (text: string): string => (text.trim() === '' ? text : TYPED);
const typedOrNull = (text: string | null): string | null => (text === null ? null : typed(text));

function scrubFields(f: ReportFields): ReportFields {
  return {
    ...f,
    progress: typed(f.progress),
    deviations: typed(f.deviations),
    correctiveActions: typed(f.correctiveActions),
    overallOverrideReason: typedOrNull(f.overallOverrideReason),
    scheduleOverrideReason: typedOrNull(f.scheduleOverrideReason),
    costOverrideReason: typedOrNull(f.costOverrideReason),
    decisionFollowUp: f.decisionFollowUp.map((a) => ({ ...a, comment: typed(a.comment) })),
  };
}

const scrubReport = (r: StatusReport): StatusReport => ({ ...r, fields: scrubFields(r.fields) });

/** `input` with registry texts, report texts, comments, typed recommendations and decisions replaced. */
export function withoutTypedText(input: AgendaInput): AgendaInput {
  return {
    ...input,
    initiatives: input.initiatives.map((i) => ({
      ...i,
      title: TYPED,
      description: typed(i.description),
      agreedResult: typed(i.agreedResult),
    })),
    organisations: input.organisations.map((o) => ({ ...o, name: TYPED })),
    people: input.people.map((p) => ({ ...p, name: TYPED })),
    reports: input.reports.map(scrubReport),
    history: input.history.map((h) => ({ ...h, reports: h.reports.map(scrubReport) })),
    votes: input.votes.map((v) => ({ ...v, comment: typed(v.comment), requestReason: typed(v.requestReason) })),
    recommendations: input.recommendations.map((r) => ({ ...r, text: typed(r.text) })),
    decisionsToFollowUp: input.decisionsToFollowUp.map((d) => ({ ...d, text: typed(d.text) })),
    finalFeedback: input.finalFeedback.map((f) => ({ ...f, text: TYPED })),
    presenter: TYPED,
    preparedBy: TYPED,
    place: TYPED,
  };
}
