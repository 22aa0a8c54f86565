import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AgendaRenderers } from '../app/agenda/compile-agenda';
import type { AgendaDocument } from '../domain/agenda/agenda-document';
import { RenderError } from './render-error';
import type { FormatFailure, RenderReply, RenderRequest } from './render-protocol';

/** Every format of one document. */
export interface RenderedAgenda {
  markdown: string;
  html: string;
  docx: Buffer;
  heatmapPng: Buffer;
  /** The formats the worker could not make (empty above). */
  failures: FormatFailure[];
}

interface Pending {
  resolve(rendered: RenderedAgenda): void;
  reject(error: Error): void;
}

/**
 * Renders agenda documents in a worker thread (`render-worker.ts`). A document
 * is posted once and comes back in all four formats in one message; the four
 * `AgendaRenderers` calls compile makes for it share that one round trip. A
 * worker that dies fails what it had in hand and is started afresh on the next
 * document.
 */
export class RenderWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly rendered = new WeakMap<AgendaDocument, Promise<RenderedAgenda>>();

  /**
   * @param entry the worker's file: by default `render-worker` beside this
   *   module, `.ts` under tsx (started with tsx's loader) and `.js` in `dist/`.
   */
  constructor(private readonly entry = join(__dirname, `render-worker${extname(__filename)}`)) {}

  /** The document in every format, rendered once however many formats are asked for. */
  render(doc: AgendaDocument): Promise<RenderedAgenda> {
    let rendered = this.rendered.get(doc);
    if (!rendered) {
      rendered = this.post(doc);
      this.rendered.set(doc, rendered);
      // A failure is not remembered: asking again tries again.
      rendered.catch(() => this.rendered.delete(doc));
    }
    return rendered;
  }

  /** The `AgendaRenderers` port backed by this worker. */
  renderers(): AgendaRenderers {
    return {
      markdown: async (doc) => formatOf(await this.render(doc), 'markdown'),
      html: async (doc) => formatOf(await this.render(doc), 'html'),
      docx: async (doc) => formatOf(await this.render(doc), 'docx'),
      heatmapPng: async (doc) => formatOf(await this.render(doc), 'heatmapPng'),
    };
  }

  /** Stops the worker; documents still rendering fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
    this.failAll(new Error('the render worker was stopped'));
  }

  private post(doc: AgendaDocument): Promise<RenderedAgenda> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<RenderedAgenda>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: RenderRequest = { id, doc };
      worker.postMessage(request);
      // Only while it has work does the worker keep the process alive.
      worker.ref();
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // A TypeScript entry (under tsx) needs tsx's require hook: a worker does not inherit the parent's.
    const worker = this.entry.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(this.entry)});`, { eval: true })
      : new Worker(this.entry);
    worker.on('message', (reply: RenderReply) => this.settle(reply));
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', (code) => this.crashed(worker, new Error(`the render worker exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: RenderReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.ok) {
      const { markdown, html } = reply;
      const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const { failures } = reply;
      pending.resolve({ markdown, html, docx: buffer(reply.docx), heatmapPng: buffer(reply.heatmapPng), failures });
    } else pending.reject(new Error(`rendering the agenda failed in the render worker: ${reply.error}`));
  }

  private crashed(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

/**
 * One format of what the worker made; a format it could not make is thrown as the renderer's
 * error (with the initiative and part of the paper when known), so the other formats still count.
 */
function formatOf<F extends FormatFailure['format']>(rendered: RenderedAgenda, format: F): RenderedAgenda[F] {
  const failure = rendered.failures.find((f) => f.format === format);
  if (failure) {
    throw failure.initiativeId
      ? new RenderError(failure.initiativeId, failure.field ?? '', new Error(failure.message))
      : new Error(failure.message);
  }
  return rendered[format];
}
