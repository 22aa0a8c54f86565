/**
 * The registry import takes no text its documents cannot hold and no text beyond its field's
 * limit: characters XML forbids are dropped from every cell, and a 1 MB title is refused (the
 * issue repeats a few words of it, not the megabyte).
 */
import { type ImportResult, type KnownReferences, parseImport } from '../../../src/app/import';
import { FIELD_LIMITS } from '../../../src/domain/text';

const known: KnownReferences = { organisationIds: new Set(['nav']), emails: new Set(['ase.odegard@nav.example.no']) };
const HEADER =
  'id;tittel;beskrivelse;tiltakseier;kontaktpersoner;innsatsområde;livshendelser;bærekraftsmål;avtalt resultat;avtalt ferdigdato;avtalt kostnad;toleranse dager;toleranse prosent;fase;spor;aksept';
const row = (title: string, description = '') =>
  `T-2026-01;${title};${description};nav;ase.odegard@nav.example.no;sammenhengende-tjenester;;;Resultat;31.12.2026;1000;;;gjennomføring;skate;akseptert`;

function initiatives(result: ImportResult) {
  if (!result.ok || result.kind !== 'initiatives') throw new Error(JSON.stringify(result).slice(0, 400));
  return result.initiatives;
}

describe('the CSV import of the registry', () => {
  it('refuses a 1 MB title, naming the limit and repeating only the start of it', () => {
    const result = parseImport('initiatives', `${HEADER}\n${row('x'.repeat(1024 * 1024))}`, known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        line: 2,
        column: 'tittel',
        code: 'too-long',
        params: { value: `${'x'.repeat(FIELD_LIMITS.shownValue)}…`, max: FIELD_LIMITS.initiativeTitle },
      },
    ]);
  });

  it('refuses a description over its limit and takes one at the limit', () => {
    const over = parseImport('initiatives', `${HEADER}\n${row('Tittel', 'y'.repeat(4001))}`, known);
    expect(over.ok).toBe(false);
    const at = parseImport('initiatives', `${HEADER}\n${row('Tittel', 'y'.repeat(4000))}`, known);
    expect(initiatives(at)[0]?.description).toHaveLength(4000);
  });

  it('drops control characters, U+FFFF and lone surrogates from every cell', () => {
    const result = parseImport(
      'initiatives',
      `${HEADER}\n${row('Ny\u0001 i\u001F Norge\uFFFF\uD800', 'Én\u0000 inngang')}`,
      known,
    );
    const [initiative] = initiatives(result);
    expect(initiative?.title).toBe('Ny i Norge');
    expect(initiative?.description).toBe('Én inngang');
  });
});
