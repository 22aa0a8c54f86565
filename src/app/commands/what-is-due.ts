import { canAdminister, canVote } from '../../domain/authorisation';
import type { Person } from '../../domain/model';
import { messagesFor } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import type { MessageView } from '../../views/message-view';
import { notice } from '../../views/notice';
import type { AppContext } from '../app-context';
import { filterInOrder, flatMapInOrder } from '../in-order';
import { myReports } from '../registry/owner-actions';
import { initiativesToReport } from '../rounds/initiatives-to-report';
import { roundStatus } from '../rounds/round-status';

/** What waits for one person, section by section (the Slack App Home shows it). */
export interface WhatIsDue {
  greeting: string;
  /** Reports to write, votes to cast, and for the secretariat the round; empty when nothing waits. */
  sections: MessageView[];
  /** Said when `sections` is empty. */
  nothing: string;
}

/**
 * Everything that waits for `person` now: the reports they are asked for (with the button
 * that opens each form), the recommendations of AU's review they have not voted on, and
 * for the secretariat where the round stands. Read only.
 */
export async function whatIsDue(app: AppContext, person: Person, now: Date): Promise<WhatIsDue> {
  const { locale } = person;
  const t = messagesFor(locale);
  const sections: MessageView[] = [];
  const states = { ...t.reportStates, 'not-due': t.commands.notDue };
  const due = (await myReports(app, person, now)).filter((m) => m.round && m.state !== 'not-due');
  if (due.length > 0) {
    sections.push(
      notice(locale, t.home.reports, {
        title: t.home.reports,
        paragraphs: [],
        items: due.map((m) => t.commands.mineLine(m.initiative.id, m.initiative.title, states[m.state])),
        actions: due
          .filter((m) => m.state !== 'submitted')
          .map((m) => ({
            id: 'report.open' as const,
            label: `${t.cycle.reportRequest.open}: ${m.initiative.id}`,
            data: { roundId: m.round?.id ?? '', initiativeId: m.initiative.id },
          })),
      }),
    );
  }
  const votes = canVote(person) ? await openVotes(app, person) : [];
  if (votes.length > 0) {
    sections.push(
      notice(locale, t.home.votes, {
        title: t.home.votes,
        paragraphs: [],
        items: votes.map((v) => t.cycle.review.itemTitle(v.initiativeId, v.title)),
        actions: votes.map((v) => ({
          id: 'review.open' as const,
          label: `${t.cycle.review.vote}: ${v.initiativeId}`,
          data: { roundId: v.roundId, initiativeId: v.initiativeId },
        })),
      }),
    );
  }
  if (canAdminister(person)) {
    const status = await roundStatus(app, undefined, now, { kind: 'person', person });
    const lines = status
      ? [
          t.cli.roundSummary({
            round: status.round.id,
            state: t.roundStates[status.round.state],
            deadline: formatInstant(status.round.deadline, locale),
            lockAt: formatInstant(status.round.lockAt, locale),
          }),
          t.cli.roundCounts(status.counts),
        ]
      : [t.cli.noActiveRound];
    sections.push(notice(locale, lines[0] ?? '', { title: t.home.round, paragraphs: lines }));
  }
  return { greeting: t.home.greeting(person.name), sections, nothing: t.home.nothing };
}

/** The initiatives in AU's review whose vote is open and that this member has not voted on. */
async function openVotes(
  app: AppContext,
  person: Person,
): Promise<{ roundId: string; initiativeId: string; title: string }[]> {
  return await app.uow.read(async (repos) =>
    flatMapInOrder(
      (await repos.rounds.listActive()).filter((r) => r.state === 'in-review'),
      async (round) => {
        const voted = new Set(
          (await repos.votes.listForRound(round.id)).filter((v) => v.voter === person.email).map((v) => v.initiativeId),
        );
        const open = await filterInOrder(
          initiativesToReport(await repos.initiatives.list()),
          async (i) => !voted.has(i.id) && !(await repos.votes.isClosed(round.id, i.id)),
        );
        return open.map((i) => ({ roundId: round.id, initiativeId: i.id, title: i.title }));
      },
    ),
  );
}
