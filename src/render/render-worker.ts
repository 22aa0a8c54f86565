/**
 * The render worker's entry: receives a composed agenda document once and
 * answers with it in every format (Markdown, HTML, Word, the heat map PNG),
 * so the seconds Word and the PNG take never stall the bot's event loop.
 * Started by `RenderWorker` (`worker-renderers.ts`); runs as TypeScript under
 * tsx and as JavaScript from `dist/`.
 */
import { parentPort } from 'node:worker_threads';
import { renderDocx } from './docx';
import { renderHeatmapPng } from './heatmap-png';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { RenderError } from './render-error';
import type { FormatFailure, RenderReply, RenderRequest } from './render-protocol';

const port = parentPort;
if (!port) throw new Error('render-worker must run in a worker thread');

port.on('message', (request: RenderRequest) => {
  void render(request).then((reply) => {
    const transfer = reply.ok ? [reply.docx.buffer, reply.heatmapPng.buffer] : [];
    port.postMessage(reply, transfer as ArrayBuffer[]);
  });
});

async function render({ id, doc }: RenderRequest): Promise<RenderReply> {
  try {
    const failures: FormatFailure[] = [];
    const one = async <T>(format: FormatFailure['format'], make: () => T | Promise<T>, empty: T): Promise<T> => {
      try {
        return await make();
      } catch (error) {
        const where = error instanceof RenderError ? error : null;
        const message = error instanceof Error ? error.message : String(error);
        failures.push({ format, message, initiativeId: where?.initiativeId ?? null, field: where?.field ?? null });
        return empty;
      }
    };
    const [docx, heatmapPng, markdown, html] = await Promise.all([
      one('docx', () => renderDocx(doc), Buffer.alloc(0)),
      one('heatmapPng', () => renderHeatmapPng(doc), Buffer.alloc(0)),
      one('markdown', () => renderMarkdown(doc), ''),
      one('html', () => renderHtml(doc), ''),
    ]);
    return {
      id,
      ok: true,
      markdown,
      html,
      // Copied into their own buffers so they can be transferred rather than cloned.
      docx: new Uint8Array(docx),
      heatmapPng: new Uint8Array(heatmapPng),
      failures,
    };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
