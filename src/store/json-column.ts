/** Parses a JSON column written by this store; a corrupt value is a bug, so it throws. */
export function parseJsonColumn<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** JSON with object keys sorted, so two equal records compare equal whatever order their keys were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
