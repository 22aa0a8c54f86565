import type { TableView } from '../../../views/vote-view';
import { cardText } from './card-text';

type Element = Record<string, unknown>;

const cell = (items: Element[]): Element => ({ type: 'TableCell', items });

/**
 * A command's table (Adaptive Card 1.5): the title, its lines, and — when there are rows — a table
 * with a bold header row and one row per entry; an empty cell stays empty. The cells are what
 * people typed (titles, names), so they are escaped (see card-text.ts).
 */
export function tableCard(view: TableView): Element {
  const body: Element[] = [
    { type: 'TextBlock', text: view.title, style: 'heading', size: 'Medium', weight: 'Bolder', wrap: true },
    ...view.lines.map((text) => ({ type: 'TextBlock', text, wrap: true })),
  ];
  if (view.rows.length > 0) {
    body.push({
      type: 'Table',
      firstRowAsHeaders: true,
      showGridLines: true,
      columns: view.columns.map(() => ({ width: 1 })),
      rows: [
        {
          type: 'TableRow',
          style: 'emphasis',
          cells: view.columns.map((text) => cell([{ type: 'TextBlock', text, weight: 'Bolder', wrap: true }])),
        },
        ...view.rows.map((row) => ({
          type: 'TableRow',
          cells: row.map(cardText).map((text) => cell(text === '' ? [] : [{ type: 'TextBlock', text, wrap: true }])),
        })),
      ],
    });
  }
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: view.title,
    body,
  };
}
