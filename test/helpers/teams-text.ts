/**
 * Text as Teams shows it: the card's Markdown escapes (see src/channels/teams/cards/card-text.ts)
 * are removed by Teams' renderer, so tests compare what a person reads.
 */
export function shownInTeams(text: string): string {
  return text.replace(/\\([\\`*_~#>+\-.)\]])/g, '$1');
}
