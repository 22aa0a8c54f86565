import { decisionContent } from '../../domain/agenda/default-recommendation';
import { canAdminister } from '../../domain/authorisation';
import { quarterOfInstant } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Locale, Platform } from '../../domain/model';
import { acceptsRecommendations } from '../../domain/round-state';
import { messagesFor } from '../../i18n';
import { formatDate, formatInstant, formatInstantLong } from '../../i18n/format';
import { recommendationText } from '../../i18n/recommendation-text';
import type { CardView } from '../../views/card-view';
import { unreachableLines } from '../../views/cycle-views';
import { notice } from '../../views/notice';
import type { TableView } from '../../views/vote-view';
import { type AgendaRenderers, compileAgenda } from '../agenda/compile-agenda';
import { exportAgenda } from '../agenda/export-agenda';
import type { Actor, AppContext } from '../app-context';
import { bindChannel } from '../channels/bind-channel';
import { preflight } from '../cycle/preflight';
import { remindNow } from '../cycle/remind-now';
import { correctDecision, listDecisions, recordDecision } from '../decisions/record-decision';
import type { Messenger } from '../ports';
import { listInitiatives } from '../registry/list-initiatives';
import { nameOf } from '../registry/name-of';
import { delegateReporting, myReports } from '../registry/owner-actions';
import { closeVote, editRecommendation } from '../review/manage-review';
import { adjustDeadline } from '../rounds/adjust-deadline';
import { moveRound } from '../rounds/move-round';
import { openRound, suggestOpening } from '../rounds/open-round';
import { pickRound } from '../rounds/pick-round';
import { roundStatus } from '../rounds/round-status';
import { AGENDA_COMMAND_TABLE } from './agenda-command-table';
import { helpView } from './help-view';
import type { Command } from './parse-command';
import { setLanguage } from './set-language';

/** What a command runs with: who asks, in which language, and where it came from. */
export interface CommandContext {
  app: AppContext;
  /** A registered person in chat, or the operator at the command line. */
  actor: Actor;
  locale: Locale;
  now: Date;
  /** The transport whose reachability `sjekk` checks. */
  messenger: Messenger;
  renderers: AgendaRenderers;
  /** The conversation the command came from, serialised by its channel: what `kanal au` binds. Null at the CLI. */
  origin: { platform: Platform; reference: string } | null;
}

export interface CommandOutcome {
  replies: CardView[];
  /** Something was enqueued: wake the dispatcher now rather than at the next tick. */
  wake: boolean;
  /** The command was refused (the replies say why): the CLI exits non-zero. */
  failed?: boolean;
}

type Entry<N extends Command['name']> = {
  run(command: Extract<Command, { name: N }>, ctx: CommandContext): Promise<CommandOutcome> | CommandOutcome;
};

const say = (ctx: CommandContext, text: string, wake = false): CommandOutcome => ({
  replies: [notice(ctx.locale, text)],
  wake,
});

const personOf = (ctx: CommandContext) => (ctx.actor.kind === 'person' ? ctx.actor.person : null);

/**
 * Every chat command, one entry each: the use case it runs and the view it answers with.
 * Authorisation is the use cases' (each refuses what the actor may not do); the words people
 * type are in `COMMAND_VOCABULARY`. Chat and the CLI run the same entries.
 */
