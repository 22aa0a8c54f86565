/**
 * docs/security.md prints the authorisation matrix generated from the table in the domain, and
 * the limits the code enforces: if either changes, the document must change with it. Run with
 * UPDATE_SECURITY_DOC=1 to rewrite the matrix between its markers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FORECAST_YEARS, MAX_COST_NOK } from '../../../src/app/actions/action-input';
import { TEXT_LIMITS } from '../../../src/domain/report-validation';
import { FIELD_LIMITS } from '../../../src/domain/text';
import { VOTE_COMMENT_LIMIT } from '../../../src/domain/vote-tally';
import { matrixMarkdown } from '../../helpers/matrix-doc';

const DOC = path.join(__dirname, '../../../docs/security.md');
const BEGIN = '<!-- matrix:begin (generated: test/helpers/matrix-doc.ts) -->';
const END = '<!-- matrix:end -->';

it('prints the authorisation matrix generated from the domain table', () => {
  const doc = fs.readFileSync(DOC, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const generated = `${BEGIN}\n${matrixMarkdown()}\n${END}`;
  if (process.env.UPDATE_SECURITY_DOC === '1') {
    fs.writeFileSync(DOC, doc.slice(0, start) + generated + doc.slice(end + END.length));
    return;
  }
  // Compared cell by cell: the Markdown formatter may pad a table's columns to line them up.
  const cells = (table: string) =>
    table
      .split('\n')
      .map((line) =>
        line
          .split('|')
          .map((cell) => cell.trim().replace(/^-{3,}$/, '---'))
          .join('|'),
      )
      .join('\n');
  expect(cells(doc.slice(start, end + END.length))).toBe(cells(generated));
});

it('states every limit the code enforces', () => {
  const doc = fs.readFileSync(DOC, 'utf8').replace(/[\u00a0 ]/g, '');
  const limits = [
    ...Object.values(FIELD_LIMITS),
    ...Object.values(TEXT_LIMITS),
    VOTE_COMMENT_LIMIT,
    FORECAST_YEARS.min,
    FORECAST_YEARS.max,
  ];
  for (const limit of limits) expect(doc).toContain(String(limit).replace(/\B(?=(\d{3})+(?!\d))/g, ''));
  expect(MAX_COST_NOK).toBe(1e12);
  expect(doc).toContain('1e12');
});
