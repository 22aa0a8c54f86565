/**
 * Array helpers for steps that read the store: each item is handled after the
 * one before, on the caller's transaction, so the order of statements (and of
 * what they return) is the order of the list, as it was when the ports were
 * synchronous. `Array.prototype.map` with an async callback would start them
 * all at once, and `filter`/`find` would treat every pending answer as true.
 */

export async function mapInOrder<T, U>(items: Iterable<T>, fn: (item: T) => Promise<U>): Promise<U[]> {
  const out: U[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}

export async function flatMapInOrder<T, U>(items: Iterable<T>, fn: (item: T) => Promise<readonly U[]>): Promise<U[]> {
  const out: U[] = [];
  for (const item of items) out.push(...(await fn(item)));
  return out;
}

export async function filterInOrder<T>(items: Iterable<T>, keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const out: T[] = [];
  for (const item of items) if (await keep(item)) out.push(item);
  return out;
}

export async function findInOrder<T>(items: Iterable<T>, match: (item: T) => Promise<boolean>): Promise<T | undefined> {
  for (const item of items) if (await match(item)) return item;
  return undefined;
}

/** The items that are not null, in order (after {@link mapInOrder} of a lookup). */
export function present<T>(items: readonly (T | null | undefined)[]): T[] {
  return items.filter((item): item is T => item !== null && item !== undefined);
}
