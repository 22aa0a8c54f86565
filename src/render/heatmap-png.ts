/**
 * The heat map as a PNG, for the Word document and the Teams summary card:
 * the SVG of `heatmap.ts` rasterised by resvg (a native module shipped
 * prebuilt in the npm package, no download at install time). Fonts never come
 * from the machine: DejaVu Sans is loaded from the `dejavu-fonts-ttf` package,
 * so the picture is the same on every server and needs no fonts installed.
 */
import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { AgendaDocument } from '../domain/agenda/agenda-document';
import { isCompactHeatmap, renderHeatmapSvg } from './heatmap';

/** The PNG is drawn at this multiple of the SVG's size, so it stays sharp in print and on high-DPI screens. */
export const HEATMAP_PNG_SCALE = 2;

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

function options(scale: number) {
  return {
    fitTo: { mode: 'zoom' as const, value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' },
  };
}

/** Rasterises an SVG with the bundled fonts, at `scale` times its own size. */
export function rasterise(svg: string, scale = HEATMAP_PNG_SCALE): Buffer {
  return new Resvg(svg, options(scale)).render().asPng();
}

const drawn = new WeakMap<AgendaDocument, Promise<Buffer>>();

/**
 * The heat map as a PNG, `HEATMAP_PNG_SCALE` times the SVG's pixel size (a
 * compact map of many initiatives at its own size). Drawn once per document:
 * the Word file and the summary card share it.
 */
export function renderHeatmapPng(doc: AgendaDocument): Promise<Buffer> {
  let png = drawn.get(doc);
  if (!png) {
    // resvg draws on libuv's thread pool, so the Word document is built meanwhile on the main thread.
    const scale = isCompactHeatmap(doc) ? 1 : HEATMAP_PNG_SCALE;
    png = renderAsync(renderHeatmapSvg(doc), options(scale)).then((image) => image.asPng());
    drawn.set(doc, png);
  }
  return png;
}
