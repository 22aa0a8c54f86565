/** Parses a JSON column written by this store; a corrupt value is a bug, so it throws. */
export function parseJsonColumn<T>(text: string): T {
  return JSON.parse(text) as T;
}
