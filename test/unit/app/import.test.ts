import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeImportFile,
  groupIssues,
  IMPORT_COLUMNS,
  IMPORT_KINDS,
  type ImportIssue,
  type ImportResult,
  type KnownReferences,
  normaliseColumnName,
  parseDate,
  parseImport,
  parseNumber,
  parseOrgNumber,
} from '../../../src/app/import';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/import', name), 'utf8');

const ORGANISATION_IDS = ['digdir', 'nav', 'brreg', 'skatteetaten', 'kartverket', 'ks'];
const EMAILS = [
  'kari.nordmann@digdir.example.no',
  'ase.odegard@nav.example.no',
  'bjorn.saether@brreg.example.no',
  'siri.lovaas@skatteetaten.example.no',
  'per.hansen@kartverket.example.no',
  'stian.strom@digdir.example.no',
  'tone.berg@ks.example.no',
];
const known: KnownReferences = { organisationIds: new Set(ORGANISATION_IDS), emails: new Set(EMAILS) };
const nothingKnown: KnownReferences = { organisationIds: new Set(), emails: new Set() };

function failure(result: ImportResult): ImportIssue[] {
  if (result.ok) throw new Error(`expected issues, got ${JSON.stringify(result)}`);
  return result.issues;
}

/** The issues of a failed result, as `[line, column, code]`, for compact assertions. */
const issuesOf = (result: ImportResult) => failure(result).map((i) => [i.line, i.column, i.code]);

function success<R extends ImportResult>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result as Extract<R, { ok: true }>;
}

describe('parseImport: organisations', () => {
  it('reads the fixture (BOM, `;`, Norwegian headers, æøå, org numbers with spaces)', () => {
    const result = success(parseImport('organisations', fixture('organisations.csv'), nothingKnown));
    expect(result.kind).toBe('organisations');
    expect(result.organisations).toHaveLength(6);
    expect(result.organisations[0]).toEqual({
      id: 'digdir',
      name: 'Digitaliseringsdirektoratet',
      orgNumber: '991825827',
    });
    expect(result.organisations[2]).toEqual({ id: 'brreg', name: 'Brønnøysundregistrene', orgNumber: '974760673' });
    expect(result.organisations[5]).toEqual({ id: 'ks', name: 'KS – Kommunesektorens organisasjon', orgNumber: null });
  });

  it('reads `,`-separated CRLF files with quoted cells and English headers in any case', () => {
    const text = ' ID , Name ,ORG_NUMBER\r\n  digdir , "Digitaliseringsdirektoratet, Leikanger" ,991825827\r\n\r\n';
    const result = success(parseImport('organisations', text, nothingKnown));
    expect(result.organisations).toEqual([
      { id: 'digdir', name: 'Digitaliseringsdirektoratet, Leikanger', orgNumber: '991825827' },
    ]);
  });

  it('reports bad ids, bad org numbers (format and check digit), empty names and duplicate ids', () => {
    const text = 'id;name;org_number\nnav;NAV;889640782\nnav x;Feil;\nbrreg;;974760674\nnav;NAV igjen;12345\n';
    const result = parseImport('organisations', text, nothingKnown);
    expect(issuesOf(result)).toEqual([
      [3, 'id', 'invalid-id'],
      [4, 'name', 'required'],
      [4, 'org_number', 'invalid-id'],
      [5, 'id', 'duplicate'],
      [5, 'org_number', 'invalid-id'],
    ]);
    expect(failure(result)[3]?.params).toEqual({ value: 'nav', firstLine: 2 });
  });
});

