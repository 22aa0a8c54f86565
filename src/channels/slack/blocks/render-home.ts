import type { HomeView, KnownBlock } from '@slack/types';
import type { WhatIsDue } from '../../../app/commands/what-is-due';
import type { Locale } from '../../../domain/model';
import { messagesFor } from '../../../i18n';
import { BLOCK_KIT_LIMITS as L } from '../slack-limits';
import { context, fitted, paragraphs } from './builders';
import type { RenderOptions } from './payload';
import { renderMessage } from './render-message';

/**
 * A person's App Home: a greeting, then each section of what waits for them (reports to
 * write with their buttons, votes to cast, the round for the secretariat), or that nothing
 * does; at the bottom how to ask for more.
 */
export function renderHome(due: WhatIsDue, locale: Locale, options: RenderOptions): HomeView {
  const t = messagesFor(locale);
  const blocks: KnownBlock[] = [...paragraphs([due.greeting])];
  if (due.sections.length === 0) blocks.push(...paragraphs([due.nothing]));
  for (const section of due.sections) {
    blocks.push({ type: 'divider' }, ...renderMessage(section, options).blocks);
  }
  blocks.push({ type: 'divider' }, context(t.slack.homeHint));
  return { type: 'home', blocks: fitted(blocks, L.surfaceBlocks, t.slack.moreRows) };
}

/** The Home of someone the registry does not know: what to do about it. */
export function strangerHome(locale: Locale): HomeView {
  return { type: 'home', blocks: paragraphs([messagesFor(locale).commands.unknownUser]) };
}
