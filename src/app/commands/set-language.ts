import type { Locale, Person } from '../../domain/model';
import type { AppContext } from '../app-context';

/**
 * `språk nn`: stores the language the bot writes to this person in. It is the person's own
 * choice and nothing else changes it: a Slack or Teams client locale says which language the
 * app's menus are in, not which one a Norwegian wants to read the follow-up in.
 */
export function setLanguage(app: AppContext, person: Person, locale: Locale, now: Date): Person {
  return app.uow.write({ actor: person.email, now }, (repos) => {
    const current = repos.people.get(person.email) ?? person;
    repos.people.save({ ...current, locale });
    return { ...current, locale };
  });
}
