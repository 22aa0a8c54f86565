/**
 * The Word document's look: A4 page, Arial (Liberation Sans where Word is not
 * installed, same metrics), Word's own Heading 1–3 styles restyled in black,
 * the numbered list of the proposed decision, and the tints of light cells.
 */
import { AlignmentType, type ILevelsOptions, type IStylesOptions, LevelFormat, LineRuleType } from 'docx';
import type { Light, Locale } from '../../domain/model';

/** Twips per centimetre. */
export const CM = 567;
/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 } as const;
/** Page margins in twips: 2 cm at the sides, 2.5 cm top and bottom. */
export const MARGIN = { top: 1418, right: 1134, bottom: 1418, left: 1134, header: 709, footer: 709 } as const;
/** The width of the text column, in twips. */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** The width of the text column in pixels at 96 dpi (what `ImageRun` expects). */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

export const FONT = 'Arial';
/** Sizes in half-points. */
export const SIZE = { body: 21, table: 18, small: 16, caseLine: 24 } as const;

/** The reference of the proposed decision's numbered list. */
export const DECISION_LIST = 'decision-points';

/** Cell tints and the darker ink of each light's shape (both still distinct in greyscale). */
export const LIGHT_COLOURS: Record<Light, { fill: string; ink: string }> = {
  green: { fill: 'E2F2E5', ink: '1E6B30' },
  yellow: { fill: 'FFF3C4', ink: '7A5C00' },
  red: { fill: 'F9D9D9', ink: 'A31515' },
};
export const HEADER_FILL = 'E6E6E6';
export const LABEL_FILL = 'F3F3F3';

/** The document language, for Word's proofing tools. */
export const WORD_LANGUAGE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

function heading(size: number, before: number, after: number): NonNullable<IStylesOptions['default']>['heading1'] {
  return {
    run: { font: FONT, size, bold: true, color: '1A1A1A' },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  };
}

/** The document's styles: defaults and the three heading levels. */
export function documentStyles(locale: Locale): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, language: { value: WORD_LANGUAGE[locale] } },
        // lineRule auto: a proportional spacing (1.1 lines), never an exact height that would clip the heat map image.
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(32, 0, 200),
      heading2: heading(26, 360, 120),
      heading3: heading(22, 240, 80),
    },
    paragraphStyles: [
      {
        // Every table cell's paragraph: its size and spacing set once here, not on each of the
        // tens of thousands of runs and paragraphs of a big agenda (Word writes faster, and smaller).
        id: TABLE_TEXT_STYLE,
        name: 'Tabelltekst',
        basedOn: 'Normal',
        run: { size: SIZE.table },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: TABLE_CENTRED_STYLE,
        name: 'Tabelltekst midtstilt',
        basedOn: TABLE_TEXT_STYLE,
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        // Header cells and the labels of label–value tables: the table text in bold.
        id: TABLE_HEADING_STYLE,
        name: 'Tabelloverskrift',
        basedOn: TABLE_TEXT_STYLE,
        run: { bold: true },
      },
      {
        id: FOOTER_STYLE,
        name: 'footer',
        basedOn: 'Normal',
        run: { font: FONT, ...FOOTER_RUN },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
  };
}

/** Where the text of a proposed decision point starts, in twips: its note is indented to match. */
export const DECISION_INDENT = 567;

/** The numbered list «1. 2. 3.» of the proposed decision. */
export const DECISION_LEVELS: ILevelsOptions[] = [
  {
    level: 0,
    format: LevelFormat.DECIMAL,
    text: '%1.',
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: DECISION_INDENT, hanging: 397 } } },
  },
];

/** The style of the text in table cells: 9 pt, no space after. */
export const TABLE_TEXT_STYLE = 'TableText';
/** Table text centred (counts, dates). */
export const TABLE_CENTRED_STYLE = 'TableCentred';
/** The style of table header cells and labels: the table text in bold. */
export const TABLE_HEADING_STYLE = 'TableHeading';

/** The page footer's style: small grey text, which the page-number fields inherit. */
export const FOOTER_STYLE = 'Footer';
export const FOOTER_RUN = { size: SIZE.small, color: '555555' } as const;
