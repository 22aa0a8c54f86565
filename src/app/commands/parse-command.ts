import { isQuarter } from '../../domain/calendar';
import { CHANNEL_NAMES, type ChannelName } from '../../domain/delivery';
import { normaliseInitiativeId } from '../../domain/initiative-id';
import { type IsoDate, LOCALES, type Locale } from '../../domain/model';
import {
  AGENDA_COMMAND_WORDS,
  type AgendaCommand,
  parseAdoptAsProposed,
  parseAgendaCommand,
} from './parse-agenda-command';

/** A chat command, parsed from Teams or Slack text (or given at the CLI); the same for every channel. */
export type Command =
  | { name: 'help' }
  | { name: 'status'; round: string | null }
  | { name: 'mine' }
  /** `skateMeetingId` only from the CLI's `--meeting`: chat opens the first free meeting. */
  | { name: 'round-open'; round: string; deadline: IsoDate | null; skateMeetingId?: string }
  | { name: 'round-deadline'; round: string; deadline: IsoDate }
  | { name: 'round-review'; round: string }
  | { name: 'round-close'; round: string }
  | { name: 'remind'; initiativeId: string | null }
  | { name: 'recommendation'; initiativeId: string; text: string }
  | { name: 'vote-close'; initiativeId: string | null }
  | { name: 'initiatives' }
  | { name: 'delegate'; initiativeId: string; to: string; from: IsoDate; until: IsoDate }
  | { name: 'bind-channel'; channel: ChannelName }
  | { name: 'preflight' }
  | { name: 'compile'; round: string | null }
  | { name: 'decision'; initiativeId: string; text: string }
  | { name: 'decision-correct'; decisionId: string; text: string }
  | { name: 'decision-list'; initiativeId: string | null }
  | { name: 'export'; format: 'md' | 'html' | 'docx'; round: string | null }
  /** `språk nn`: the language the bot writes to this person in, whatever their client says. */
  | { name: 'language'; locale: Locale }
  /** The samlesak after AU's vote, the minutes and final treatment (parse-agenda-command.ts). */
  | AgendaCommand
  /** Understood word, wrong arguments: the usage of `command` is shown. */
  | { name: 'usage'; command: CommandWord }
  | { name: 'unknown'; text: string };

export const COMMAND_WORDS = [
  'help',
  'status',
  'mine',
  'round',
  'remind',
  'recommendation',
  'vote',
  'initiatives',
  'delegate',
  'channel',
  'preflight',
  'compile',
  'decision',
  'export',
  'language',
  'caseNumber',
  'point',
  'minutes',
  'finished',
  'finalTreatment',
  'feedback',
] as const;
export type CommandWord = (typeof COMMAND_WORDS)[number];

/**
 * The words people may type for each command, in bokmål, nynorsk and English (plus the
 * spellings people use without æøå). The first bokmål word is the one `hjelp` shows.
 */
export const COMMAND_VOCABULARY: Record<CommandWord, { nb: string[]; nn: string[]; en: string[] }> = {
  help: { nb: ['hjelp', '?'], nn: ['hjelp'], en: ['help'] },
  status: { nb: ['status'], nn: ['status'], en: ['status'] },
  mine: { nb: ['mine'], nn: ['mitt'], en: ['my'] },
  round: { nb: ['runde'], nn: ['runde'], en: ['round'] },
  remind: { nb: ['påminn', 'paminn', 'purr'], nn: ['påminn'], en: ['remind'] },
  recommendation: { nb: ['innstilling'], nn: ['innstilling'], en: ['recommendation'] },
  vote: { nb: ['avstemning'], nn: ['røysting'], en: ['vote'] },
  initiatives: { nb: ['tiltak'], nn: ['tiltak'], en: ['initiatives'] },
  delegate: { nb: ['deleger'], nn: ['deleger'], en: ['delegate'] },
  channel: { nb: ['kanal'], nn: ['kanal'], en: ['channel'] },
  preflight: { nb: ['sjekk'], nn: ['sjekk'], en: ['preflight', 'check'] },
  compile: { nb: ['sammenstill'], nn: ['samanstill'], en: ['compile'] },
  decision: { nb: ['vedtak'], nn: ['vedtak'], en: ['decision'] },
  export: { nb: ['eksport'], nn: ['eksport'], en: ['export'] },
  language: { nb: ['språk', 'sprak'], nn: ['språk'], en: ['language'] },
  ...AGENDA_COMMAND_WORDS,
};

const WORDS: ReadonlyMap<string, CommandWord> = new Map(
  (Object.entries(COMMAND_VOCABULARY) as [CommandWord, { nb: string[]; nn: string[]; en: string[] }][]).flatMap(
    ([word, v]) => [...v.nb, ...v.nn, ...v.en].map((w) => [w, word] as const),
  ),
);

const OPEN = new Set(['åpne', 'åpn', 'apne', 'opne', 'open']);
const DEADLINE = new Set(['frist', 'endre', 'deadline', 'adjust']);
const REVIEW = new Set(['gjennomgang', 'behandling', 'handsaming', 'review']);
const CLOSE = new Set(['lukk', 'steng', 'close']);

