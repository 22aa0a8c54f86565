import { benchAgendaInput } from '../../../bench/compile.bench';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import { agendaRenderers } from '../../../src/render';
import { RenderWorker } from '../../../src/render/worker-renderers';

// The worker starts from the TypeScript source here (with tsx's require hook), as under `npm start`.
jest.setTimeout(60_000);

describe('RenderWorker', () => {
  const worker = new RenderWorker();
  afterAll(() => worker.close());

  it('renders the same paper as in process, in one round trip for all four formats', async () => {
    const doc = composeAgenda(benchAgendaInput(12, 3));
    const inWorker = worker.renderers();
    const [markdown, html, docx, png] = await Promise.all([
      inWorker.markdown(doc),
      inWorker.html(doc),
      inWorker.docx(doc),
      inWorker.heatmapPng(doc),
    ]);
    expect(markdown).toBe(await agendaRenderers.markdown(doc));
    expect(html).toBe(await agendaRenderers.html(doc));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(worker.render(doc)).toBe(worker.render(doc));
  });

  it('fails what it had in hand when stopped, and starts afresh for the next document', async () => {
    const doc = composeAgenda(benchAgendaInput(3, 2));
    const pending = worker.render(doc);
    await worker.close();
    await expect(pending).rejects.toThrow(/stopped/);
    await expect(worker.renderers().markdown(doc)).resolves.toBe(await agendaRenderers.markdown(doc));
  });
});
