import { XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import type { AgendaDocument } from '../../../src/domain/agenda/agenda-document';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import type { Light } from '../../../src/domain/model';
import { messagesFor } from '../../../src/i18n';
import { heatmapSize, renderHeatmapSvg, wrapLabel } from '../../../src/render/heatmap';
import { HEATMAP_PNG_SCALE, renderHeatmapPng } from '../../../src/render/heatmap-png';
import { agendaCase } from '../../helpers/agenda-cases';

/** A document whose heat map has `rows` initiatives over four quarters, lights cycling through every value. */
async function withHeatmap(rows: number, title = (i: number) => `Tiltak nummer ${i}`): Promise<AgendaDocument> {
  const doc = composeAgenda(await agendaCase('all-green'));
  const values: (Light | null)[] = ['green', 'yellow', 'red', null];
  return {
    ...doc,
    heatmap: {
      quarters: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
      rows: Array.from({ length: rows }, (_, i) => ({
        initiativeId: `T-2026-${String(i + 1).padStart(2, '0')}`,
        title: title(i),
        cells: [0, 1, 2, 3].map((q) => values[(i + q) % 4] ?? null),
      })),
    },
  };
}

const cellLights = (svg: string): string[] =>
  [...svg.matchAll(/class="cell" data-light="(\w+)"/g)].map((m) => m[1] ?? '');

describe('renderHeatmapSvg', () => {
  it('is well-formed SVG with one cell per initiative and quarter, in row order', async () => {
    const doc = await withHeatmap(5);
    const svg = renderHeatmapSvg(doc);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const expected = doc.heatmap.rows.flatMap((r) => r.cells.map((c) => c ?? 'none'));
    expect(cellLights(svg)).toEqual(expected);
    expect(cellLights(svg)).toHaveLength(5 * 4);
  });

  it('labels the quarters, the initiatives and the legend in the document language', async () => {
    for (const locale of ['nb', 'en'] as const) {
      const doc = { ...(await withHeatmap(2)), locale };
      const svg = renderHeatmapSvg(doc);
      const t = messagesFor(locale);
      for (const word of [t.lights.green, t.lights.yellow, t.lights.red, t.agenda.status.missing]) {
        expect(svg).toContain(`>${word}</text>`);
      }
      expect(svg).toContain(t.agenda.quarterShort(1, 2026));
      expect(svg).toContain(t.agenda.quarterShort(4, 2026));
      expect(svg).toContain('T-2026-02 Tiltak nummer 1');
    }
  });

  it('titles the picture with the number of quarters it shows, not always four', async () => {
    const four = await withHeatmap(2);
    const two = { ...four, heatmap: { ...four.heatmap, quarters: four.heatmap.quarters.slice(-2) } };
    expect(renderHeatmapSvg(two)).toContain(
      '<title id="heatmap-title">Status for tiltakene de siste 2 kvartalene</title>',
    );
    expect(renderHeatmapSvg(four)).toContain('de siste 4 kvartalene</title>');
    const en = renderHeatmapSvg({ ...two, locale: 'en' });
    expect(en).toContain('>Status of the initiatives over the last 2 quarters</title>');
    expect(messagesFor('nn').agendaCard.heatmapAlt(1)).toBe('Status for tiltaka dette kvartalet');
  });

  it('gives every light its own shape, so it reads in black and white', async () => {
    const svg = renderHeatmapSvg(await withHeatmap(4));
    const shapeOf = (light: string): string => {
      const m = new RegExp(`data-light="${light}"><title>[^<]*</title><rect [^>]*/>(<[^>]*>)`).exec(svg);
      // The shape without its position: element, size and path.
      return (m?.[1] ?? '').replace(/ (x|y|cx|cy)="[^"]*"/g, '').replace(/ d="[^"]*"/, ' d');
    };
    expect(new Set(['green', 'yellow', 'red', 'none'].map(shapeOf)).size).toBe(4);
  });

  it('escapes titles and keeps long ones readable on at most two lines', async () => {
    const long = 'Livshendelsen «Alvorlig sykt barn» – felles oversikt over rettigheter, avtaler og kontaktpersoner';
    const doc = await withHeatmap(2, (i) => (i === 0 ? '<script>alert("x")</script> & co' : long));
    const svg = renderHeatmapSvg(doc);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    const lines = wrapLabel(`T-2026-02 ${long}`);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(wrapLabel('T-2026-01 Kort')).toEqual(['T-2026-01 Kort']);
  });

  it('sizes the picture by the rows and quarters it holds', async () => {
    const small = heatmapSize(await withHeatmap(2));
    const large = heatmapSize(await withHeatmap(10));
    expect(large.width).toBe(small.width);
    expect(large.height).toBeGreaterThan(small.height);
    const svg = renderHeatmapSvg(await withHeatmap(2));
    expect(svg).toContain(`width="${small.width}" height="${small.height}"`);
  });
});

describe('renderHeatmapPng', () => {
  it('is a PNG at twice the SVG size, with the text drawn from the bundled font', async () => {
    const doc = await withHeatmap(3);
    const png = await renderHeatmapPng(doc);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = PNG.sync.read(png);
    const size = heatmapSize(doc);
    expect(image.width).toBe(size.width * HEATMAP_PNG_SCALE);
    expect(image.height).toBe(size.height * HEATMAP_PNG_SCALE);
    // The row labels are the only ink left of the cells: no font would leave that strip white.
    let dark = 0;
    for (let y = 50 * HEATMAP_PNG_SCALE; y < 140 * HEATMAP_PNG_SCALE; y++) {
      for (let x = 16 * HEATMAP_PNG_SCALE; x < 340 * HEATMAP_PNG_SCALE; x++) {
        const i = (y * image.width + x) * 4;
        if ((image.data[i] ?? 255) < 100 && (image.data[i + 1] ?? 255) < 100) dark++;
      }
    }
    expect(dark).toBeGreaterThan(500);
  });

  it('renders a composed agenda with history', async () => {
    const doc = composeAgenda(await agendaCase('red-deviations'));
    const image = PNG.sync.read(await renderHeatmapPng(doc));
    expect(image.width).toBe(heatmapSize(doc).width * HEATMAP_PNG_SCALE);
  });
});