/** `26.11.2026` or `2026-11-26` → `2026-11-26`; null otherwise. */
export function parseDateWord(word: string | undefined): IsoDate | null {
  if (!word) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word);
  if (iso) return word;
  const nor = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(word);
  return nor ? `${nor[3]}-${nor[2]?.padStart(2, '0')}-${nor[1]?.padStart(2, '0')}` : null;
}

const quarter = (word: string | undefined) => (word && isQuarter(word.toUpperCase()) ? word.toUpperCase() : null);

/**
 * Parses a message to the bot, after its channel has removed the @mention of the bot (each
 * platform marks mentions its own way). Words are case-insensitive; a leading `/` is ignored;
 * the rest of the text after an initiative id is free text.
 */
export function parseCommand(input: string): Command {
  const text = input.replace(/\s+/g, ' ').trim();
  const words = text.split(' ').filter((w) => w !== '');
  const first = words[0]?.toLowerCase().replace(/^\//, '');
  const word = first ? WORDS.get(first) : undefined;
  if (!word) return { name: 'unknown', text };
  const args = words.slice(1);
  const arg = (i: number) => args[i]?.toLowerCase();
  const rest = (from: number) => args.slice(from).join(' ').trim();
  const usage: Command = { name: 'usage', command: word };
  switch (word) {
    case 'help':
    case 'mine':
    case 'initiatives':
    case 'preflight':
      return { name: word };
    case 'status':
      return { name: 'status', round: quarter(args[0]) };
    case 'round': {
      const round = quarter(args[1]);
      if (!round) return usage;
      if (OPEN.has(arg(0) ?? '')) {
        // `runde åpne 2026-Q4 frist 10.12.2026`: the deadline the refusal proposed.
        if (args.length === 2) return { name: 'round-open', round, deadline: null };
        const deadline = DEADLINE.has(arg(2) ?? '') ? parseDateWord(args[3]) : null;
        return deadline && args.length === 4 ? { name: 'round-open', round, deadline } : usage;
      }
      if (REVIEW.has(arg(0) ?? '')) return { name: 'round-review', round };
      if (CLOSE.has(arg(0) ?? '')) return { name: 'round-close', round };
      const deadline = parseDateWord(args[2]);
      if (DEADLINE.has(arg(0) ?? '') && deadline) return { name: 'round-deadline', round, deadline };
      return usage;
    }
    case 'remind': {
      if (args.length === 0) return { name: 'remind', initiativeId: null };
      const id = normaliseInitiativeId(args[0] ?? '');
      return id ? { name: 'remind', initiativeId: id } : usage;
    }
    case 'recommendation': {
      const id = normaliseInitiativeId(args[0] ?? '');
      return id && rest(1) ? { name: 'recommendation', initiativeId: id, text: rest(1) } : usage;
    }
    case 'decision': {
      if (args.length === 0) return { name: 'decision-list', initiativeId: null };
      if (['endre', 'rett', 'correct'].includes(arg(0) ?? '')) {
        const decisionId = args[1]?.toUpperCase();
        return decisionId?.startsWith('V-') && rest(2)
          ? { name: 'decision-correct', decisionId, text: rest(2) }
          : usage;
      }
      if (['liste', 'list', 'vis', 'show'].includes(arg(0) ?? '')) {
        return { name: 'decision-list', initiativeId: normaliseInitiativeId(args[1] ?? '') };
      }
      const adopt = parseAdoptAsProposed(args);
      if (adopt) return adopt;
      const id = normaliseInitiativeId(args[0] ?? '');
      return id && rest(1) ? { name: 'decision', initiativeId: id, text: rest(1) } : usage;
    }
    case 'vote': {
      if (!CLOSE.has(arg(0) ?? '')) return usage;
      if (args.length === 1) return { name: 'vote-close', initiativeId: null };
      const id = normaliseInitiativeId(args[1] ?? '');
      return id ? { name: 'vote-close', initiativeId: id } : usage;
    }
    case 'delegate': {
      const id = normaliseInitiativeId(args[0] ?? '');
      const to = args[1]?.toLowerCase();
      const from = parseDateWord(args[2]);
      const until = parseDateWord(args[3]);
      return id && to?.includes('@') && from && until ? { name: 'delegate', initiativeId: id, to, from, until } : usage;
    }
    case 'channel': {
      const channel = arg(0);
      return channel && (CHANNEL_NAMES as readonly string[]).includes(channel)
        ? { name: 'bind-channel', channel: channel as ChannelName }
        : usage;
    }
    case 'compile':
      return { name: 'compile', round: quarter(args[0]) };
    case 'export': {
      const format = (['md', 'html', 'docx'] as const).find((f) => f === arg(0)) ?? 'docx';
      return { name: 'export', format, round: quarter(args.find((a) => quarter(a) !== null)) };
    }
    case 'language': {
      const locale = LOCALES.find((l) => l === arg(0));
      return locale && args.length === 1 ? { name: 'language', locale } : usage;
    }
    case 'caseNumber':
    case 'point':
    case 'minutes':
    case 'finished':
    case 'finalTreatment':
    case 'feedback':
      return parseAgendaCommand(word, args) ?? usage;
  }
}
