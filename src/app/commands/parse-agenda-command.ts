import { isIsoDate, isQuarter } from '../../domain/calendar';
import { normaliseInitiativeId } from '../../domain/initiative-id';
import type { IsoDate, PointDisposition } from '../../domain/model';

/**
 * The commands of the samlesak after AU's vote and of final treatment:
 * `saksnummer`, `punkt`, `protokoll`, `ferdig`, `sluttbehandling`, `tilbakemelding`
 * and `vedtak som foreslått`, as parsed from chat or given at the CLI.
 */
export type AgendaCommand =
  /** `saksnummer 24/2026 [2026-Q4]`: the case number Skate's series gives the paper. */
  | { name: 'case-number'; caseNumber: string; round: string | null }
  /** `punkt T-2026-03 forslag|trekk`: how a point AU did not adopt goes to Skate. */
  | { name: 'point'; initiativeId: string; disposition: PointDisposition }
  /** `protokoll [2026-Q4]`: the minutes extract. */
  | { name: 'minutes'; round: string | null }
  /** `ferdig T-2026-03`: the owner reports the initiative finished. */
  | { name: 'finished'; initiativeId: string }
  /** `sluttbehandling T-2026-03 bekreft [frist 15.01.2027]`: the secretariat confirms it, asking for feedback. */
  | { name: 'final-confirm'; initiativeId: string; deadline: IsoDate | null }
  | { name: 'final-decline'; initiativeId: string }
  /** `sluttbehandling T-2026-03 vedtatt [tekst]`: Skate's decision; the initiative is «sluttbehandlet». */
  | { name: 'final-decided'; initiativeId: string; text: string | null }
  /** `tilbakemelding T-2026-03 ⟨tekst⟩`: a Skate member's written feedback. */
  | { name: 'feedback'; initiativeId: string; text: string }
  /** `vedtak som foreslått [T-2026-03]`: the published paper's points recorded as adopted. */
  | { name: 'decision-adopt'; initiativeId: string | null };

export type AgendaCommandWord = 'caseNumber' | 'point' | 'minutes' | 'finished' | 'finalTreatment' | 'feedback';

/** The words of these commands, beside `COMMAND_VOCABULARY`'s. */
export const AGENDA_COMMAND_WORDS: Record<AgendaCommandWord, { nb: string[]; nn: string[]; en: string[] }> = {
  caseNumber: { nb: ['saksnummer'], nn: ['saksnummer'], en: ['case-number', 'casenumber'] },
  point: { nb: ['punkt'], nn: ['punkt'], en: ['point'] },
  minutes: { nb: ['protokoll'], nn: ['protokoll'], en: ['minutes'] },
  finished: { nb: ['ferdig'], nn: ['ferdig'], en: ['finished'] },
  finalTreatment: { nb: ['sluttbehandling'], nn: ['slutthandsaming'], en: ['final-treatment'] },
  feedback: { nb: ['tilbakemelding'], nn: ['tilbakemelding'], en: ['feedback'] },
};

const PROPOSE = new Set(['forslag', 'foreslå', 'framlegg', 'føreslå', 'propose', 'proposal']);
const WITHDRAW = new Set(['trekk', 'withdraw']);
const CONFIRM = new Set(['bekreft', 'stadfest', 'confirm']);
const DECLINE = new Set(['avvis', 'decline']);
const DECIDED = new Set(['vedtatt', 'vedteke', 'sluttbehandlet', 'slutthandsama', 'decided']);
const DEADLINE = new Set(['frist', 'deadline']);
/** `som foreslått` / `som føreslått` / `as proposed`. */
const AS_PROPOSED: readonly [string, string][] = [
  ['som', 'foreslått'],
  ['som', 'føreslått'],
  ['as', 'proposed'],
];

/** `15.01.2027` or `2027-01-15`, a real calendar date; null otherwise. */
function date(word: string | undefined): IsoDate | null {
  if (!word) return null;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(word);
  const iso = m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : word;
  return isIsoDate(iso) ? iso : null;
}

const quarter = (word: string | undefined) => (word && isQuarter(word.toUpperCase()) ? word.toUpperCase() : null);

/** Parses the arguments of one of these commands; null when they do not fit (the usage is shown). */
export function parseAgendaCommand(word: AgendaCommandWord, args: readonly string[]): AgendaCommand | null {
  const arg = (i: number) => args[i]?.toLowerCase() ?? '';
  const rest = (from: number) => args.slice(from).join(' ').trim();
  const id = normaliseInitiativeId(args[0] ?? '');
  switch (word) {
    case 'caseNumber': {
      const round = quarter(args[1]);
      if (!args[0] || args.length > 2 || (args.length === 2 && !round)) return null;
      return { name: 'case-number', caseNumber: args[0], round };
    }
    case 'point':
      if (!id || args.length !== 2) return null;
      if (PROPOSE.has(arg(1))) return { name: 'point', initiativeId: id, disposition: 'secretariat-proposal' };
      return WITHDRAW.has(arg(1)) ? { name: 'point', initiativeId: id, disposition: 'withdrawn' } : null;
    case 'minutes':
      return args.length <= 1 && (args.length === 0 || quarter(args[0]))
        ? { name: 'minutes', round: quarter(args[0]) }
        : null;
    case 'finished':
      return id && args.length === 1 ? { name: 'finished', initiativeId: id } : null;
    case 'feedback':
      return id && rest(1) ? { name: 'feedback', initiativeId: id, text: rest(1) } : null;
    case 'finalTreatment': {
      if (!id) return null;
      if (CONFIRM.has(arg(1))) {
        if (args.length === 2) return { name: 'final-confirm', initiativeId: id, deadline: null };
        const deadline = DEADLINE.has(arg(2)) ? date(args[3]) : date(args[2]);
        const expected = DEADLINE.has(arg(2)) ? 4 : 3;
        return deadline && args.length === expected ? { name: 'final-confirm', initiativeId: id, deadline } : null;
      }
      if (DECLINE.has(arg(1)) && args.length === 2) return { name: 'final-decline', initiativeId: id };
      if (DECIDED.has(arg(1))) return { name: 'final-decided', initiativeId: id, text: rest(2) || null };
      return null;
    }
  }
}

/** `vedtak som foreslått [T-…]`: the decision command's form that adopts the proposed points; null otherwise. */
export function parseAdoptAsProposed(args: readonly string[]): AgendaCommand | null {
  const [first = '', second = ''] = args.map((a) => a.toLowerCase());
  if (!AS_PROPOSED.some(([a, b]) => a === first && b === second)) return null;
  if (args.length === 2) return { name: 'decision-adopt', initiativeId: null };
  const id = normaliseInitiativeId(args[2] ?? '');
  return id && args.length === 3 ? { name: 'decision-adopt', initiativeId: id } : null;
}
