import type { JobFacts, ReportingInitiative } from '../../domain/cycle/decide';
import type { Job } from '../../domain/delivery';
import type { Email, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import type { CycleSettings } from '../app-context';
import { filterInOrder, mapInOrder } from '../in-order';
import { initiativesInReview, initiativesToReport } from '../rounds/initiatives-to-report';

/** How many due jobs one run looks at; also how far it looks for a later reminder of the same round. */
export const JOB_BATCH = 100;

/** The initiatives reporting in a round, with the state of each one's report there. */
export async function reportingIn(repos: Repositories, round: Round): Promise<ReportingInitiative[]> {
  return mapInOrder(initiativesToReport(await repos.initiatives.list()), async (initiative) => ({
    initiative,
    reportState: (await repos.reports.get(initiative.id, round.id))?.state ?? null,
  }));
}

/** The registered people among the contacts and delegates of `reporting`. */
export async function registeredAmong(
  repos: Repositories,
  reporting: readonly ReportingInitiative[],
): Promise<Set<Email>> {
  const emails = new Set<Email>();
  for (const { initiative } of reporting) {
    for (const e of initiative.contacts) emails.add(e);
    for (const d of initiative.delegations) emails.add(d.to);
  }
  return new Set(await filterInOrder(emails, async (e) => (await repos.people.get(e)) !== null));
}

/** Gathers what {@link decideJob} needs to know about one due job, in the caller's transaction. */
export async function gatherJobFacts(
  repos: Repositories,
  job: Job,
  settings: CycleSettings,
  now: Date,
): Promise<JobFacts> {
  const round = await repos.rounds.get(String(job.payload.roundId));
  const reporting = round ? await reportingIn(repos, round) : [];
  const laterReminderDue =
    job.kind === 'round.reminder' &&
    (await repos.jobs.listDue(now, JOB_BATCH)).some(
      (j) => j.kind === 'round.reminder' && j.payload.roundId === job.payload.roundId && j.dueAt > job.dueAt,
    );
  return {
    job,
    round,
    laterReminderDue,
    escalateAfterOverdueReminders: settings.escalateAfterOverdueReminders,
    channelLocale: settings.defaultLocale,
    reporting,
    inFinalTreatment: initiativesInReview(await repos.initiatives.list())
      .filter((i) => i.phase === 'finished')
      .map((i) => i.id),
    registered: await registeredAmong(repos, reporting),
    secretariat: (await repos.people.withRole('secretariat')).map((p) => p.email),
  };
}
