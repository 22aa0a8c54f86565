/** Initiative ids are `T-YYYY-NN`: the year the initiative was registered and a running number. */
const ID_PATTERN = /^T-(\d{4})-(\d{2,3})$/;

/** Whether `id` is a well-formed initiative id. */
export function isInitiativeId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** Normalises user input (`t-2026-3`, ` T-2026-03 `) to the canonical id, or null. */
export function normaliseInitiativeId(input: string): string | null {
  const m = /^t-(\d{4})-(\d{1,3})$/i.exec(input.trim());
  if (!m?.[1] || !m[2]) return null;
  return `T-${m[1]}-${m[2].padStart(2, '0')}`;
}

/** The next free id in `year`, given the ids that exist. */
export function nextInitiativeId(year: number, existing: readonly string[]): string {
  let max = 0;
  for (const id of existing) {
    const m = ID_PATTERN.exec(id);
    if (m?.[1] && m[2] && Number(m[1]) === year) max = Math.max(max, Number(m[2]));
  }
  return `T-${year}-${String(max + 1).padStart(2, '0')}`;
}