describe('parseImport: people', () => {
  it('reads the fixture (`,`, CRLF, quoted comma, mixed-case emails, Norwegian values, default language)', () => {
    const result = success(parseImport('people', fixture('people.csv'), known));
    expect(result.people.map((p) => p.email)).toEqual(EMAILS);
    expect(result.people[1]).toEqual({
      email: 'ase.odegard@nav.example.no',
      name: 'Åse Ødegård',
      locale: 'nn',
      roles: ['au', 'owner'],
      organisationId: 'nav',
      identities: [],
    });
    expect(result.people[2]?.locale).toBe('nb');
    expect(result.people[3]).toMatchObject({ name: 'Løvås, Siri', locale: 'en', roles: ['skate', 'au'] });
    expect(result.people[4]?.locale).toBe('nb');
    expect(result.people[6]).toMatchObject({ roles: ['owner'], locale: 'nn' });
  });

  it('accepts Norwegian column names (e-post, navn, roller, språk) and an absent organisation column', () => {
    const text = '\uFEFFE-post; Navn ;Roller;Språk\nAerlig.Oye@Digdir.Example.NO;Ærlig Øye;au | skate | au;nynorsk\n';
    const result = success(parseImport('people', text, nothingKnown));
    expect(result.people).toEqual([
      {
        email: 'aerlig.oye@digdir.example.no',
        name: 'Ærlig Øye',
        locale: 'nn',
        roles: ['au', 'skate'],
        organisationId: null,
        identities: [],
      },
    ]);
  });

  it('reports every bad cell of every row', () => {
    const text = [
      'epost;navn;organisasjon;roller;språk',
      'ikke-en-epost;Ola;nav;au;nb',
      'kari@nav.example.no;;finnes-ikke;sjef|au;tysk',
      'KARI@nav.example.no;Kari;nav;;nb',
    ].join('\n');
    const result = parseImport('people', text, known);
    expect(issuesOf(result)).toEqual([
      [2, 'epost', 'invalid-email'],
      [3, 'navn', 'required'],
      [3, 'organisasjon', 'unknown-organisation'],
      [3, 'roller', 'invalid-value'],
      [3, 'språk', 'invalid-value'],
      [4, 'epost', 'duplicate'],
      [4, 'roller', 'required'],
    ]);
    expect(failure(result)[3]?.params).toEqual({
      value: 'sjef',
      allowed: 'secretariat, au, skate, owner, strategy-owner',
    });
  });

  it('reports a missing required column once, at the header, and not on every row', () => {
    const result = parseImport('people', 'email;name\na@nav.example.no;A\nb@nav.example.no;B\n', known);
    expect(failure(result)).toEqual([
      { line: 1, column: 'roles', code: 'missing-column', params: { column: 'roles' } },
    ]);
  });

  it('reports the same column given twice (alias and name)', () => {
    const result = parseImport('people', 'email;navn;name;roles\na@nav.example.no;A;A;au\n', known);
    expect(issuesOf(result)).toEqual([[1, 'name', 'duplicate']]);
  });
});

