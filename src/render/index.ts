import type { AgendaRenderers } from '../app/agenda/compile-agenda';
import { renderDocx } from './docx';
import { renderHeatmapPng } from './heatmap-png';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';

/** The agenda item in every format it is published in. */
export const agendaRenderers: AgendaRenderers = {
  markdown: renderMarkdown,
  html: renderHtml,
  docx: renderDocx,
  heatmapPng: renderHeatmapPng,
};
