import { buildDemoData, type DemoData } from '../../../src/app/demo/demo-data';
import { isBusinessDay } from '../../../src/domain/calendar/business-days';
import { quarterOf } from '../../../src/domain/calendar/quarters';
import { instantToOsloDate } from '../../../src/domain/calendar/zone';
import type { Initiative } from '../../../src/domain/model';
import { isFocusArea, isLifeEvent, isSdg } from '../../../src/domain/reference';
import { suggestCostLight, suggestScheduleLight } from '../../../src/domain/traffic-lights';

/** Instants around the year, including ones where the UTC and Oslo dates differ. */
const NOWS = [
  '2026-05-15T10:00:00.000Z',
  '2025-12-31T23:30:00.000Z', // 2026-01-01 in Oslo: Q1, past round 2025-Q4
  '2026-09-30T22:15:00.000Z', // 2026-10-01 in Oslo
  '2027-03-28T01:30:00.000Z', // the night summer time starts
  '2030-07-01T08:00:00.000Z',
];

function byId<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/** Every string in `value` that looks like an email address. */
function emailsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.includes('@') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(emailsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(emailsIn);
  return [];
}

describe.each(NOWS)('buildDemoData(%s)', (iso) => {
  const now = new Date(iso);
  const data: DemoData = buildDemoData(now);
  const orgs = byId(data.organisations, (o) => o.id);
  const people = byId(data.people, (p) => p.email);
  const initiatives = byId(data.initiatives, (i) => i.id);
  const withRole = (role: string) => data.people.filter((p) => p.roles.some((r) => r === role));
  const { round, reports, recommendations, votes, decisions } = data.pastRound;
  const today = instantToOsloDate(now);

  it('is deterministic and builds fresh objects every time', () => {
    const again = buildDemoData(new Date(iso));
    expect(again).toEqual(data);
    again.initiatives[0]?.contacts.push('someone@example.no');
    expect(buildDemoData(new Date(iso))).toEqual(data);
  });

  it('uses only fictional @example.no addresses, in lower case', () => {
    const emails = emailsIn(data);
    expect(emails.length).toBeGreaterThan(50);
    for (const email of emails) {
      expect(email).toMatch(/^[a-z.]+@example\.no$/);
      expect(people.has(email)).toBe(true);
    }
  });

  it('has the seed organisations with unique ids', () => {
    expect([...orgs.keys()].sort()).toEqual(
      [
        'arkivverket',
        'brreg',
        'dibk',
        'digdir',
        'ehelse',
        'hdir',
        'kartverket',
        'ks',
        'lanekassen',
        'nav',
        'skatteetaten',
        'ssb',
        'udi',
      ].sort(),
    );
    for (const org of data.organisations) expect(org.orgNumber === null || /^\d{9}$/.test(org.orgNumber)).toBe(true);
  });

  it('has people with unique emails, known organisations and every role and locale', () => {
    expect(unique(data.people.map((p) => p.email))).toBe(true);
    for (const person of data.people) {
      expect(person.organisationId === null || orgs.has(person.organisationId)).toBe(true);
      expect(person.identities).toEqual([]);
    }
    const secretariat = withRole('secretariat');
    expect(secretariat).toHaveLength(2);
    expect(secretariat.every((p) => p.organisationId === 'digdir')).toBe(true);
    const au = withRole('au');
    expect(au).toHaveLength(5);
    expect(unique(au.map((p) => p.organisationId ?? ''))).toBe(true);
    const owningOrgs = new Set(data.initiatives.map((i) => i.ownerOrganisationId));
    expect(au.some((p) => p.organisationId !== null && owningOrgs.has(p.organisationId))).toBe(true);
    expect(withRole('skate')).toHaveLength(3);
    expect(withRole('strategy-owner')).toHaveLength(1);
    expect(data.people.some((p) => p.locale === 'nn')).toBe(true);
    expect(data.people.some((p) => p.locale === 'en')).toBe(true);
  });

  it('has at least 12 consistent initiatives', () => {
    expect(data.initiatives.length).toBeGreaterThanOrEqual(12);
    expect(unique(data.initiatives.map((i) => i.id))).toBe(true);
    for (const i of data.initiatives) {
      expect(i.id).toMatch(/^T-\d{4}-\d{2}$/);
      expect(orgs.has(i.ownerOrganisationId)).toBe(true);
      expect(i.contacts.length).toBeGreaterThanOrEqual(1);
      expect(i.contacts.length).toBeLessThanOrEqual(2);
      for (const email of i.contacts) {
        expect(people.get(email)?.organisationId).toBe(i.ownerOrganisationId);
        expect(people.get(email)?.roles).toContain('owner');
      }
      for (const d of i.delegations) {
        expect(people.get(d.from)?.organisationId).toBe(i.ownerOrganisationId);
        expect(people.get(d.to)?.organisationId).toBe(i.ownerOrganisationId);
        expect(d.fromDate <= d.toDate).toBe(true);
      }
      expect(isFocusArea(i.focusArea)).toBe(true);
      expect(i.lifeEvents.every(isLifeEvent)).toBe(true);
      expect(i.sdgs.length).toBeGreaterThan(0);
      expect(i.sdgs.every(isSdg)).toBe(true);
      expect(i.agreedResult.length).toBeGreaterThan(40);
      expect(i.agreedCostNok % 1_000_000).toBe(0);
      expect(i.toleranceDays).toBeGreaterThanOrEqual(30);
      expect(i.toleranceDays).toBeLessThanOrEqual(90);
      expect(i.tolerancePercent).toBeGreaterThanOrEqual(10);
      expect(i.tolerancePercent).toBeLessThanOrEqual(20);
    }
    const count = (pred: (i: Initiative) => boolean) => data.initiatives.filter(pred).length;
    expect(count((i) => i.phase === 'finished')).toBe(1);
    expect(count((i) => i.acceptance === 'proposed')).toBe(1);
    expect(count((i) => i.track === 'line')).toBe(1);
    expect(count((i) => i.acceptance === 'accepted')).toBeGreaterThanOrEqual(data.initiatives.length - 2);
    expect(count((i) => i.lifeEvents.length > 0)).toBeGreaterThanOrEqual(4);
  });

  it('has a delegation active today', () => {
    const active = data.initiatives
      .flatMap((i) => i.delegations)
      .filter((d) => d.fromDate <= today && today <= d.toDate);
    expect(active).toHaveLength(1);
  });

  it('plans Skate and AU meetings on business days for the previous, current and next three quarters', () => {
    expect(unique(data.meetings.map((m) => m.id))).toBe(true);
    const skate = data.meetings.filter((m) => m.forum === 'skate');
    const au = data.meetings.filter((m) => m.forum === 'au');
    expect(skate).toHaveLength(5);
    expect(au).toHaveLength(5);
    for (const m of data.meetings) {
      expect(m.id).toBe(`${m.forum}-${m.date}`);
      expect(isBusinessDay(m.date)).toBe(true);
      expect(new Date(`${m.date}T12:00:00Z`).getUTCDay()).not.toBe(0);
      expect(new Date(`${m.date}T12:00:00Z`).getUTCDay()).not.toBe(6);
      expect(m.place).toBeTruthy();
    }
    skate.forEach((s, n) => {
      const month = Number(s.date.slice(5, 7));
      expect(month % 3).toBe(0); // the quarter's last month
      expect(Number(s.date.slice(8, 10))).toBeGreaterThanOrEqual(5);
      expect(Number(s.date.slice(8, 10))).toBeLessThanOrEqual(14);
      const a = au[n];
      expect(a && quarterOf(a.date)).toBe(quarterOf(s.date));
      const gap = (Date.parse(s.date) - Date.parse(a?.date ?? '')) / 86_400_000;
      expect(gap).toBeGreaterThanOrEqual(5);
      expect(gap).toBeLessThanOrEqual(10);
    });
    expect(skate.map((s) => quarterOf(s.date))).toContain(quarterOf(today));
    expect(skate.map((s) => quarterOf(s.date)).indexOf(quarterOf(today))).toBe(1);
  });

  it('has a closed past round for the previous quarter, entirely before now', () => {
    const skateMeeting = data.meetings.find((m) => m.id === round.skateMeetingId);
    const auMeeting = data.meetings.find((m) => m.id === round.auMeetingId);
    expect(skateMeeting?.forum).toBe('skate');
    expect(auMeeting?.forum).toBe('au');
    expect(quarterOf(skateMeeting?.date ?? '')).toBe(round.id);
    expect(round.id).not.toBe(quarterOf(today));
    expect(round.state).toBe('closed');
    const times = [round.openedAt, round.deadline, round.lockAt, round.closedAt].map((t) => Date.parse(t ?? ''));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times)).toBeLessThan(now.getTime());
    for (const t of [round.openedAt, round.deadline, round.lockAt, round.closedAt]) expect(t).toMatch(/Z$/);
    expect(instantToOsloDate(round.lockAt) < (auMeeting?.date ?? '')).toBe(true);
  });

  it('has submitted reports for all but one accepted Skate-track initiative, with consistent lights', () => {
    const followed = data.initiatives.filter((i) => i.acceptance === 'accepted' && i.track === 'skate');
    const reported = new Set(reports.map((r) => r.initiativeId));
    expect(unique(reports.map((r) => r.initiativeId))).toBe(true);
    expect(followed.filter((i) => !reported.has(i.id))).toHaveLength(1);
    expect(reports.length).toBeGreaterThanOrEqual(10);
    for (const r of reports) {
      const i = initiatives.get(r.initiativeId);
      if (!i) throw new Error(`unknown initiative ${r.initiativeId}`);
      expect(i.acceptance === 'accepted' && i.track === 'skate').toBe(true);
      expect(r.roundId).toBe(round.id);
      expect(r.state).toBe('submitted');
      expect(i.contacts).toContain(r.updatedBy);
      expect(r.submittedAt).toBe(r.updatedAt);
      expect(Date.parse(r.submittedAt ?? '')).toBeGreaterThan(Date.parse(round.openedAt ?? ''));
      expect(Date.parse(r.submittedAt ?? '')).toBeLessThanOrEqual(Date.parse(round.deadline));
      const f = r.fields;
      expect(f.schedule).toBe(suggestScheduleLight(i.agreedCompletionDate, f.forecastCompletionDate, i.toleranceDays));
      expect(f.cost).toBe(suggestCostLight(i.agreedCostNok, f.forecastCostNok, i.tolerancePercent));
      expect(f.scheduleOverrideReason).toBeNull();
      expect(f.costOverrideReason).toBeNull();
      expect(f.forecastCompletionDate >= `${round.id.slice(0, 4)}-01-01`).toBe(true);
      expect(f.progress.length).toBeGreaterThan(20);
      const anyRed = [f.overall, f.result, f.schedule, f.cost].includes('red');
      expect(f.correctiveActions.length > 0).toBe(anyRed);
      expect(f.sdgs.every(isSdg)).toBe(true);
    }
    const overall = new Set(reports.map((r) => r.fields.overall));
    expect([...overall].sort()).toEqual(['green', 'red', 'yellow']);
  });

  it('has one draft recommendation per report: the default, or one the secretariat wrote', () => {
    const secretariat = new Set(withRole('secretariat').map((p) => p.email));
    expect(recommendations.map((r) => r.initiativeId).sort()).toEqual(reports.map((r) => r.initiativeId).sort());
    expect(recommendations.some((r) => r.author === 'system')).toBe(true);
    expect(recommendations.some((r) => secretariat.has(r.author))).toBe(true);
    for (const rec of recommendations) {
      expect(rec.roundId).toBe(round.id);
      // A default is its code, no words; what the secretariat typed is a decision point Skate can adopt.
      if (rec.author === 'system') expect([rec.text, rec.typed]).toEqual(['', false]);
      else expect(rec.text.startsWith('Skate ')).toBe(true);
      expect(rec.author === 'system' || secretariat.has(rec.author)).toBe(true);
      expect(Date.parse(rec.updatedAt)).toBeGreaterThan(Date.parse(round.deadline));
    }
  });

  it('has AU votes on reported initiatives, with recusal by owners and required comments', () => {
    const reported = new Set(reports.map((r) => r.initiativeId));
    const firstVote = Math.min(...votes.map((v) => Date.parse(v.at)));
    expect(firstVote).toBeGreaterThan(Math.max(...recommendations.map((r) => Date.parse(r.updatedAt))));
    expect(unique(votes.map((v) => `${v.initiativeId} ${v.voter}`))).toBe(true);
    for (const v of votes) {
      expect(people.get(v.voter)?.roles).toContain('au');
      expect(reported.has(v.initiativeId)).toBe(true);
      expect(v.roundId).toBe(round.id);
      if (v.choice === 'disagree') expect(v.comment.trim()).not.toBe('');
      if (v.request !== null) expect(v.requestReason.trim()).not.toBe('');
      const ownsIt = people.get(v.voter)?.organisationId === initiatives.get(v.initiativeId)?.ownerOrganisationId;
      expect(v.recused).toBe(ownsIt);
      expect(Date.parse(v.at)).toBeLessThan(now.getTime());
    }
    expect(votes.some((v) => v.recused)).toBe(true);
    expect(new Set(votes.map((v) => v.choice))).toEqual(new Set(['agree', 'disagree']));
    expect(new Set(votes.map((v) => v.request))).toEqual(new Set([null, 'oral-briefing', 'separate-item']));
  });

  it('has a few open Skate decisions from the past round to follow up, two on one initiative', () => {
    const skateMeeting = data.meetings.find((m) => m.id === round.skateMeetingId);
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    expect(decisions.length).toBeLessThanOrEqual(4);
    const perInitiative = new Map<string, number>();
    for (const d of decisions) perInitiative.set(d.initiativeId, (perInitiative.get(d.initiativeId) ?? 0) + 1);
    expect(Math.max(...perInitiative.values())).toBe(2);
    expect(unique(decisions.map((d) => d.id))).toBe(true);
    for (const d of decisions) {
      expect(initiatives.has(d.initiativeId)).toBe(true);
      expect(d.roundId).toBe(round.id);
      expect(d.state).toBe('open');
      expect(d.decidedOn).toBe(skateMeeting?.date);
      expect(d.text.startsWith('Skate')).toBe(true);
      expect(people.get(d.recordedBy)?.roles).toContain('secretariat');
    }
  });
});
