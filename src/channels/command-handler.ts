import { type AgendaRenderers, agendaLinks, compileAgenda } from '../app/agenda/compile-agenda';
import type { Actor, AppContext } from '../app/app-context';
import { preflight } from '../app/cycle/preflight';
import { remindNow } from '../app/cycle/remind-now';
import { correctDecision, listDecisions, recordDecision } from '../app/decisions/record-decision';
import type { Messenger } from '../app/ports';
import { delegateReporting, myReports } from '../app/registry/owner-actions';
import { closeVote, editRecommendation } from '../app/review/manage-review';
import { adjustDeadline } from '../app/rounds/adjust-deadline';
import { moveRound } from '../app/rounds/move-round';
import { openRound } from '../app/rounds/open-round';
import { roundStatus } from '../app/rounds/round-status';
import { canAdminister } from '../domain/authorisation';
import { DomainFailure } from '../domain/errors';
import type { Person, Platform } from '../domain/model';
import { describeError, messagesFor } from '../i18n';
import { formatDate, formatInstant, formatInstantLong } from '../i18n/format';
import type { MessageView } from '../views/message-view';
import type { TableView } from '../views/vote-view';
import type { Command, CommandWord } from './commands';

export type Reply = MessageView | TableView;

export interface CommandContext {
  app: AppContext;
  person: Person;
  now: Date;
  messenger: Messenger;
  renderers: AgendaRenderers;
  platform: Platform;
  /** The conversation the command came from, serialised: what `kanal au` binds. */
  conversation: string;
  bindChannel(name: 'au' | 'skate'): void;
}

export interface CommandOutcome {
  replies: Reply[];
  /** Something was enqueued: wake the dispatcher now rather than at the next tick. */
  wake: boolean;
}

const OWNER_COMMANDS: readonly CommandWord[] = ['help', 'mine', 'delegate'];

export function notice(locale: Person['locale'], text: string, extra: Partial<MessageView> = {}): MessageView {
  return {
    kind: 'notice',
    locale,
    title: '',
    summary: text,
    paragraphs: [text],
    facts: [],
    items: [],
    actions: [],
    data: {},
    ...extra,
  };
}

function helpView(person: Person): MessageView {
  const t = messagesFor(person.locale).commands;
  const words = (Object.keys(t.help) as CommandWord[]).filter(
    (w) => canAdminister(person) || OWNER_COMMANDS.includes(w),
  );
  return notice(person.locale, t.helpIntro, {
    title: t.helpTitle,
    items: words.map((w) => `${t.help[w].usage} – ${t.help[w].text}`),
  });
}

/**
 * Carries out a chat command for a person and says what happened, in their
 * language. Expected failures (not allowed, bad input, wrong state) become a
 * localised answer; anything else propagates to the channel's catch-all.
 */
export async function handleCommand(command: Command, ctx: CommandContext): Promise<CommandOutcome> {
  const { locale } = ctx.person;
  try {
    return await run(command, ctx);
  } catch (error) {
    if (error instanceof DomainFailure) {
      return { replies: error.errors.map((e) => notice(locale, describeError(e, locale))), wake: false };
    }
    throw error;
  }
}

