/**
 * The problems of a rejected file grouped for reading: the same problem in the
 * same column (say, one unknown contact person on forty rows) is one line of
 * the answer listing the lines it occurs on, not forty lines to scroll through.
 */
import type { ImportIssue, ImportIssueCode } from './types';

/** One problem, in one column, with one set of parameters, and every line of the file it occurs on. */
export interface IssueGroup {
  code: ImportIssueCode;
  column: string | null;
  params: ImportIssue['params'];
  /** Ascending. */
  lines: number[];
}

function keyOf(issue: ImportIssue): string {
  const params = Object.entries(issue.params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([issue.code, issue.column, params]);
}

/** Groups `issues` (see the module comment), ordered by the first line each group occurs on. */
export function groupIssues(issues: readonly ImportIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of [...issues].sort((a, b) => a.line - b.line)) {
    const key = keyOf(issue);
    const group = groups.get(key);
    if (group) {
      if (group.lines.at(-1) !== issue.line) group.lines.push(issue.line);
    } else {
      groups.set(key, { code: issue.code, column: issue.column, params: issue.params, lines: [issue.line] });
    }
  }
  return [...groups.values()];
}
