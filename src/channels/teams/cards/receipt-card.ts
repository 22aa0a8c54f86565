import type { ReceiptView } from '../../../views/report-form-view';

type Element = Record<string, unknown>;

/**
 * The receipt for a submitted report (Adaptive Card 1.5): the title in green, the text, the
 * report's facts, and — while the report can still be changed — an Edit button. Every text comes
 * from the catalogue, so nothing here is escaped.
 */
export function receiptCard(view: ReceiptView): Element {
  const body: Element[] = [
    {
      type: 'TextBlock',
      text: view.title,
      style: 'heading',
      size: 'Medium',
      weight: 'Bolder',
      color: 'Good',
      wrap: true,
    },
    { type: 'TextBlock', text: view.text, wrap: true },
  ];
  if (view.facts.length > 0) {
    body.push({ type: 'FactSet', facts: view.facts.map((f) => ({ title: f.label, value: f.value })) });
  }
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: view.title,
    body,
    actions:
      view.editLabel === null
        ? []
        : [
            {
              type: 'Action.Execute',
              verb: 'report.edit',
              title: view.editLabel,
              data: { roundId: view.roundId, initiativeId: view.initiativeId },
            },
          ],
  };
}
