import type { AgendaDocument } from '../domain/agenda/agenda-document';

/** A document to render, posted to the render worker once. */
export interface RenderRequest {
  id: number;
  doc: AgendaDocument;
}

/** A format the worker could not make, and where in the paper, when the renderer said. */
export interface FormatFailure {
  format: 'markdown' | 'html' | 'docx' | 'heatmapPng';
  message: string;
  initiativeId: string | null;
  field: string | null;
}

/**
 * The worker's answer: every format of one document (each made on its own: a format that failed
 * is empty and listed in `failures`, so it never hides the others), or why the whole job failed.
 */
export type RenderReply =
  | {
      id: number;
      ok: true;
      markdown: string;
      html: string;
      docx: Uint8Array;
      heatmapPng: Uint8Array;
      failures: FormatFailure[];
    }
  | { id: number; ok: false; error: string };
