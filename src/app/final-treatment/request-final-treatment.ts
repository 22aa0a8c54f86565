import { authorise } from '../../domain/authorisation';
import { addBusinessDays, todayInOslo } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { FinalTreatment, Initiative, IsoDate, Person } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { feedbackRequestView, finishedAnsweredView, finishedReportedView } from '../../views/final-treatment-views';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { initiativeGroup } from '../cycle/fan-out';

async function initiativeOrFail(repos: Repositories, id: string): Promise<Initiative> {
  const initiative = await repos.initiatives.get(id);
  if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: id });
  return initiative;
}

/** Refuses what a final treatment in `state` rules out: it is under way, or done. */
function refuseIfUnderWay(initiative: Initiative, treatment: FinalTreatment | null): void {
  if (initiative.phase === 'final-treatment-done' || treatment?.state === 'decided') {
    throw DomainFailure.of('FINAL.DONE', { initiative: initiative.id });
  }
  if (treatment?.state === 'feedback') throw DomainFailure.of('FINAL.IN_PROGRESS', { initiative: initiative.id });
}

/**
 * An owner reports their initiative finished (`ferdig T-…`): the secretariat is asked to confirm
 * it, with buttons to confirm or decline. Reporting it again while it awaits the secretariat
 * changes nothing.
 */
export async function reportFinished(
  app: AppContext,
  input: { initiativeId: string },
  person: Person,
  now: Date,
): Promise<Initiative> {
  return await app.uow.write({ actor: person.email, now }, async (repos) => {
    const initiative = await initiativeOrFail(repos, input.initiativeId);
    const refusal = authorise({ kind: 'report', initiative, today: todayInOslo(now) }, person);
    if (refusal) throw new DomainFailure([refusal]);
    const current = await repos.finalTreatments.get(initiative.id);
    refuseIfUnderWay(initiative, current);
    if (current?.state === 'requested') return initiative;
    const at = now.toISOString();
    await repos.finalTreatments.save({
      initiativeId: initiative.id,
      state: 'requested',
      requestedBy: person.email,
      requestedAt: at,
      confirmedBy: null,
      confirmedAt: null,
      feedbackDeadline: null,
      decisionId: null,
    });
    for (const member of await repos.people.withRole('secretariat')) {
      await repos.outbox.enqueue(
        {
          dedupeKey: `initiative:${initiative.id}/finished@${at}/to:${member.email}`,
          destination: { kind: 'person', email: member.email },
          view: finishedReportedView(initiative, person, member.locale),
          notBefore: at,
        },
        now,
      );
    }
    return initiative;
  });
}

/**
 * The secretariat confirms that an initiative is finished (seed 004, 6.1): it goes into final
 * treatment (phase `finished`, so no more status reports are asked and reminders not yet sent
 * are cancelled), Skate's members are asked for their agency's written feedback by `deadline`
 * (by default the configured number of business days from today), and the owner is told. An
 * initiative registered as finished without the owner's report may be confirmed as well.
 */
export async function confirmFinished(
  app: AppContext,
  input: { initiativeId: string; deadline: IsoDate | null },
  actor: Actor,
  now: Date,
): Promise<{ initiative: Initiative; deadline: IsoDate; asked: number }> {
  requireAdministrator(actor);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const initiative = await initiativeOrFail(repos, input.initiativeId);
    const current = await repos.finalTreatments.get(initiative.id);
    refuseIfUnderWay(initiative, current);
    if (current?.state !== 'requested' && initiative.phase !== 'finished') {
      throw DomainFailure.of('FINAL.NOT_REQUESTED', { initiative: initiative.id });
    }
    const at = now.toISOString();
    const deadline = input.deadline ?? addBusinessDays(todayInOslo(now), app.settings.agenda.feedbackBusinessDays);
    const finished: Initiative = { ...initiative, phase: 'finished' };
    await repos.initiatives.save(finished);
    await repos.finalTreatments.save({
      initiativeId: initiative.id,
      state: 'feedback',
      requestedBy: current?.requestedBy ?? actorName(actor),
      requestedAt: current?.requestedAt ?? at,
      confirmedBy: actorName(actor),
      confirmedAt: at,
      feedbackDeadline: deadline,
      decisionId: null,
    });
    for (const round of await repos.rounds.listActive())
      await repos.outbox.cancelGroup(initiativeGroup(round.id, initiative.id), now);
    const owner =
      (await repos.organisations.get(initiative.ownerOrganisationId))?.name ?? initiative.ownerOrganisationId;
    const members = await repos.people.withRole('skate');
    for (const member of members) {
      await repos.outbox.enqueue(
        {
          dedupeKey: `initiative:${initiative.id}/feedback-request@${at}/to:${member.email}`,
          destination: { kind: 'person', email: member.email },
          view: feedbackRequestView(finished, owner, deadline, member.locale),
          notBefore: at,
        },
        now,
      );
    }
    await tellOwners(repos, finished, deadline, `confirmed@${at}`, now);
    return { initiative: finished, deadline, asked: members.length };
  });
}

/** The secretariat declines an owner's report that the initiative is finished: it reports as before. */
export async function declineFinished(
  app: AppContext,
  input: { initiativeId: string },
  actor: Actor,
  now: Date,
): Promise<Initiative> {
  requireAdministrator(actor);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const initiative = await initiativeOrFail(repos, input.initiativeId);
    const current = await repos.finalTreatments.get(initiative.id);
    refuseIfUnderWay(initiative, current);
    if (current?.state !== 'requested') throw DomainFailure.of('FINAL.NOT_REQUESTED', { initiative: initiative.id });
    const at = now.toISOString();
    await repos.finalTreatments.save({ ...current, state: 'declined', confirmedBy: actorName(actor), confirmedAt: at });
    await tellOwners(repos, initiative, null, `declined@${at}`, now);
    return initiative;
  });
}

async function tellOwners(
  repos: Repositories,
  initiative: Initiative,
  deadline: IsoDate | null,
  what: string,
  now: Date,
) {
  for (const email of initiative.contacts) {
    const person = await repos.people.get(email);
    if (!person) continue;
    await repos.outbox.enqueue(
      {
        dedupeKey: `initiative:${initiative.id}/final:${what}/to:${email}`,
        destination: { kind: 'person', email },
        view: finishedAnsweredView(initiative, deadline, person.locale),
        notBefore: now.toISOString(),
      },
      now,
    );
  }
}
