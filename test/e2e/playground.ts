/**
 * Drives the Microsoft 365 Agents Playground's web client (v0.2.28) with playwright-core and Debian's
 * chromium. The selectors are written down, with what the DOM looks like, in docs/playground.md.
 * The playground itself is started by scripts/playground/start-playground.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The bot's display name in the playground (the yml's `bot.name`); used to @mention it and to find its messages. */
export const DEFAULT_BOT_NAME = 'Skate-boten';

export async function launchBrowser(opts: { headless?: boolean } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: opts.headless ?? true });
}

export interface OpenPlaygroundOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  timezoneId?: string;
  /** Hide the log panel on the right (it is useful evidence in screenshots, so it is shown by default). */
  hideLogPanel?: boolean;
  timeoutMs?: number;
}

/**
 * Opens the playground's web client in a new context and waits for the compose box. Requests that
 * leave loopback (the client asks a CDN for Segoe UI fonts and an animation worklet) are aborted.
 */
export async function openPlayground(browser: Browser, url: string, opts: OpenPlaygroundOptions = {}): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    locale: opts.locale ?? 'nb-NO',
    timezoneId: opts.timezoneId ?? 'Europe/Oslo',
  });
  await context.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/]|\[::1\][:/])/, (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(opts.timeoutMs ?? 15_000);
  // Wait for the compose box, not for `load`: with requests off loopback aborted, `load` may never come.
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await composer(page).waitFor();
  if (opts.hideLogPanel) await page.getByRole('button', { name: 'Hide log panel' }).click();
  return page;
}

/** The sidebar: "Personal Chat", the group chat, and one tree item per channel, named "<team> - <channel>". */
export function sidebar(page: Page): Locator {
  return page.getByRole('region', { name: 'Chat and Teams Channel' });
}

/**
 * Opens a conversation from the sidebar: `'Personal Chat'`, the group chat's name, or a channel as
 * `'<team> - General'` / `'<team> - <channel>'`. Opening a chat or channel for the first time makes the
 * playground send installationUpdate + conversationUpdate for it to the bot.
 */
export async function openConversation(page: Page, name: string): Promise<void> {
  await sidebar(page).getByRole('treeitem', { name, exact: true }).click();
  await composer(page).waitFor();
}

/**
 * The middle pane (the open conversation): the largest element that holds the compose box but
 * neither the sidebar nor the log panel, so text checks do not match the sidebar's last-message
 * preview or the log panel's copy of every message.
 */
export function conversationPane(page: Page): Locator {
  return page
    .locator('div')
    .filter({ has: page.locator('[data-lexical-editor="true"]') })
    .filter({ hasNot: sidebar(page) })
    .filter({ hasNotText: 'Log Panel' })
    .first();
}

/**
 * The compose box (a Lexical contenteditable). In a chat there is one; in a channel the first one is
 * "Start a new post" and each post has its own reply box (see `replyBox`).
 */
export function composer(page: Page): Locator {
  return page.locator('[data-lexical-editor="true"][contenteditable="true"]').first();
}

/**
 * Every message (user or bot; chat message, channel post or thread reply) has a header holding a
 * "Show more information" menu button and the author's name as a `.fui-Text` span (in the personal
 * chat the user's own messages carry only a timestamp), and the header comes before the body in the
 * DOM. So the author of any element in the transcript is the name in the header of the nearest
 * preceding menu button. This XPath keeps the elements whose author is `name`.
 */
function authoredBy(name: string): string {
  const menu = 'button[@aria-label="Show more information"]';
  const text = 'span[contains(concat(" ", normalize-space(@class), " "), " fui-Text ")]';
  return `xpath=self::*[preceding::${menu}[1]/ancestor::div[.//${text}][1]//${text}[normalize-space(.)=${xpathLiteral(name)}]]`;
}

function xpathLiteral(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `concat(${value
    .split('"')
    .map((part) => `"${part}"`)
    .join(", '\"', ")})`;
}

/** Elements of the open conversation that show `text` in a message whose author is `author`. */
export function textBy(page: Page, author: string, text: string | RegExp): Locator {
  return conversationPane(page).getByText(text).locator(authoredBy(author));
}

export interface TypeOptions {
  /** @mention someone (normally the bot) first. In channels and group chats the playground sends a message to the bot only when the bot is mentioned. */
  mention?: string;
}

