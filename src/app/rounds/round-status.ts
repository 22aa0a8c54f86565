import { reportersOf } from '../../domain/authorisation';
import { todayInOslo } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Email, Initiative, Meeting, Quarter, Round, StatusReport } from '../../domain/model';
import type { Actor, AppContext } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { mapInOrder } from '../in-order';
import { initiativesToReport } from './initiatives-to-report';

export type DueState = 'missing' | 'draft' | 'submitted';

/** Someone asked to report: their email, and the name tables show (the email when the registry has no name). */
export interface Reporter {
  email: Email;
  name: string;
}

export interface DueReport {
  initiative: Initiative;
  /** Who is asked to report today: contacts, or their delegates while a delegation lasts. */
  reporters: Reporter[];
  report: StatusReport | null;
  state: DueState;
}

export interface RoundStatus {
  round: Round;
  skateMeeting: Meeting | null;
  due: DueReport[];
  counts: Record<DueState, number>;
}

/**
 * Which reports a round expects and how far each has come. Without a quarter,
 * the active round (the latest open or in-review one); null when there is none.
 */
export async function roundStatus(
  app: AppContext,
  quarter: Quarter | undefined,
  now: Date,
  actor: Actor,
): Promise<RoundStatus | null> {
  requireAdministrator(actor);
  return await app.uow.read(async (repos) => {
    const round = quarter ? await repos.rounds.get(quarter) : ((await repos.rounds.listActive()).at(-1) ?? null);
    if (!round) {
      if (quarter) throw DomainFailure.of('ROUND.NOT_FOUND', { round: quarter });
      return null;
    }
    const today = todayInOslo(now);
    const reports = new Map((await repos.reports.listForRound(round.id)).map((r) => [r.initiativeId, r]));
    const due = await mapInOrder(
      initiativesToReport(await repos.initiatives.list()),
      async (initiative): Promise<DueReport> => {
        const report = reports.get(initiative.id) ?? null;
        return {
          initiative,
          reporters: await mapInOrder(reportersOf(initiative, today), async (email) => ({
            email,
            name: (await repos.people.get(email))?.name ?? email,
          })),
          report,
          state: report === null ? 'missing' : report.state,
        };
      },
    );
    const counts: Record<DueState, number> = { missing: 0, draft: 0, submitted: 0 };
    for (const d of due) counts[d.state] += 1;
    return { round, skateMeeting: await repos.meetings.get(round.skateMeetingId), due, counts };
  });
}