export const COMMAND_TABLE: { [N in Command['name']]: Entry<N> } = {
  help: { run: (_, ctx) => ({ replies: [helpView(ctx.locale, canSeeAdmin(ctx))], wake: false }) },
  unknown: { run: (c, ctx) => say(ctx, messagesFor(ctx.locale).commands.unknown(c.text)) },
  usage: {
    run: (c, ctx) => {
      const h = messagesFor(ctx.locale).commands.help[c.command];
      return say(ctx, messagesFor(ctx.locale).commands.usage(h.usage));
    },
  },

  status: {
    run: async (c, ctx) => {
      const t = messagesFor(ctx.locale);
      const round = await pickRound(ctx.app, c.round, 'active', ctx.now);
      const status = await roundStatus(ctx.app, round.id, ctx.now, ctx.actor);
      if (!status) return say(ctx, t.cli.noActiveRound);
      const col = t.cli.columns;
      const table: TableView = {
        kind: 'table',
        locale: ctx.locale,
        title: t.cli.roundSummary({
          round: status.round.id,
          state: t.roundStates[status.round.state],
          deadline: formatInstant(status.round.deadline, ctx.locale),
          lockAt: formatInstant(status.round.lockAt, ctx.locale),
        }),
        lines: [t.cli.roundCounts(status.counts)],
        columns: [col.id, col.title, col.reporters, col.status],
        rows: status.due.map((d) => [
          d.initiative.id,
          d.initiative.title,
          d.reporters.map((r) => (typeof r === 'string' ? r : r.name)).join(', '),
          t.reportStates[d.state],
        ]),
      };
      return { replies: [table], wake: false };
    },
  },

  'round-open': {
    run: async (c, ctx) => {
      const t = messagesFor(ctx.locale);
      const { locale } = ctx;
      const opened = await openRound(
        ctx.app,
        { quarter: c.round, deadline: c.deadline, ...(c.skateMeetingId ? { skateMeetingId: c.skateMeetingId } : {}) },
        ctx.actor,
        ctx.now,
      );
      const check = await preflight(ctx.app, ctx.messenger, opened.round.id, ctx.actor, ctx.now);
      const text = t.cli.roundOpened({
        round: opened.round.id,
        deadline: formatInstantLong(opened.round.deadline, locale),
        lockAt: formatInstant(opened.round.lockAt, locale),
        au: formatDate(opened.auMeetingDate, locale),
        skate: formatDate(opened.skateMeeting.date, locale),
        count: opened.initiatives.length,
      });
      return {
        replies: [
          notice(locale, text, {
            items: unreachableLines(check.unreachable, ctx.locale),
            paragraphs: [text, t.cli.preflightResult(check.total, check.unreachable.length)],
          }),
        ],
        wake: true,
      };
    },
  },
  'round-deadline': {
    run: async (c, ctx) => {
      const moved = await adjustDeadline(ctx.app, { roundId: c.round, deadline: c.deadline }, ctx.actor, ctx.now);
      const text = messagesFor(ctx.locale).commands.roundDeadlineMoved(
        moved.id,
        formatInstantLong(moved.deadline, ctx.locale),
      );
      return say(ctx, text, true);
    },
  },
  'round-review': { run: async (c, ctx) => await moveTo(ctx, c.round, 'in-review') },
  'round-close': { run: async (c, ctx) => await moveTo(ctx, c.round, 'closed') },
  remind: {
    run: async (c, ctx) => {
      const count = await remindNow(ctx.app, { initiativeId: c.initiativeId }, ctx.actor, ctx.now);
      return say(ctx, messagesFor(ctx.locale).commands.reminded(count), true);
    },
  },
  preflight: {
    run: async (_, ctx) => {
      const t = messagesFor(ctx.locale);
      // Before any round, check everyone the next round would ask.
      const thisQuarter = quarterOfInstant(ctx.now);
      const round =
        (await ctx.app.uow.read(async (repos) => (await repos.rounds.listActive()).at(-1)?.id)) ??
        (await suggestOpening(ctx.app, ctx.now, thisQuarter))?.quarter ??
        thisQuarter;
      const check = await preflight(ctx.app, ctx.messenger, round, ctx.actor, ctx.now);
      return {
        replies: [
          notice(ctx.locale, t.cli.preflightResult(check.total, check.unreachable.length), {
            items: unreachableLines(check.unreachable, ctx.locale),
          }),
        ],
        wake: true,
      };
    },
  },

  recommendation: {
    run: async (c, ctx) => {
      const round = await pickRound(ctx.app, null, 'active', ctx.now);
      // editRecommendation should refuse this itself too (see docs/security.md, «Open points»).
      const closed = acceptsRecommendations(round);
      if (closed) throw new DomainFailure([closed]);
      const input = { roundId: round.id, initiativeId: c.initiativeId, text: c.text };
      const edited = await editRecommendation(ctx.app, input, ctx.actor, ctx.now);
      const t = messagesFor(ctx.locale).commands;
      // After AU has voted, a change is a new version: say so, and how many members were told to vote again.
      const text =
        edited.cleared > 0
          ? t.recommendationNewVersion(c.initiativeId, edited.version, edited.cleared)
          : t.recommendationSaved(c.initiativeId);
      return say(ctx, text, true);
    },
  },
  'vote-close': {
    run: async (c, ctx) => {
      const round = await pickRound(ctx.app, null, 'active', ctx.now);
      const closed = await closeVote(ctx.app, { roundId: round.id, initiativeId: c.initiativeId }, ctx.actor, ctx.now);
      return say(ctx, messagesFor(ctx.locale).commands.voteClosed(closed.length), true);
    },
  },

  initiatives: {
    run: async (_, ctx) => {
      const t = messagesFor(ctx.locale);
      const col = t.cli.columns;
      const table: TableView = {
        kind: 'table',
        locale: ctx.locale,
        title: t.commands.help.initiatives.text,
        lines: [],
        columns: [col.id, col.title, col.owner, col.acceptance, col.phase],
        rows: (await listInitiatives(ctx.app, ctx.actor)).map(({ initiative: i, owner }) => [
          i.id,
          i.title,
          owner,
          t.acceptance[i.acceptance],
          t.phases[i.phase],
        ]),
      };
      return { replies: [table], wake: false };
    },
  },
  'bind-channel': {
    run: async (c, ctx) => {
      const c2 = messagesFor(ctx.locale).commands;
      if (!ctx.origin) return say(ctx, c2.channelNeedsChat);
      await bindChannel(ctx.app, { name: c.channel, ...ctx.origin }, ctx.actor, ctx.now);
      // Posts that waited for this channel can go now.
      return say(ctx, c2.channelBound(c2.channelNames[c.channel]), true);
    },
  },

  mine: {
    run: async (_, ctx) => {
      const person = personOf(ctx);
      const t = messagesFor(ctx.locale);
      const c = t.commands;
      if (!person) return say(ctx, c.mineNone);
      const mine = await myReports(ctx.app, person, ctx.now);
      if (mine.length === 0) return say(ctx, c.mineNone);
      const states = { ...t.reportStates, 'not-due': c.notDue };
      const view = notice(ctx.locale, c.mineTitle, {
        title: c.mineTitle,
        paragraphs: [],
        items: mine.map((m) => c.mineLine(m.initiative.id, m.initiative.title, states[m.state])),
        actions: mine
          .filter((m) => m.round && m.state !== 'not-due')
          .map((m) => ({
            id: 'report.open' as const,
            label: `${t.cycle.reportRequest.open}: ${m.initiative.id}`,
            data: { roundId: m.round?.id ?? '', initiativeId: m.initiative.id },
          })),
      });
      return { replies: [view], wake: false };
    },
  },
  language: {
    run: async (c, ctx) => {
      const person = personOf(ctx);
      if (!person) return say(ctx, messagesFor(ctx.locale).commands.mineNone);
      await setLanguage(ctx.app, person, c.locale, ctx.now);
      // The answer is already in the language chosen: it is the first thing said in it.
      const t = messagesFor(c.locale);
      return { replies: [notice(c.locale, t.commands.languageSet(t.languageName))], wake: false };
    },
  },
  delegate: {
    run: async (c, ctx) => {
      const person = personOf(ctx);
      const t = messagesFor(ctx.locale).commands;
      if (!person) return say(ctx, t.mineNone);
      const input = { initiativeId: c.initiativeId, to: c.to, fromDate: c.from, toDate: c.until };
      const initiative = await delegateReporting(ctx.app, input, person, ctx.now);
      const from = formatDate(c.from, ctx.locale);
      return say(ctx, t.delegated(initiative.id, await nameOf(ctx.app, c.to), from, formatDate(c.until, ctx.locale)));
    },
  },

  compile: {
    run: async (c, ctx) => {
      const a = messagesFor(ctx.locale).agendaCard;
      const compiled = await compileAgenda(
        ctx.app,
        ctx.renderers,
        { roundId: c.round ?? undefined },
        ctx.actor,
        ctx.now,
      );
      const replies: CardView[] = [];
      if (!compiled.isNew)
        replies.push(notice(ctx.locale, a.unchanged(compiled.agenda.caseNumber, compiled.agenda.revision)));
      replies.push(compiled.preview);
      // A format that failed is named with where it failed; the others are in the preview and work.
      for (const f of compiled.failed)
        replies.push(notice(ctx.locale, a.renderFailed(f.format, f.initiativeId, f.field)));
      return { replies, wake: false };
    },
  },
  export: {
    run: async (c, ctx) => {
      const t = messagesFor(ctx.locale);
      const exported = await exportAgenda(ctx.app, { roundId: c.round, format: c.format }, ctx.actor, ctx.now);
      const label = { md: t.agendaCard.markdown, html: t.agendaCard.html, docx: t.agendaCard.word }[c.format];
      const title = t.commands.exportTitle(exported.agenda.caseNumber);
      return { replies: [notice(ctx.locale, title, { title, links: [{ label, url: exported.url }] })], wake: false };
    },
  },
  decision: {
    run: async (c, ctx) => {
      const input = { initiativeId: c.initiativeId, text: c.text };
      const decision = await recordDecision(ctx.app, input, ctx.actor, ctx.now);
      return say(ctx, messagesFor(ctx.locale).commands.decisionRecorded(decision.id, decision.initiativeId));
    },
  },
  'decision-correct': {
    run: async (c, ctx) => {
      const corrected = await correctDecision(ctx.app, { decisionId: c.decisionId, text: c.text }, ctx.actor, ctx.now);
      return say(ctx, messagesFor(ctx.locale).commands.decisionCorrected(corrected.id));
    },
  },
  'decision-list': {
    run: async (c, ctx) => {
      const t = messagesFor(ctx.locale).commands;
      const decisions = await listDecisions(ctx.app, c.initiativeId ? { initiativeId: c.initiativeId } : {}, ctx.actor);
      if (decisions.length === 0) return say(ctx, t.noDecisions);
      const items = decisions.map((d) =>
        t.decisionLine(
          d.id,
          d.initiativeId,
          formatDate(d.decidedOn, ctx.locale),
          recommendationText(decisionContent(d), ctx.locale),
          d.state === 'open',
        ),
      );
      return {
        replies: [notice(ctx.locale, t.decisionsTitle, { title: t.decisionsTitle, paragraphs: [], items })],
        wake: false,
      };
    },
  },
  ...AGENDA_COMMAND_TABLE,
};

function canSeeAdmin(ctx: CommandContext): boolean {
  return ctx.actor.kind === 'operator' || canAdminister(ctx.actor.person);
}

async function moveTo(ctx: CommandContext, round: string, to: 'in-review' | 'closed'): Promise<CommandOutcome> {
  const t = messagesFor(ctx.locale);
  const moved = await moveRound(ctx.app, round, to, ctx.actor, ctx.now);
  return say(ctx, t.cli.roundMoved(moved.id, t.roundStates[moved.state]), true);
}
