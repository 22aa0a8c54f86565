import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { AppContext } from '../../app/app-context';
import type { Person } from '../../domain/model';

/** The Teams user id we key identities and conversations by: the AAD object id, else the channel id. */
export function teamsUserId(context: TurnContext): string {
  return context.activity.from.aadObjectId ?? context.activity.from.id;
}

/**
 * The registered person behind a Teams activity, linked by email at first
 * contact: the AAD object id if already linked, otherwise the member's email
 * or UPN from TeamsInfo, matched against the registry. Null for strangers.
 */
export async function identify(context: TurnContext, app: AppContext, now: Date): Promise<Person | null> {
  const userId = teamsUserId(context);
  const known = app.uow.read((repos) => repos.people.findByIdentity('msteams', userId));
  if (known) return known;
  let email: string | undefined;
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    email = member.email ?? member.userPrincipalName;
  } catch {
    // Not every conversation can list members (e.g. some group chats); fall back to the activity.
  }
  email ??= context.activity.from.name?.includes('@') ? context.activity.from.name : undefined;
  if (!email) return null;
  const address = email.toLowerCase();
  return app.uow.write({ actor: `msteams:${userId}`, now }, (repos) => {
    const person = repos.people.get(address);
    if (!person) return null;
    repos.people.linkIdentity(person.email, { platform: 'msteams', userId });
    return repos.people.get(person.email);
  });
}
