import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import { messagesFor } from '../../../src/i18n';
import { agendaSummaryView } from '../../../src/views/agenda-views';
import { agendaCase } from '../../helpers/agenda-cases';

const LINKS = { docx: 'https://x/d', html: 'https://x/h', md: 'https://x/m', png: 'https://x/p' };

describe("the agenda card's heat map", () => {
  it('has alt text that counts the quarters the picture shows', async () => {
    const doc = composeAgenda(await agendaCase('red-deviations'));
    for (const quarters of [doc.heatmap.quarters, doc.heatmap.quarters.slice(-2), doc.heatmap.quarters.slice(-1)]) {
      const view = agendaSummaryView({ ...doc, heatmap: { ...doc.heatmap, quarters } }, LINKS, false);
      expect(view.image?.alt).toBe(messagesFor('nb').agendaCard.heatmapAlt(quarters.length));
    }
    const two = agendaSummaryView(
      { ...doc, heatmap: { ...doc.heatmap, quarters: doc.heatmap.quarters.slice(-2) } },
      LINKS,
      false,
    );
    expect(two.image?.alt).toBe('Status for tiltakene de siste 2 kvartalene');
    expect(two.image?.alt).not.toContain('fire');
  });
});
