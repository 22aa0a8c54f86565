import type { AppContext } from '../app-context';

/** A registered person's name for an answer; the address itself when nobody has it. */
export function nameOf(app: AppContext, email: string): string {
  const address = email.trim().toLowerCase();
  return app.uow.read((repos) => repos.people.get(address)?.name ?? address);
}
