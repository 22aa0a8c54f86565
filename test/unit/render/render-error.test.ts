import type { AgendaDocument } from '../../../src/domain/agenda/agenda-document';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import { renderHtml } from '../../../src/render/html';
import { renderMarkdown } from '../../../src/render/markdown';
import { RenderError } from '../../../src/render/render-error';
import { handMadeCase } from '../../helpers/agenda-cases';

/** The paper with one initiative's appendix entry broken, as a renderer's bug would meet it. */
function broken(): { doc: AgendaDocument; id: string } {
  const doc = composeAgenda(handMadeCase('red-deviations'));
  const [first, ...rest] = doc.appendix;
  if (!first) throw new Error('no appendix');
  const bad = { initiativeId: first.initiativeId, title: first.title } as unknown as typeof first;
  return { doc: { ...doc, appendix: [bad, ...rest] }, id: first.initiativeId };
}

describe('a paper that cannot render', () => {
  it.each([
    ['Markdown', renderMarkdown],
    ['HTML', renderHtml],
  ])('names the initiative and the part of the paper in %s', (_name, render) => {
    const { doc, id } = broken();
    let thrown: unknown = null;
    try {
      render(doc);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RenderError);
    expect(thrown).toMatchObject({ initiativeId: id, field: 'Vedlegg: status per tiltak' });
  });
});
