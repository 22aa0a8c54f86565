import { isQuarter } from '../domain/calendar';
import { CHANNEL_NAMES, type ChannelName } from '../domain/delivery';
import { normaliseInitiativeId } from '../domain/initiative-id';
import type { IsoDate } from '../domain/model';

/** A chat command, parsed from Teams or Slack text; the same for both channels. */
export type Command =
  | { name: 'help' }
  | { name: 'status'; round: string | null }
  | { name: 'mine' }
  | { name: 'round-open'; round: string }
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
] as const;
export type CommandWord = (typeof COMMAND_WORDS)[number];

/** Every word people may type, in bokmål, nynorsk and English, for each command. */
const WORDS: Record<string, CommandWord> = {
  hjelp: 'help',
  help: 'help',
  '?': 'help',
  status: 'status',
  mine: 'mine',
  mitt: 'mine',
  my: 'mine',
  runde: 'round',
  round: 'round',
  påminn: 'remind',
  paminn: 'remind',
  purr: 'remind',
  remind: 'remind',
  innstilling: 'recommendation',
  recommendation: 'recommendation',
  avstemning: 'vote',
  røysting: 'vote',
  vote: 'vote',
  tiltak: 'initiatives',
  initiatives: 'initiatives',
  deleger: 'delegate',
  delegate: 'delegate',
  kanal: 'channel',
  channel: 'channel',
  sjekk: 'preflight',
  preflight: 'preflight',
  sammenstill: 'compile',
  samanstill: 'compile',
  compile: 'compile',
  vedtak: 'decision',
  decision: 'decision',
  eksport: 'export',
  export: 'export',
};

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
 * Parses a message to the bot. The @mention of the bot (Teams puts `<at>…</at>`
 * in channel messages) and surrounding whitespace are ignored; words are
 * case-insensitive; the rest of the text after an initiative id is free text.
 */
export function parseCommand(input: string): Command {
  const text = input
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = text.split(' ').filter((w) => w !== '');
  const first = words[0]?.toLowerCase().replace(/^\//, '');
  const word = first ? WORDS[first] : undefined;
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
      if (OPEN.has(arg(0) ?? '')) return { name: 'round-open', round };
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
  }
}