describe('parseImport: initiatives', () => {
  it('reads the fixture (BOM, Norwegian headers and values, Norwegian numbers and dates, multi-line cell)', () => {
    const result = success(parseImport('initiatives', fixture('initiatives.csv'), known));
    expect(result.initiatives).toHaveLength(4);
    expect(result.initiatives[0]).toEqual({
      id: 'T-2026-01',
      title: 'Ny i Norge – sammenhengende tjeneste',
      description: 'Én digital inngang for innvandrere; UDI, Skatteetaten og NAV samarbeider',
      ownerOrganisationId: 'nav',
      contacts: ['ase.odegard@nav.example.no'],
      delegations: [],
      acceptance: 'accepted',
      focusArea: 'sammenhengende-tjenester',
      lifeEvents: ['ny-i-norge'],
      sdgs: [10, 16],
      agreedResult: 'Veiviser i produksjon for alle nye innbyggere',
      agreedCompletionDate: '2026-12-31',
      agreedCostNok: 12_500_000,
      toleranceDays: 30,
      tolerancePercent: 10,
      phase: 'execution',
      track: 'skate',
    });
    expect(result.initiatives[1]).toMatchObject({
      description: '',
      contacts: ['bjorn.saether@brreg.example.no', 'siri.lovaas@skatteetaten.example.no'],
      lifeEvents: ['starte-og-drive-bedrift', 'konkurs'],
      agreedCompletionDate: '2027-06-30',
      agreedCostNok: 4_500_000.5,
      toleranceDays: 45,
      tolerancePercent: 15,
      phase: 'planning',
      track: 'skate',
      acceptance: 'proposed',
    });
    expect(result.initiatives[2]).toMatchObject({
      description: 'Åpne data om eiendom,\nfor kommuner og private',
      agreedCompletionDate: '2027-03-01',
      agreedCostNok: 2_000_000,
      phase: 'concept',
      track: 'line',
    });
    expect(result.initiatives[3]).toMatchObject({ focusArea: 'digital-kompetanse', phase: 'finished', sdgs: [4] });
  });

  it('reads the same file with `,` as delimiter', () => {
    const text = [
      'id,title,owner_organisation,contacts,focus_area,agreed_result,agreed_completion_date,agreed_cost_nok,phase',
      'T-2026-05,Flytting,skatteetaten,siri.lovaas@skatteetaten.example.no,samordning,Én flyttemelding,2026-09-30,"12 500 000,50",execution',
    ].join('\n');
    const result = success(parseImport('initiatives', text, known));
    expect(result.initiatives[0]).toMatchObject({ agreedCostNok: 12_500_000.5, lifeEvents: [], sdgs: [] });
  });

  it('reports every bad row and cell of the bad fixture, sorted by line', () => {
    const result = parseImport('initiatives', fixture('initiatives-bad.csv'), known);
    expect(issuesOf(result)).toEqual([
      [1, 'kommentar', 'unknown-column'],
      [3, 'contacts', 'invalid-email'],
      [4, 'owner_organisation', 'unknown-organisation'],
      [4, 'contacts', 'unknown-person'],
      [5, 'agreed_completion_date', 'invalid-date'],
      [5, 'agreed_cost_nok', 'invalid-number'],
      [6, 'focus_area', 'unknown-focus-area'],
      [6, 'life_events', 'unknown-life-event'],
      [6, 'sdgs', 'invalid-sdg'],
      [6, 'sdgs', 'invalid-sdg'],
      [7, 'id', 'duplicate'],
      [8, 'id', 'invalid-id'],
      [8, 'agreed_result', 'required'],
      [8, 'phase', 'invalid-value'],
      [8, 'track', 'invalid-value'],
      [9, 'agreed_cost_nok', 'invalid-number'],
    ]);
    const params = failure(result).map((i) => i.params);
    expect(params[0]).toMatchObject({ column: 'kommentar' });
    expect(params[2]).toEqual({ value: 'finanstilsynet' });
    expect(params[3]).toEqual({ value: 'ukjent@digdir.example.no' });
    expect(params[5]).toEqual({ value: '-500 000', min: 0 });
    expect(params[8]).toEqual({ value: '0' });
    expect(params[9]).toEqual({ value: '18' });
    expect(params[10]).toEqual({ value: 'T-2026-10', firstLine: 2 });
    expect(params[11]).toEqual({ value: 'T-26-1', format: 'T-YYYY-N' });
    expect(params[13]).toEqual({
      value: 'pause',
      allowed: 'concept, planning, execution, finished, final-treatment-done',
    });
  });

  it('reports missing columns once and validates what is there', () => {
    const text =
      'id;title;owner_organisation;contacts;focus_area;agreed_result;agreed_completion_date\nT-2026-01;X;nav;ase.odegard@nav.example.no;samordning;R;2026-13-01\n';
    expect(issuesOf(parseImport('initiatives', text, known))).toEqual([
      [1, 'agreed_cost_nok', 'missing-column'],
      [1, 'phase', 'missing-column'],
      [2, 'agreed_completion_date', 'invalid-date'],
    ]);
  });
});

