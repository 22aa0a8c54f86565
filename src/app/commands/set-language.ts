import type { Locale, Person } from '../../domain/model';
import type { AppContext } from '../app-context';

/**
 * `språk nn`: stores the language the bot writes to this person in. It is the person's own
 * choice and nothing else changes it: a Slack or Teams client locale says which language the
 * app's menus are in, not which one a Norwegian wants to read the follow-up in.
 */
export async function setLanguage(app: AppContext, person: Person, locale: Locale, now: Date): Promise<Person> {
  return await app.uow.write({ actor: person.email, now }, async (repos) => {
    const current = (await repos.people.get(person.email)) ?? person;
    await repos.people.save({ ...current, locale });
    return { ...current, locale };
  });
}