async function run(command: Command, ctx: CommandContext): Promise<CommandOutcome> {
  const { app, person, now } = ctx;
  const { locale } = person;
  const t = messagesFor(locale);
  const c = t.commands;
  const actor: Actor = { kind: 'person', person };
  const say = (text: string, wake = false): CommandOutcome => ({ replies: [notice(locale, text)], wake });
  const adminOnly = (): void => {
    if (!canAdminister(person)) throw DomainFailure.of('AUTH.NOT_SECRETARIAT');
  };
  switch (command.name) {
    case 'help':
      return { replies: [helpView(person)], wake: false };
    case 'unknown':
      return say(c.unknown(command.text));
    case 'usage':
      return say(c.usage(c.help[command.command].usage));
    case 'compile': {
      const compiled = await compileAgenda(app, ctx.renderers, { roundId: command.round ?? undefined }, actor, now);
      const replies: Reply[] = [];
      if (!compiled.isNew)
        replies.push(notice(locale, t.agendaCard.unchanged(compiled.agenda.caseNumber, compiled.agenda.revision)));
      replies.push(compiled.preview);
      return { replies, wake: false };
    }
    case 'export': {
      adminOnly();
      const latest = app.uow.read((repos) => {
        const round =
          command.round ??
          repos.rounds
            .list()
            .filter((r) => repos.compiledAgendas.latest(r.id))
            .at(-1)?.id;
        return round ? repos.compiledAgendas.latest(round) : null;
      });
      if (!latest) return say(c.notCompiled);
      const links = agendaLinks(app, latest.roundId, latest.revision, now);
      const label = { md: t.agendaCard.markdown, html: t.agendaCard.html, docx: t.agendaCard.word }[command.format];
      return {
        replies: [
          notice(locale, c.exportTitle(latest.caseNumber), {
            title: c.exportTitle(latest.caseNumber),
            links: [{ label, url: links[command.format] }],
          }),
        ],
        wake: false,
      };
    }
    case 'decision': {
      const decision = recordDecision(app, { initiativeId: command.initiativeId, text: command.text }, actor, now);
      return say(c.decisionRecorded(decision.id, decision.initiativeId));
    }
    case 'decision-correct':
      return say(
        c.decisionCorrected(
          correctDecision(app, { decisionId: command.decisionId, text: command.text }, actor, now).id,
        ),
      );
    case 'decision-list': {
      adminOnly();
      const decisions = listDecisions(app, command.initiativeId ? { initiativeId: command.initiativeId } : {});
      if (decisions.length === 0) return say(c.noDecisions);
      return {
        replies: [
          notice(locale, c.decisionsTitle, {
            title: c.decisionsTitle,
            paragraphs: [],
            items: decisions.map((d) =>
              c.decisionLine(d.id, d.initiativeId, formatDate(d.decidedOn, locale), d.text, d.state === 'open'),
            ),
          }),
        ],
        wake: false,
      };
    }
    case 'mine': {
      const mine = myReports(app, person, now);
      if (mine.length === 0) return say(c.mineNone);
      const states = { ...t.reportStates, 'not-due': c.notDue };
      return {
        replies: [
          notice(locale, c.mineTitle, {
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
          }),
        ],
        wake: false,
      };
    }
    case 'delegate': {
      const updated = delegateReporting(
        app,
        { initiativeId: command.initiativeId, to: command.to, fromDate: command.from, toDate: command.until },
        person,
        now,
      );
      const name = app.uow.read((repos) => repos.people.get(command.to)?.name ?? command.to);
      return say(c.delegated(updated.id, name, formatDate(command.from, locale), formatDate(command.until, locale)));
    }
    case 'status': {
      adminOnly();
      const status = roundStatus(app, command.round ?? undefined, now);
      if (!status) return say(t.cli.noActiveRound);
      const col = t.cli.columns;
      const table: TableView = {
        kind: 'table',
        locale,
        title: t.cli.roundSummary({
          round: status.round.id,
          state: t.roundStates[status.round.state],
          deadline: formatInstant(status.round.deadline, locale),
          lockAt: formatInstant(status.round.lockAt, locale),
        }),
        lines: [t.cli.roundCounts(status.counts)],
        columns: [col.id, col.title, col.reporters, col.status],
        rows: status.due.map((d) => [
          d.initiative.id,
          d.initiative.title,
          d.reporters.join(', '),
          t.reportStates[d.state],
        ]),
      };
      return { replies: [table], wake: false };
    }
    case 'round-open': {
      adminOnly();
      const opened = openRound(app, { quarter: command.round }, actor, now);
      const check = await preflight(app, ctx.messenger, opened.round.id, actor, now);
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
            items: check.unreachable.map((u) => `${u.name} (${u.email}): ${t.cycle.preflight.reasons[u.reason]}`),
            paragraphs: [text, t.cli.preflightResult(check.total, check.unreachable.length)],
          }),
        ],
        wake: true,
      };
    }
    case 'round-deadline': {
      const moved = adjustDeadline(app, { roundId: command.round, deadline: command.deadline }, actor, now);
      return say(c.roundDeadlineMoved(moved.id, formatInstantLong(moved.deadline, locale)), true);
    }
    case 'round-review':
    case 'round-close': {
      const to = command.name === 'round-review' ? 'in-review' : 'closed';
      const moved = moveRound(app, command.round, to, actor, now);
      return say(t.cli.roundMoved(moved.id, t.roundStates[moved.state]), true);
    }
    case 'remind':
      return say(c.reminded(remindNow(app, { initiativeId: command.initiativeId }, actor, now)), true);
    case 'recommendation': {
      const round = activeRound(app);
      editRecommendation(app, { roundId: round, initiativeId: command.initiativeId, text: command.text }, actor, now);
      return say(c.recommendationSaved(command.initiativeId), true);
    }
    case 'vote-close': {
      const round = activeRound(app);
      const closed = closeVote(app, { roundId: round, initiativeId: command.initiativeId }, actor, now);
      return say(c.voteClosed(closed.length), true);
    }
    case 'initiatives': {
      adminOnly();
      const col = t.cli.columns;
      const initiatives = app.uow.read((repos) => repos.initiatives.list());
      const table: TableView = {
        kind: 'table',
        locale,
        title: c.help.initiatives.text,
        lines: [],
        columns: [col.id, col.title, col.owner, col.acceptance, col.phase],
        rows: initiatives.map((i) => [
          i.id,
          i.title,
          i.ownerOrganisationId,
          t.acceptance[i.acceptance],
          t.phases[i.phase],
        ]),
      };
      return { replies: [table], wake: false };
    }
    case 'bind-channel':
      adminOnly();
      ctx.bindChannel(command.channel);
      return say(c.channelBound(c.channelNames[command.channel]));
    case 'preflight': {
      adminOnly();
      const round = activeRound(app);
      const check = await preflight(app, ctx.messenger, round, actor, now);
      return {
        replies: [
          notice(locale, t.cli.preflightResult(check.total, check.unreachable.length), {
            items: check.unreachable.map((u) => `${u.name} (${u.email}): ${t.cycle.preflight.reasons[u.reason]}`),
          }),
        ],
        wake: true,
      };
    }
  }
}

function activeRound(app: AppContext): string {
  const round = app.uow.read((repos) => repos.rounds.listActive().at(-1)?.id);
  if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: '' });
  return round;
}