async function typeInto(page: Page, box: Locator, text: string, opts: TypeOptions): Promise<void> {
  await box.click();
  if (opts.mention) {
    // "@" + a prefix opens the "Typeahead menu" listbox; picking the item inserts a mention pill.
    await page.keyboard.type(`@${opts.mention.slice(0, 3)}`);
    await page
      .getByRole('listbox', { name: 'Typeahead menu' })
      .getByRole('menuitem', { name: opts.mention })
      .first()
      .click();
    await page.keyboard.type(' ');
  }
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Types into the compose box and sends with Enter (in a channel this starts a new post). */
export async function sendMessage(page: Page, text: string, opts: TypeOptions = {}): Promise<void> {
  await typeInto(page, composer(page), text, opts);
}

/** A channel post (the card around a root message and its replies) containing `text`. */
export function channelPost(page: Page, text: string | RegExp): Locator {
  return conversationPane(page)
    .locator('div[role="group"].fui-Card')
    .filter({ has: page.getByRole('button', { name: 'Send Message' }) })
    .filter({ hasText: text });
}

export function replyBox(page: Page, postText: string | RegExp): Locator {
  return channelPost(page, postText).last().locator('[data-lexical-editor="true"]');
}

/** Replies in the thread of the channel post that contains `postText`. */
export async function replyInThread(
  page: Page,
  postText: string | RegExp,
  text: string,
  opts: TypeOptions = {},
): Promise<void> {
  await typeInto(page, replyBox(page, postText), text, opts);
}

/** Waits until the open conversation shows `text` (anywhere: user or bot, text or card). */
export async function waitForText(page: Page, text: string | RegExp, timeoutMs = 15_000): Promise<Locator> {
  const hit = conversationPane(page).getByText(text).last();
  await hit.waitFor({ timeout: timeoutMs });
  return hit;
}

/** Waits for a bot message (text, or text on a card) containing `text` in the open conversation. */
export async function waitForBotReply(
  page: Page,
  text: string | RegExp,
  opts: { botName?: string; timeoutMs?: number } = {},
): Promise<Locator> {
  const hit = textBy(page, opts.botName ?? DEFAULT_BOT_NAME, text).last();
  await hit.waitFor({ timeout: opts.timeoutMs ?? 15_000 });
  return hit;
}

/** Adaptive Cards in the open conversation (rendered by the real Adaptive Cards renderer, Fluent UI host). */
export function adaptiveCards(page: Page, containing?: string | RegExp): Locator {
  const cards = conversationPane(page).locator('.ac-adaptiveCard');
  return containing === undefined ? cards : cards.filter({ hasText: containing });
}

/** Waits for the last Adaptive Card (optionally one that contains `containing`) and returns it. */
export async function waitForCard(page: Page, containing?: string | RegExp, timeoutMs = 15_000): Promise<Locator> {
  const card = adaptiveCards(page, containing).last();
  await card.waitFor({ timeout: timeoutMs });
  return card;
}

/**
 * A value for an Adaptive Card input, found by its label:
 * - Input.Text / Input.Number: a string or number, typed.
 * - Input.Date: 'YYYY-MM-DD' (typed into the date picker's text field, committed on blur).
 * - Input.Time: 'HH:MM'.
 * - Input.ChoiceSet (compact, the default): the choice's title; several titles for isMultiSelect.
 * - Input.ChoiceSet (expanded): the radio/checkbox title(s).
 * - Input.Toggle: true / false.
 */
export type CardValue = string | number | boolean | readonly string[];

export async function fillCardInput(card: Locator, label: string, value: CardValue): Promise<void> {
  const page = card.page();
  if (typeof value === 'boolean') {
    const box = card.getByRole('checkbox', { name: label }).first();
    await (value ? box.check() : box.uncheck());
    return;
  }
  const radios = card.getByRole('radiogroup', { name: label });
  if ((await radios.count()) > 0) {
    await radios
      .first()
      .getByRole('radio', { name: String(value), exact: true })
      .check();
    return;
  }
  const field = card.getByLabel(label).first();
  const kind = await field.evaluate((el) => ({
    role: el.getAttribute('role'),
    popup: el.getAttribute('aria-haspopup'),
    tag: el.tagName.toLowerCase(),
  }));
  if (kind.role === 'combobox' && kind.popup === 'dialog') {
    // Fluent DatePicker (allowTextInput): clicking opens a modal calendar, so type and blur instead.
    // "YYYY-MM-DDT00:00" parses as local midnight; a bare date would parse as UTC.
    const text = /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? `${value}T00:00` : String(value);
    await field.fill(text);
    await field.blur();
    return;
  }
  if (kind.role === 'combobox') {
    // Fluent Combobox: its options render in a portal outside the card.
    await field.click();
    for (const title of Array.isArray(value) ? value : [String(value)]) {
      await page.getByRole('option', { name: title, exact: true }).click();
    }
    if (Array.isArray(value)) await field.press('Escape');
    return;
  }
  if (Array.isArray(value)) {
    for (const title of value) await card.getByRole('checkbox', { name: title, exact: true }).check();
    return;
  }
  await field.fill(String(value));
}

export async function fillCard(card: Locator, values: Record<string, CardValue>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await fillCardInput(card, label, value);
}

/**
 * Clicks an action button on a card (Action.Execute sends an `adaptiveCard/action` invoke; the
 * playground then shows "Your response was sent to the app" under the card and replaces the card
 * with the one the bot returned).
 */
export async function clickCardAction(card: Locator, title: string): Promise<void> {
  await card.getByRole('button', { name: title, exact: true }).click();
}

/** A viewport screenshot (the transcript scrolls inside the page, so a full-page one shows no more). */
export async function screenshot(page: Page, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

/** Writes `<base>.html` (the DOM) and `<base>.aria.txt` (the accessibility tree) for writing selectors. */
export async function dumpPage(page: Page, base: string): Promise<void> {
  mkdirSync(path.dirname(base), { recursive: true });
  writeFileSync(`${base}.html`, await page.content());
  writeFileSync(`${base}.aria.txt`, await page.locator('body').ariaSnapshot());
}
