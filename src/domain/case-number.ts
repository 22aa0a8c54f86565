/**
 * Case numbers of Skate's agenda items, `NN/YYYY` (seed 000: «Sak 17/2019»),
 * allocated sequentially within a calendar year.
 */

/** The next sequence number in `year`, given the numbers already taken that year. */
export function nextCaseSequence(taken: readonly number[]): number {
  return taken.reduce((max, n) => Math.max(max, n), 0) + 1;
}

/** Formats a case number: `formatCaseNumber(3, 2026)` is `03/2026`, as the secretariat writes them. */
export function formatCaseNumber(seq: number, year: number): string {
  return `${String(seq).padStart(2, '0')}/${year}`;
}

/** Parses `NN/YYYY` (also `N/YYYY`); null when it is not a case number. */
export function parseCaseNumber(text: string): { seq: number; year: number } | null {
  const m = /^(\d{1,3})\/(\d{4})$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const seq = Number(m[1]);
  return seq > 0 ? { seq, year: Number(m[2]) } : null;
}
