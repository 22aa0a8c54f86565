import { formatCaseNumber } from '../../domain/case-number';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { buildDemoData } from './demo-data';

/** The demo's past samlesak's number in Skate's series: Skate has had other cases that year. */
const DEMO_CASE_SEQ = 17;

export interface DemoSummary {
  organisations: number;
  people: number;
  initiatives: number;
  meetings: number;
  pastRound: string;
}

/** Whether the registry is empty: demo data is only ever loaded into an empty database. */
export async function isRegistryEmpty(app: AppContext): Promise<boolean> {
  return await app.uow.read(
    async (repos) => (await repos.organisations.list()).length === 0 && (await repos.initiatives.list()).length === 0,
  );
}

/**
 * Loads the demo data (built around `now`) in one transaction. Returns null and
 * writes nothing when the registry already has data, so it is safe at every start.
 */
export async function loadDemoData(app: AppContext, actor: Actor, now: Date): Promise<DemoSummary | null> {
  requireAdministrator(actor);
  const demo = buildDemoData(now);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    if ((await repos.organisations.list()).length > 0 || (await repos.initiatives.list()).length > 0) return null;
    for (const o of demo.organisations) await repos.organisations.save(o);
    for (const p of demo.people) await repos.people.save(p);
    for (const i of demo.initiatives) await repos.initiatives.save(i);
    for (const m of demo.meetings) await repos.meetings.save(m);
    const past = demo.pastRound;
    await repos.rounds.save(past.round);
    for (const r of past.reports) await repos.reports.save(r);
    for (const r of past.recommendations) await repos.recommendations.save(r);
    for (const v of past.votes) await repos.votes.record(v);
    for (const d of past.decisions) await repos.decisions.save(d);
    for (const d of past.pointDecisions) await repos.pointDecisions.save(d);
    if (past.finalTreatment) await repos.finalTreatments.save(past.finalTreatment);
    for (const f of past.finalFeedback) await repos.finalTreatments.addFeedback(f);
    const meeting = await repos.meetings.get(past.round.skateMeetingId);
    const year = Number((meeting?.date ?? past.round.id).slice(0, 4));
    // The number Skate's series gave the past round's samlesak, set by the secretariat as in a real year.
    await repos.agenda.save({
      roundId: past.round.id,
      year,
      seq: DEMO_CASE_SEQ,
      caseNumber: formatCaseNumber(DEMO_CASE_SEQ, year),
      confirmed: true,
    });
    return {
      organisations: demo.organisations.length,
      people: demo.people.length,
      initiatives: demo.initiatives.length,
      meetings: demo.meetings.length,
      pastRound: past.round.id,
    };
  });
}