describe('parseImport: broken files', () => {
  it('reports an unclosed quote as malformed CSV at the line of the record it opens', () => {
    const text = 'id;name\nnav;NAV\nbrreg;"Brønnøysund\nks;KS\n';
    const result = parseImport('organisations', text, nothingKnown);
    expect(failure(result)).toEqual([
      { line: 3, column: null, code: 'malformed-csv', params: { reason: 'CSV_QUOTE_NOT_CLOSED' } },
    ]);
  });

  it('reports a row with more cells than columns and keeps validating the others', () => {
    const text = 'id,name\nnav,NAV\nbrreg,Brønnøysund, Norge\nks,\n';
    expect(issuesOf(parseImport('organisations', text, nothingKnown))).toEqual([
      [3, null, 'malformed-csv'],
      [4, 'name', 'required'],
    ]);
  });

  it('reports an empty file, or one of only a BOM and blank lines, as empty', () => {
    for (const text of ['', '\uFEFF\r\n  \r\n']) {
      expect(failure(parseImport('people', text, known))).toEqual([
        { line: 1, column: null, code: 'empty-file', params: {} },
      ]);
    }
  });

  it('reports a header with no rows as empty, along with header problems', () => {
    expect(issuesOf(parseImport('organisations', 'id;name;fax\n', nothingKnown))).toEqual([
      [1, 'fax', 'unknown-column'],
      [1, null, 'empty-file'],
    ]);
  });
});

describe('parseImport: initiative ids as agencies number them', () => {
  const header =
    'id;title;owner_organisation;contacts;focus_area;agreed_result;agreed_completion_date;agreed_cost_nok;phase';
  const row = (id: string) =>
    `${id};Tiltak ${id};nav;ase.odegard@nav.example.no;samordning;Resultat;31.12.2026;100;planning`;

  it('reads T-2026-1 to T-2026-999 and stores the canonical id', () => {
    const text = [header, ...['T-2026-1', 't-2026-999', 'T-2026-10', 'T-2026-2'].map(row)].join('\n');
    const ids = success(parseImport('initiatives', text, known)).initiatives.map((i) => i.id);
    expect(ids).toEqual(['T-2026-01', 'T-2026-999', 'T-2026-10', 'T-2026-02']);
  });

  it('sees T-2026-1 and T-2026-01 as the same initiative', () => {
    const text = [header, row('T-2026-1'), row('T-2026-01')].join('\n');
    expect(issuesOf(parseImport('initiatives', text, known))).toEqual([[3, 'id', 'duplicate']]);
  });

  it('still rejects ids that are not T-YYYY-N', () => {
    const text = [header, row('T-2026-12345'), row('T-26-1'), row('2026-1')].join('\n');
    expect(issuesOf(parseImport('initiatives', text, known))).toEqual([
      [2, 'id', 'invalid-id'],
      [3, 'id', 'invalid-id'],
      [4, 'id', 'invalid-id'],
    ]);
  });
});

describe('decodeImportFile: the encoding of the file', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  /** Windows-1252 bytes of `text` (its characters are all in Latin-1 here, where the two agree). */
  const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeImportFile(utf8('id;navn\nbrreg;Brønnøysund\n'))).toEqual({
      ok: true,
      text: 'id;navn\nbrreg;Brønnøysund\n',
      encoding: 'utf-8',
    });
    expect(decodeImportFile(utf8('\uFEFFid;navn\n'))).toMatchObject({ ok: true, text: 'id;navn\n', encoding: 'utf-8' });
  });

  it('reads a Latin-1 (Windows-1252) file from Norwegian Excel as such, not as mojibake', () => {
    const bytes = latin1('id;navn\nbrreg;Brønnøysundregistrene\nks;KS # Kommunesektorens organisasjon\n');
    bytes[bytes.indexOf(0x23)] = 0x96; // «#» becomes the en dash, which Latin-1 lacks and Windows-1252 has at 0x96
    const decoded = decodeImportFile(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252' });
    if (!decoded.ok) throw new Error('refused');
    expect(decoded.text).toContain('Brønnøysundregistrene');
    expect(decoded.text).toContain('KS – Kommunesektorens');
    expect(decoded.text).not.toContain('\uFFFD');
    // And the import reads it as the right organisations.
    const organisations = success(parseImport('organisations', decoded.text, nothingKnown)).organisations;
    expect(organisations.map((o) => o.name)).toEqual(['Brønnøysundregistrene', 'KS – Kommunesektorens organisasjon']);
  });

  it('refuses, at the first bad line, a file that is not clearly Windows-1252 either', () => {
    // A mix: UTF-8 «ø» on line 2, a lone Latin-1 «ø» on line 3 (a UTF-8 file edited in a Latin-1 editor).
    const mixed = Uint8Array.from([...utf8('id;navn\nbrreg;Brønnøysund\nnav;'), 0xf8, ...utf8('\n')]);
    expect(decodeImportFile(mixed)).toEqual({
      ok: false,
      issue: { line: 3, column: null, code: 'invalid-encoding', params: {} },
    });
    // Bytes that decode to control characters in Windows-1252: not text in any encoding we guess.
    expect(decodeImportFile(Uint8Array.from([...utf8('id;navn\nx;'), 0x81, 0x8d]))).toMatchObject({
      ok: false,
      issue: { line: 2, code: 'invalid-encoding' },
    });
  });

  it('reads UTF-16 with a byte-order mark (Excel «Unicode text»)', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from('id;navn\nnav;Ås\n', 'utf16le')]);
    expect(decodeImportFile(bytes)).toEqual({ ok: true, text: 'id;navn\nnav;Ås\n', encoding: 'utf-16le' });
  });
});

