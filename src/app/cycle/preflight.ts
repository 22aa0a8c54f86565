import { instantToOsloDate } from '../../domain/calendar';
import { CHANNEL_NAMES } from '../../domain/delivery';
import type { Email, Quarter } from '../../domain/model';
import { preflightView, type UnreachablePerson } from '../../views/cycle-views';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { Messengers } from '../dispatch/routing';
import { filterInOrder, mapInOrder } from '../in-order';
import type { Messenger } from '../ports';
import { initiativesToReport } from '../rounds/initiatives-to-report';

export interface PreflightReport {
  round: Quarter;
  total: number;
  unreachable: UnreachablePerson[];
}

/**
 * Checks, before a round's messages go out, that every owner contact and every
 * current or coming delegate of the reporting initiatives can be reached: a
 * registered person, a linked platform identity, a stored conversation, and
 * the transport's own check, each on the platform the dispatcher would message
 * them on (the one they used last; see Messengers). Fan-outs lose most
 * messages exactly here (people who never installed the app or deleted the
 * chat), so the secretariat is told who cannot be reached in time to fix it.
 */
export async function preflight(
  app: AppContext,
  messengers: Messenger | readonly Messenger[],
  round: Quarter,
  actor: Actor,
  now: Date,
): Promise<PreflightReport> {
  requireAdministrator(actor);
  const today = instantToOsloDate(now);
  const routes = new Messengers(messengers);
  const targets = await app.uow.read(async (repos) => {
    const byEmail = new Map<Email, string[]>();
    const add = (email: Email, initiative: string) => byEmail.set(email, [...(byEmail.get(email) ?? []), initiative]);
    for (const initiative of initiativesToReport(await repos.initiatives.list())) {
      for (const contact of initiative.contacts) add(contact, initiative.id);
      for (const d of initiative.delegations) if (d.toDate >= today) add(d.to, initiative.id);
    }
    // AU votes and the secretariat runs the round: they must be reachable too.
    for (const member of [...(await repos.people.withRole('au')), ...(await repos.people.withRole('secretariat'))]) {
      if (!byEmail.has(member.email)) byEmail.set(member.email, []);
    }
    return mapInOrder(byEmail, async ([email, initiatives]) => {
      const person = await repos.people.get(email);
      return { email, initiatives, person, route: person ? await routes.forPerson(repos, person) : null };
    });
  });
  const unreachable: UnreachablePerson[] = [];
  // AU's thread and the published paper go to the bound channels.
  const unbound = await app.uow.read((repos) =>
    filterInOrder(CHANNEL_NAMES, async (c) => (await repos.directory.channel(c)) === null),
  );
  for (const channel of unbound) {
    unreachable.push({ name: channel, email: '', initiatives: [], reason: 'channel-not-bound', detail: null, channel });
  }
  for (const t of targets) {
    const entry = { name: t.person?.name ?? t.email, email: t.email, initiatives: t.initiatives };
    if (!t.person || !t.route) {
      unreachable.push({ ...entry, reason: 'unknown-person', detail: null });
      continue;
    }
    const { messenger, userId, conversation } = t.route;
    const check = await messenger.reachability(t.person, userId, conversation);
    if (!check.reachable) unreachable.push({ ...entry, reason: check.reason, detail: check.detail ?? null });
  }
  await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    // The one who asked gets the answer as their reply; a card too would say the same twice.
    const asker = actor.kind === 'person' ? actor.person.email : null;
    for (const member of (await repos.people.withRole('secretariat')).filter((m) => m.email !== asker)) {
      await repos.outbox.enqueue(
        {
          dedupeKey: `round:${round}/preflight:${today}/to:${member.email}`,
          destination: { kind: 'person', email: member.email },
          view: preflightView(round, targets.length + CHANNEL_NAMES.length, unreachable, member),
          notBefore: now.toISOString(),
        },
        now,
      );
    }
  });
  return { round, total: targets.length + CHANNEL_NAMES.length, unreachable };
}
