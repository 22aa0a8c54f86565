import type { Quarter } from '../../domain/model';
import { messagesFor } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { CardView } from '../../views/card-view';
import { minutesView } from '../../views/minutes-view';
import { notice } from '../../views/notice';
import { setCaseNumber } from '../agenda/allocate-case-number';
import { compileAgenda } from '../agenda/compile-agenda';
import { decidePoint } from '../agenda/decide-point';
import { adoptAsProposed } from '../decisions/adopt-as-proposed';
import { minutesOf } from '../decisions/minutes';
import { giveFeedback, recordFinalDecision } from '../final-treatment/final-feedback';
import { confirmFinished, declineFinished, reportFinished } from '../final-treatment/request-final-treatment';
import { pickRound } from '../rounds/pick-round';
import type { CommandContext, CommandOutcome } from './command-table';
import type { AgendaCommand } from './parse-agenda-command';

type Entry<N extends AgendaCommand['name']> = {
  run(command: Extract<AgendaCommand, { name: N }>, ctx: CommandContext): Promise<CommandOutcome> | CommandOutcome;
};

const say = (ctx: CommandContext, text: string, wake = false): CommandOutcome => ({
  replies: [notice(ctx.locale, text)],
  wake,
});

/**
 * After a change that shows in the paper (its case number, a point's disposition): when the
 * round already has a compiled paper, compile it again so the answer is the new preview.
 */
async function withPreview(ctx: CommandContext, roundId: Quarter, text: string): Promise<CommandOutcome> {
  const compiled = await ctx.app.uow.read(async (repos) => await repos.compiledAgendas.latest(roundId));
  const replies: CardView[] = [notice(ctx.locale, text)];
  if (compiled) {
    const again = await compileAgenda(ctx.app, ctx.renderers, { roundId, locale: ctx.locale }, ctx.actor, ctx.now);
    replies.push(again.preview);
  }
  return { replies, wake: false };
}

/** The person behind the command; the operator at the CLI is nobody's owner or Skate member. */
function personOf(ctx: CommandContext) {
  return ctx.actor.kind === 'person' ? ctx.actor.person : null;
}

/** The entries of the samlesak's commands after AU's vote, the minutes and final treatment. */
export const AGENDA_COMMAND_TABLE: { [N in AgendaCommand['name']]: Entry<N> } = {
  'case-number': {
    run: async (c, ctx) => {
      const item = await setCaseNumber(ctx.app, { roundId: c.round, caseNumber: c.caseNumber }, ctx.actor, ctx.now);
      return withPreview(
        ctx,
        item.roundId,
        messagesFor(ctx.locale).commands.caseNumberSet(item.caseNumber, item.roundId),
      );
    },
  },
  point: {
    run: async (c, ctx) => {
      const round = await pickRound(ctx.app, null, 'compile', ctx.now);
      await decidePoint(
        ctx.app,
        { roundId: round.id, initiativeId: c.initiativeId, disposition: c.disposition },
        ctx.actor,
        ctx.now,
      );
      const t = messagesFor(ctx.locale).commands;
      const text = c.disposition === 'withdrawn' ? t.pointWithdrawn(c.initiativeId) : t.pointProposed(c.initiativeId);
      return withPreview(ctx, round.id, text);
    },
  },
  minutes: {
    run: async (c, ctx) => ({
      replies: [minutesView(await minutesOf(ctx.app, { roundId: c.round }, ctx.actor, ctx.now), ctx.locale)],
      wake: false,
    }),
  },
  finished: {
    run: async (c, ctx) => {
      const person = personOf(ctx);
      const t = messagesFor(ctx.locale).commands;
      if (!person) return say(ctx, t.mineNone);
      await reportFinished(ctx.app, { initiativeId: c.initiativeId }, person, ctx.now);
      return say(ctx, t.finishedRequested(c.initiativeId), true);
    },
  },
  'final-confirm': {
    run: async (c, ctx) => {
      const done = await confirmFinished(
        ctx.app,
        { initiativeId: c.initiativeId, deadline: c.deadline },
        ctx.actor,
        ctx.now,
      );
      const t = messagesFor(ctx.locale).commands;
      return say(ctx, t.finalConfirmed(c.initiativeId, formatDate(done.deadline, ctx.locale), done.asked), true);
    },
  },
  'final-decline': {
    run: async (c, ctx) => {
      await declineFinished(ctx.app, { initiativeId: c.initiativeId }, ctx.actor, ctx.now);
      return say(ctx, messagesFor(ctx.locale).commands.finalDeclined(c.initiativeId), true);
    },
  },
  'final-decided': {
    run: async (c, ctx) => {
      await recordFinalDecision(ctx.app, { initiativeId: c.initiativeId, text: c.text }, ctx.actor, ctx.now);
      return say(ctx, messagesFor(ctx.locale).commands.finalDecided(c.initiativeId), true);
    },
  },
  feedback: {
    run: async (c, ctx) => {
      const person = personOf(ctx);
      const t = messagesFor(ctx.locale).commands;
      if (!person) return say(ctx, t.mineNone);
      await giveFeedback(ctx.app, { initiativeId: c.initiativeId, text: c.text }, person, ctx.now);
      return say(ctx, t.feedbackSaved(c.initiativeId));
    },
  },
  'decision-adopt': {
    run: async (c, ctx) => {
      const made = await adoptAsProposed(ctx.app, { initiativeId: c.initiativeId }, ctx.actor, ctx.now);
      const round = made[0]?.roundId ?? (await pickRound(ctx.app, null, 'paper', ctx.now)).id;
      return say(ctx, messagesFor(ctx.locale).commands.decisionsAdopted(made.length, round), made.length > 0);
    },
  },
};
