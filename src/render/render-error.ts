/**
 * A renderer's failure with where in the paper it happened: the compile use case names the
 * initiative and the part of the paper to the secretariat, so they know what to correct.
 */
export class RenderError extends Error {
  constructor(
    readonly initiativeId: string,
    readonly field: string,
    cause: unknown,
  ) {
    super(`rendering ${initiativeId} (${field}) failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'RenderError';
  }
}

/** Runs one initiative's part of the paper; a failure in it is rethrown saying which and where. */
export function locating<T>(initiativeId: string, field: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RenderError) throw error;
    throw new RenderError(initiativeId, field, error);
  }
}
