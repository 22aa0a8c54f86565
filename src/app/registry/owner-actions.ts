import { canReport } from '../../domain/authorisation';
import { isIsoDate, todayInOslo } from '../../domain/calendar';
import { type DomainError, DomainFailure } from '../../domain/errors';
import type { Initiative, IsoDate, Person, Round } from '../../domain/model';
import type { AppContext } from '../app-context';
import { enqueueOpeningRequests } from '../cycle/fan-out';
import { mapInOrder } from '../in-order';

/**
 * The proposed owner accepts or declines an initiative (seed 004, 2.3). On
 * acceptance during an open round, the report request goes out at once.
 */
export async function answerAcceptance(
  app: AppContext,
  input: { initiativeId: string; accept: boolean },
  person: Person,
  now: Date,
): Promise<{ ok: true; initiative: Initiative } | { ok: false; error: DomainError }> {
  return await app.uow.write({ actor: person.email, now }, async (repos) => {
    const initiative = await repos.initiatives.get(input.initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    if (!initiative.contacts.includes(person.email)) {
      return {
        ok: false as const,
        error: { code: 'AUTH.NOT_OWNER' as const, params: { initiativeId: initiative.id } },
      };
    }
    const updated: Initiative = { ...initiative, acceptance: input.accept ? 'accepted' : 'declined' };
    await repos.initiatives.save(updated);
    if (input.accept) {
      for (const round of (await repos.rounds.listActive()).filter((r: Round) => r.state === 'open')) {
        await enqueueOpeningRequests(repos, round, now);
      }
    }
    return { ok: true as const, initiative: updated };
  });
}

/** A contact hands reporting to a colleague for a period (holidays, leave); both must be registered. */
export async function delegateReporting(
  app: AppContext,
  input: { initiativeId: string; to: string; fromDate: IsoDate; toDate: IsoDate },
  person: Person,
  now: Date,
): Promise<Initiative> {
  return await app.uow.write({ actor: person.email, now }, async (repos) => {
    const initiative = await repos.initiatives.get(input.initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    if (!initiative.contacts.includes(person.email)) {
      throw DomainFailure.of('AUTH.NOT_OWNER', { initiativeId: initiative.id });
    }
    const to = input.to.trim().toLowerCase();
    if (!(await repos.people.get(to))) throw DomainFailure.of('PERSON.NOT_FOUND', { email: to });
    if (!isIsoDate(input.fromDate) || !isIsoDate(input.toDate) || input.toDate < input.fromDate) {
      throw DomainFailure.of('DELEGATION.INVALID_PERIOD');
    }
    const updated: Initiative = {
      ...initiative,
      delegations: [
        ...initiative.delegations.filter((d) => !(d.from === person.email && d.to === to)),
        { from: person.email, to, fromDate: input.fromDate, toDate: input.toDate },
      ],
    };
    await repos.initiatives.save(updated);
    return updated;
  });
}

export interface MyReport {
  initiative: Initiative;
  round: Round | null;
  state: 'missing' | 'draft' | 'submitted' | 'not-due';
  version: number;
}

/** What a person is asked to report ("mine"): their initiatives and the state of this round's report. */
export async function myReports(app: AppContext, person: Person, now: Date): Promise<MyReport[]> {
  const today = todayInOslo(now);
  return await app.uow.read(async (repos) => {
    const round = (await repos.rounds.listActive()).at(-1) ?? null;
    const mine = (await repos.initiatives.listForPerson(person.email)).filter((i) => canReport(person, i, today));
    return mapInOrder(mine, async (initiative): Promise<MyReport> => {
      const report = round ? await repos.reports.get(initiative.id, round.id) : null;
      const due = round !== null && initiative.acceptance === 'accepted' && initiative.track === 'skate';
      return {
        initiative,
        round,
        state: !due ? 'not-due' : (report?.state ?? 'missing'),
        version: report?.version ?? 0,
      };
    });
  });
}
