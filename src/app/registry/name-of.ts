import type { AppContext } from '../app-context';

/** A registered person's name for an answer; the address itself when nobody has it. */
export async function nameOf(app: AppContext, email: string): Promise<string> {
  const address = email.trim().toLowerCase();
  return await app.uow.read(async (repos) => (await repos.people.get(address))?.name ?? address);
}
