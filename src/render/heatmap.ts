/**
 * The heat map of the agenda item: initiatives × the last (up to) four
 * quarters, each cell the overall status of that quarter's report. Drawn as
 * SVG with no external assets; every light has its own shape as well as its
 * colour (circle, triangle, square; a dash for no report), so it still reads
 * when printed in black and white. `heatmap-png.ts` rasterises the same SVG.
 */
import escapeHtml from 'escape-html';
import type { AgendaDocument } from '../domain/agenda/agenda-document';
import type { Light } from '../domain/model';
import { messagesFor } from '../i18n';
import { initiativeLabel, quarterShort } from './agenda-text';

/** The font stack of the heat map; `heatmap-png.ts` loads DejaVu Sans explicitly. */
export const HEATMAP_FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** Cell fills: light enough for the black shapes to stand out, distinct in greyscale. */
export const LIGHT_FILL: Record<Light, string> = { green: '#7cc68a', yellow: '#ffd966', red: '#e06666' };
const NO_REPORT_FILL = '#f2f2f2';
const INK = '#1a1a1a';

const MARGIN = 16;
const LABEL_WIDTH = 340;
const CELL_WIDTH = 104;
const CELL_HEIGHT = 30;
const HEADER_HEIGHT = 34;
const LEGEND_HEIGHT = 44;
const FONT_SIZE = 13;
const LINE_HEIGHT = 16;
/** Roughly the widest title that fits the label column at FONT_SIZE. */
const MAX_LABEL_CHARS = 45;

/** A row label's lines: words wrapped at `MAX_LABEL_CHARS`, at most two lines, the second shortened with «…». */
export function wrapLabel(text: string, max = MAX_LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= max || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= 2) return lines.map((l) => truncate(l, max));
  return [truncate(lines[0] ?? '', max), truncate(`${lines[1]} ${lines.slice(2).join(' ')}`, max)];
}

interface Layout {
  width: number;
  height: number;
  /** Each row's top and height. */
  rows: { y: number; height: number; lines: string[] }[];
  legendY: number;
}

/**
 * Beyond this many initiatives the map is drawn compactly: one line per row
 * labelled by id, without tooltips. A map that long is read by pattern, not
 * by title, and laying out a thousand titles would take seconds.
 */
export const COMPACT_ROWS = 60;

/** Whether the document's heat map is drawn compactly. */
export function isCompactHeatmap(doc: AgendaDocument): boolean {
  return doc.heatmap.rows.length > COMPACT_ROWS;
}

function layout(doc: AgendaDocument): Layout {
  const columns = Math.max(doc.heatmap.quarters.length, 1);
  const compact = isCompactHeatmap(doc);
  let y = MARGIN + HEADER_HEIGHT;
  const rows = doc.heatmap.rows.map((row) => {
    const lines = compact ? [row.initiativeId] : wrapLabel(`${row.initiativeId} ${row.title}`);
    const height = lines.length > 1 ? CELL_HEIGHT + LINE_HEIGHT - 2 : CELL_HEIGHT;
    const placed = { y, height, lines };
    y += height;
    return placed;
  });
  if (rows.length === 0) y += CELL_HEIGHT;
  return {
    width: MARGIN * 2 + LABEL_WIDTH + columns * CELL_WIDTH,
    height: y + LEGEND_HEIGHT + MARGIN,
    rows,
    legendY: y + 16,
  };
}

/** The size of the document's heat map in SVG user units (px): what the PNG is drawn at, before scaling. */
export function heatmapSize(doc: AgendaDocument): { width: number; height: number } {
  const { width, height } = layout(doc);
  return { width, height };
}

