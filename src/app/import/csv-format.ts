/**
 * The documented format of the import files: columns (canonical English name and
 * Norwegian aliases) and the accepted aliases of enumerated values. This is the single
 * source for the parser, for `docs/csv-import.md` and for help texts.
 */
import type { ImportKind } from './types';

/** Separates the values of a multi-value cell, e.g. `au|skate` or `3|10|16`. */
export const MULTI_VALUE_SEPARATOR = '|';

/** The delimiters accepted between cells; the one used is detected from the header line. */
export const DELIMITERS = [';', ','] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** One column of an import file. */
export interface ColumnDef {
  /** Canonical (English, snake_case) name. */
  readonly name: string;
  /** Other accepted header names (Norwegian bokmål and nynorsk, English variants). */
  readonly aliases: readonly string[];
  /** The column must be in the header (and, unless `default` is set or `optional`, filled in). */
  readonly required: boolean;
  /** The cell may hold several values separated by {@link MULTI_VALUE_SEPARATOR}. */
  readonly multi?: boolean;
  /** The value used when the cell is empty or the column is absent. */
  readonly default?: string;
  /** What the column holds (English; docs and help). */
  readonly description: string;
  /** An example value. */
  readonly example: string;
}

/** Columns of the organisations file. */
export const ORGANISATION_COLUMNS = [
  {
    name: 'id',
    aliases: ['kode', 'code', 'organisasjon_id'],
    required: true,
    description: 'Short, stable code: letters a–z, digits, `-`, `_`, `.`',
    example: 'digdir',
  },
  { name: 'name', aliases: ['navn', 'namn'], required: true, description: 'Name', example: 'Brønnøysundregistrene' },
  {
    name: 'org_number',
    aliases: ['orgnr', 'org_nr', 'organisasjonsnummer', 'organisation_number', 'organization_number'],
    required: false,
    description: 'Norwegian organisation number, 9 digits (spaces allowed), check digit verified',
    example: '991 825 827',
  },
] as const satisfies readonly ColumnDef[];

/** Columns of the people file. */
export const PERSON_COLUMNS = [
  {
    name: 'email',
    aliases: ['e-post', 'epost', 'e-mail', 'mail'],
    required: true,
    description: 'Email address: the identity of the person (stored in lower case)',
    example: 'kari.nordmann@digdir.example.no',
  },
  { name: 'name', aliases: ['navn', 'namn'], required: true, description: 'Full name', example: 'Åse Ødegård' },
  {
    name: 'organisation',
    aliases: ['organization', 'organisasjon', 'virksomhet', 'verksemd', 'org'],
    required: false,
    description: 'Id of a registered organisation',
    example: 'digdir',
  },
  {
    name: 'roles',
    aliases: ['role', 'roller', 'rolle'],
    required: true,
    multi: true,
    description: 'One or more of secretariat, au, skate, owner, strategy-owner',
    example: 'au|skate',
  },
  {
    name: 'language',
    aliases: ['språk', 'sprak', 'målform', 'malform', 'locale'],
    required: false,
    default: 'nb',
    description: 'nb (bokmål), nn (nynorsk) or en (English)',
    example: 'nn',
  },
] as const satisfies readonly ColumnDef[];

/** Columns of the initiatives file. */
export const INITIATIVE_COLUMNS = [
  { name: 'id', aliases: ['tiltak_id'], required: true, description: '`T-YYYY-N`', example: 'T-2026-3' },
  { name: 'title', aliases: ['tittel'], required: true, description: 'Title', example: 'Ny i Norge' },
  {
    name: 'description',
    aliases: ['beskrivelse', 'skildring'],
    required: false,
    default: '',
    description: 'Description',
    example: 'Ett samlet løp for innvandrere',
  },
  {
    name: 'owner_organisation',
    aliases: ['owner_organization', 'owner', 'tiltakseier', 'eier', 'eigar'],
    required: true,
    description: 'Id of the registered organisation that owns the initiative',
    example: 'nav',
  },
  {
    name: 'contacts',
    aliases: ['contact', 'kontaktpersoner', 'kontaktperson', 'kontakter'],
    required: true,
    multi: true,
    description: 'Emails of registered people, the owner’s contact persons',
    example: 'ase.odegard@nav.example.no|kari.nordmann@digdir.example.no',
  },
  {
    name: 'focus_area',
    aliases: ['innsatsområde', 'innsatsomrade'],
    required: true,
    description: 'Focus area id of the strategy',
    example: 'sammenhengende-tjenester',
  },
  {
    name: 'life_events',
    aliases: ['life_event', 'livshendelser', 'livshendelse', 'livshendingar', 'livshending'],
    required: false,
    multi: true,
    description: 'Life event ids',
    example: 'ny-i-norge|flytte',
  },
  {
    name: 'sdgs',
    aliases: ['sdg', 'bærekraftsmål', 'baerekraftsmal', 'berekraftsmål', 'berekraftsmal'],
    required: false,
    multi: true,
    description: 'UN sustainable development goals, 1–17',
    example: '3|10|16',
  },
  {
    name: 'agreed_result',
    aliases: ['avtalt_resultat', 'resultat'],
    required: true,
    description: 'The agreed result',
    example: 'Digital veiviser i drift',
  },
  {
    name: 'agreed_completion_date',
    aliases: ['avtalt_ferdigdato', 'ferdigdato', 'avtalt_sluttdato', 'sluttdato'],
    required: true,
    description: 'The agreed completion date, `YYYY-MM-DD` or `DD.MM.YYYY`',
    example: '31.12.2026',
  },
  {
    name: 'agreed_cost_nok',
    aliases: ['agreed_cost', 'avtalt_kostnad', 'avtalt_kostnad_nok', 'kostnad'],
    required: true,
    description: 'The agreed cost in NOK, 0 or more; spaces between thousands and a decimal comma allowed',
    example: '12 500 000',
  },
  {
    name: 'tolerance_days',
    aliases: ['toleranse_dager', 'toleranse_dagar'],
    required: false,
    default: '30',
    description: 'Days late beyond which a schedule deviation is significant (whole number)',
    example: '30',
  },
  {
    name: 'tolerance_percent',
    aliases: ['toleranse_prosent'],
    required: false,
    default: '10',
    description: 'Per cent over budget beyond which a cost deviation is significant',
    example: '10',
  },
  {
    name: 'phase',
    aliases: ['fase'],
    required: true,
    description: 'concept, planning, execution, finished or final-treatment-done',
    example: 'gjennomføring',
  },
  {
    name: 'track',
    aliases: ['spor'],
    required: false,
    default: 'skate',
    description: 'skate (followed up by Skate and AU) or line (the agency’s own line)',
    example: 'skate',
  },
  {
    name: 'acceptance',
    aliases: ['aksept'],
    required: false,
    default: 'proposed',
    description: 'proposed, accepted or declined',
    example: 'accepted',
  },
] as const satisfies readonly ColumnDef[];

/** The columns of each kind of file. */
export const IMPORT_COLUMNS: Record<ImportKind, readonly ColumnDef[]> = {
  organisations: ORGANISATION_COLUMNS,
  people: PERSON_COLUMNS,
  initiatives: INITIATIVE_COLUMNS,
};

/** Header names compare trimmed, case-insensitively, with runs of spaces, `-` and `_` all equal. */
export function normaliseColumnName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}
