/**
 * Initiative ids are `T-YYYY-N`: the year the initiative was registered and a
 * running number of any length from 1 to 4 digits (`T-2026-1` … `T-2026-999`).
 * The canonical form writes the number without extra leading zeros but with at
 * least two digits (`T-2026-01`, `T-2026-999`), so `T-2026-1`, `T-2026-01` and
 * `T-2026-001` are one initiative, not three.
 */
const ID_PATTERN = /^T-(\d{4})-(\d{1,4})$/;
const INPUT_PATTERN = /^t-(\d{4})-(\d{1,4})$/i;
/** The shortest running number written: two digits, as the registry has always written them. */
const MIN_DIGITS = 2;

function canonical(year: string, running: string): string {
  return `T-${year}-${String(Number(running)).padStart(MIN_DIGITS, '0')}`;
}

/** Whether `id` is a well-formed initiative id in canonical form. */
export function isInitiativeId(id: string): boolean {
  const m = ID_PATTERN.exec(id);
  return m?.[1] !== undefined && m[2] !== undefined && canonical(m[1], m[2]) === id;
}

/** Normalises user input (`t-2026-3`, ` T-2026-03 `, `T-2026-003`) to the canonical id (`T-2026-03`), or null. */
export function normaliseInitiativeId(input: string): string | null {
  const m = INPUT_PATTERN.exec(input.trim());
  if (!m?.[1] || !m[2]) return null;
  return canonical(m[1], m[2]);
}

/** The parts of an id, or null when it has none: for sorting, where a malformed id must not throw. */
function parts(id: string): [number, number] | null {
  const m = INPUT_PATTERN.exec(id);
  return m?.[1] && m[2] ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * Orders initiative ids by year, then running number as a number, so
 * `T-2026-2` comes before `T-2026-10` and `T-2026-999` before `T-2026-1000`.
 * Malformed ids sort after well-formed ones, by text.
 */
export function compareInitiativeIds(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  if (pa && pb) return pa[0] - pb[0] || pa[1] - pb[1] || (a < b ? -1 : a > b ? 1 : 0);
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `items` sorted by their initiative id (see {@link compareInitiativeIds}); a new array. */
export function sortByInitiativeId<T>(items: readonly T[], idOf: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareInitiativeIds(idOf(x), idOf(y)));
}

/** The next free id in `year`, given the ids that exist. */
export function nextInitiativeId(year: number, existing: readonly string[]): string {
  let max = 0;
  for (const id of existing) {
    const p = parts(id);
    if (p && p[0] === year) max = Math.max(max, p[1]);
  }
  return canonical(String(year), String(max + 1));
}
