import type { JobFacts, ReportingInitiative } from '../../domain/cycle/decide';
import type { Job } from '../../domain/delivery';
import type { Email, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import type { CycleSettings } from '../app-context';
import { initiativesInReview, initiativesToReport } from '../rounds/initiatives-to-report';

/** How many due jobs one run looks at; also how far it looks for a later reminder of the same round. */
export const JOB_BATCH = 100;

/** The initiatives reporting in a round, with the state of each one's report there. */
export function reportingIn(repos: Repositories, round: Round): ReportingInitiative[] {
  return initiativesToReport(repos.initiatives.list()).map((initiative) => ({
    initiative,
    reportState: repos.reports.get(initiative.id, round.id)?.state ?? null,
  }));
}

/** The registered people among the contacts and delegates of `reporting`. */
export function registeredAmong(repos: Repositories, reporting: readonly ReportingInitiative[]): Set<Email> {
  const emails = new Set<Email>();
  for (const { initiative } of reporting) {
    for (const e of initiative.contacts) emails.add(e);
    for (const d of initiative.delegations) emails.add(d.to);
  }
  return new Set([...emails].filter((e) => repos.people.get(e) !== null));
}

/** Gathers what {@link decideJob} needs to know about one due job, in the caller's transaction. */
export function gatherJobFacts(repos: Repositories, job: Job, settings: CycleSettings, now: Date): JobFacts {
  const round = repos.rounds.get(String(job.payload.roundId));
  const reporting = round ? reportingIn(repos, round) : [];
  const laterReminderDue =
    job.kind === 'round.reminder' &&
    repos.jobs
      .listDue(now, JOB_BATCH)
      .some((j) => j.kind === 'round.reminder' && j.payload.roundId === job.payload.roundId && j.dueAt > job.dueAt);
  return {
    job,
    round,
    laterReminderDue,
    escalateAfterOverdueReminders: settings.escalateAfterOverdueReminders,
    channelLocale: settings.defaultLocale,
    reporting,
    inFinalTreatment: initiativesInReview(repos.initiatives.list())
      .filter((i) => i.phase === 'finished')
      .map((i) => i.id),
    registered: registeredAmong(repos, reporting),
    secretariat: repos.people.withRole('secretariat').map((p) => p.email),
  };
}