/** The shape that stands for a light (or for no report, when null), centred on (cx, cy). */
function lightShape(light: Light | null, cx: number, cy: number, r = 7): string {
  const n = (v: number): string => v.toFixed(1);
  switch (light) {
    case 'green':
      return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${INK}"/>`;
    case 'yellow': {
      const h = r * 1.8;
      return `<path d="M${n(cx)} ${n(cy - h / 2 - 1)} L${n(cx + r + 1)} ${n(cy + h / 2)} L${n(cx - r - 1)} ${n(cy + h / 2)} Z" fill="${INK}"/>`;
    }
    case 'red':
      return `<rect x="${n(cx - r + 0.5)}" y="${n(cy - r + 0.5)}" width="${n(2 * r - 1)}" height="${n(2 * r - 1)}" fill="${INK}"/>`;
    default:
      return `<rect x="${n(cx - r)}" y="${n(cy - 1)}" width="${n(2 * r)}" height="2" fill="${INK}"/>`;
  }
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function cell(light: Light | null, x: number, y: number, height: number, tooltip: string | null): string {
  const fill = light === null ? NO_REPORT_FILL : LIGHT_FILL[light];
  return [
    `<g class="cell" data-light="${light ?? 'none'}">`,
    tooltip === null ? '' : `<title>${escapeHtml(tooltip)}</title>`,
    `<rect x="${x + 2}" y="${y + 2}" width="${CELL_WIDTH - 4}" height="${height - 4}" rx="3" fill="${fill}" stroke="#8c8c8c" stroke-width="0.75"/>`,
    lightShape(light, x + CELL_WIDTH / 2, y + height / 2),
    '</g>',
  ].join('');
}

function legend(doc: AgendaDocument, y: number): string {
  const t = messagesFor(doc.locale);
  const entries: [Light | null, string][] = [
    ['green', t.lights.green],
    ['yellow', t.lights.yellow],
    ['red', t.lights.red],
    [null, t.agenda.status.missing],
  ];
  let x = MARGIN;
  const parts: string[] = [`<g class="legend">`];
  for (const [light, label] of entries) {
    const fill = light === null ? NO_REPORT_FILL : LIGHT_FILL[light];
    parts.push(
      `<rect x="${x}" y="${y}" width="26" height="20" rx="3" fill="${fill}" stroke="#8c8c8c" stroke-width="0.75"/>`,
      lightShape(light, x + 13, y + 10, 6),
      `<text x="${x + 34}" y="${y + 15}">${escapeHtml(label)}</text>`,
    );
    x += 34 + [...label].length * 8 + 28;
  }
  parts.push('</g>');
  return parts.join('');
}

/**
 * The heat map as a standalone SVG document (also valid inline in HTML5):
 * one `g.cell` per initiative × quarter, a header row of quarters, row labels
 * «ID title» (long titles shortened, the full title in a tooltip) and a
 * legend. Text comes from the catalogue in the document's locale.
 */
export function renderHeatmapSvg(doc: AgendaDocument): string {
  const t = messagesFor(doc.locale);
  const { quarters, rows } = doc.heatmap;
  const geometry = layout(doc);
  const { width, height } = geometry;
  const top = MARGIN + HEADER_HEIGHT;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="heatmap-title">`,
    `<title id="heatmap-title">${escapeHtml(t.agendaCard.heatmapAlt(quarters.length))}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g font-family="${HEATMAP_FONT}" font-size="${FONT_SIZE}" fill="${INK}">`,
  ];
  quarters.forEach((q, i) => {
    const cx = MARGIN + LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH / 2;
    parts.push(
      `<text class="quarter" x="${cx}" y="${top - 12}" text-anchor="middle" font-weight="bold">${escapeHtml(quarterShort(q, doc.locale))}</text>`,
    );
  });
  const compact = isCompactHeatmap(doc);
  rows.forEach((row, r) => {
    const place = geometry.rows[r];
    if (!place) return;
    const { y, height: rowHeight, lines } = place;
    const label = initiativeLabel(row.initiativeId, row.title);
    if (r % 2 === 1) {
      parts.push(`<rect x="${MARGIN}" y="${y}" width="${width - 2 * MARGIN}" height="${rowHeight}" fill="#f5f5f5"/>`);
    }
    const firstBaseline = y + rowHeight / 2 + FONT_SIZE / 2 - 2 - ((lines.length - 1) * LINE_HEIGHT) / 2;
    const tspans = lines
      .map((line, i) => `<tspan x="${MARGIN + 4}" y="${firstBaseline + i * LINE_HEIGHT}">${escapeHtml(line)}</tspan>`)
      .join('');
    parts.push(`<text class="initiative">${compact ? '' : `<title>${escapeHtml(label)}</title>`}${tspans}</text>`);
    quarters.forEach((q, i) => {
      const light = row.cells[i] ?? null;
      const word = light === null ? t.agenda.status.missing : t.lights[light];
      const tooltip = compact ? null : `${label} – ${quarterShort(q, doc.locale)}: ${word}`;
      parts.push(cell(light, MARGIN + LABEL_WIDTH + i * CELL_WIDTH, y, rowHeight, tooltip));
    });
  });
  parts.push(legend(doc, geometry.legendY), '</g>', '</svg>');
  return parts.join('\n');
}
