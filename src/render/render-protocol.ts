import type { AgendaDocument } from '../domain/agenda/agenda-document';

/** A document to render, posted to the render worker once. */
export interface RenderRequest {
  id: number;
  doc: AgendaDocument;
}

/** The worker's answer: every format of one document, or why it failed. */
export type RenderReply =
  | { id: number; ok: true; markdown: string; html: string; docx: Uint8Array; heatmapPng: Uint8Array }
  | { id: number; ok: false; error: string };
