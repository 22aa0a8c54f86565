import type { AgendaRenderers } from '../app/agenda/compile-agenda';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { RenderWorker } from './worker-renderers';

/** In-process rendering: what tests and the CLI use. */
const inProcess: AgendaRenderers = {
  markdown: renderMarkdown,
  html: renderHtml,
  // Word (`docx`) and the PNG (`@resvg/resvg-js`, a native rasteriser) load on the first
  // compilation, not at start-up: they were a large share of the bot's resident memory.
  docx: async (doc) => (await import('./docx')).renderDocx(doc),
  heatmapPng: async (doc) => (await import('./heatmap-png')).renderHeatmapPng(doc),
};

let worker: RenderWorker | null = null;

/**
 * Sends every compilation through `renderWorker` (null: back to rendering in
 * process). Set once by the composition root of a running bot, so the
 * channels, which take `agendaRenderers` as they are, need not know where
 * rendering happens.
 */
export function useRenderWorker(renderWorker: RenderWorker | null): void {
  worker = renderWorker;
}

/** The agenda item in every format it is published in: in the render worker when one is in use, else in process. */
export const agendaRenderers: AgendaRenderers = {
  markdown: (doc) => (worker ? worker.renderers().markdown(doc) : inProcess.markdown(doc)),
  html: (doc) => (worker ? worker.renderers().html(doc) : inProcess.html(doc)),
  docx: (doc) => (worker ? worker.renderers().docx(doc) : inProcess.docx(doc)),
  heatmapPng: (doc) => (worker ? worker.renderers().heatmapPng(doc) : inProcess.heatmapPng(doc)),
};
