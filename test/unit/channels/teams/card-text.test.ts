import { cardText } from '../../../../src/channels/teams/cards/card-text';
import { renderCard } from '../../../../src/channels/teams/cards/render-card';
import { notice } from '../../../../src/views/notice';
import { shownInTeams } from '../../../helpers/teams-text';

/** What an owner might paste into a report: emphasis, a link, a list and a heading. */
const PASTED = '**Viktig** se [her](https://evil.example/x)\n- punkt\n# Overskrift\n1. første';

describe('text people typed, in a Teams card', () => {
  it('cannot set its own formatting or smuggle a link', () => {
    const escaped = cardText(PASTED);
    expect(escaped).not.toMatch(/(^|[^\\])\*\*/);
    expect(escaped).not.toMatch(/[^\\]\]\(/);
    expect(escaped.split('\n').map((l) => l.slice(0, 2))).toEqual(['\\*', '\\-', '\\#', '1\\']);
  });

  it('reads as typed once Teams removes the escapes', () => {
    expect(shownInTeams(cardText(PASTED))).toBe(PASTED);
    expect(shownInTeams(cardText('4. kvartal 2026: 25 % over (T-2026-03)'))).toBe(
      '4. kvartal 2026: 25 % over (T-2026-03)',
    );
  });

  it('is escaped in every text of a rendered message, the summary left plain for notifications', () => {
    const card = renderCard(notice('nb', PASTED, { items: [PASTED] }));
    const body = JSON.stringify(card.body);
    expect(body).not.toMatch(/[^\\]\*\*Viktig/);
    expect(body).not.toContain('[her](');
    expect(card.fallbackText).toBe(PASTED);
  });
});