describe('groupIssues: a summary people can act on', () => {
  it('makes one line of the same problem in the same column, listing its lines; different values stay apart', () => {
    const issue = (line: number, column: string, value: string): ImportIssue => ({
      line,
      column,
      code: 'unknown-person',
      params: { value },
    });
    const groups = groupIssues([
      issue(9, 'kontakter', 'a@nav.no'),
      issue(3, 'kontakter', 'a@nav.no'),
      issue(4, 'kontakter', 'b@nav.no'),
      issue(5, 'kontakter', 'a@nav.no'),
      { line: 1, column: null, code: 'empty-file', params: {} },
    ]);
    expect(groups).toEqual([
      { code: 'empty-file', column: null, params: {}, lines: [1] },
      { code: 'unknown-person', column: 'kontakter', params: { value: 'a@nav.no' }, lines: [3, 5, 9] },
      { code: 'unknown-person', column: 'kontakter', params: { value: 'b@nav.no' }, lines: [4] },
    ]);
  });
});

describe('cell formats', () => {
  it('parses amounts written the Norwegian way, and rejects ambiguous ones', () => {
    const good = ['12 500 000', '12500000', '12 500 000,50', '12\u00a0500\u00a0000', 'kr 2 000,-', '1.5', '-5'];
    expect(good.map(parseNumber)).toEqual([12_500_000, 12_500_000, 12_500_000.5, 12_500_000, 2000, 1.5, -5]);
    expect(['12.500', '1.000.000', '12,500,000', 'ti'].map(parseNumber)).toEqual([null, null, null, null]);
  });

  it('parses ISO and Norwegian dates that exist', () => {
    const good = ['2026-12-31', '31.12.2026', '1.3.2027', '29.02.2028'];
    expect(good.map(parseDate)).toEqual(['2026-12-31', '2026-12-31', '2027-03-01', '2028-02-29']);
    expect(['29.02.2027', '2026-13-01', '31/12/2026', '2026-1-5'].map(parseDate)).toEqual([null, null, null, null]);
  });

  it('checks the check digit of organisation numbers', () => {
    expect(['991 825 827', '991825828', '99182582'].map(parseOrgNumber)).toEqual(['991825827', null, null]);
  });
});

describe('csv format', () => {
  it.each(IMPORT_KINDS)('has no header name or alias shared by two %s columns', (kind) => {
    const names = IMPORT_COLUMNS[kind].flatMap((c) => [c.name, ...c.aliases].map(normaliseColumnName));
    expect(new Set(names).size).toBe(names.length);
  });

  it('is documented: every column and alias appears in docs/csv-import.md, which links the fixtures', () => {
    const docs = readFileSync(join(__dirname, '../../../docs/csv-import.md'), 'utf8');
    for (const kind of IMPORT_KINDS) {
      for (const column of IMPORT_COLUMNS[kind]) {
        for (const name of [column.name, ...column.aliases]) expect(docs).toContain(`\`${name}\``);
      }
      expect(docs).toContain(`test/fixtures/import/${kind}.csv`);
    }
  });
});
