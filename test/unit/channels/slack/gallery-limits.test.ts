/**
 * Slack's limits as a checked contract: every payload the bot can produce (the gallery: every
 * message the cycle sends, every command answer and card, every form and vote modal, every Home;
 * in bokmål, nynorsk and English; with every text as long as the domain allows and full of what
 * escaping lengthens) is rendered by the Slack renderers and checked against Slack's documented
 * limits. A long report is cut with «…» or split over blocks, never refused.
 */
import { reportModal, voteModal } from '../../../../src/channels/slack/blocks/modals';
import { renderHome } from '../../../../src/channels/slack/blocks/render-home';
import { renderView } from '../../../../src/channels/slack/blocks/render-view';
import { LOCALES } from '../../../../src/domain/model';
import { blockKitBreaches } from '../../../helpers/slack-block-kit-limits';
import type { Json } from '../../../helpers/slack-double-state';
import { buildGallery, type Gallery } from '../../../helpers/slack-gallery';

jest.setTimeout(120_000);
const render = { images: true };
const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as Json;

describe.each(LOCALES)('every Slack payload in %s', (locale) => {
  let gallery: Gallery;
  beforeAll(async () => {
    gallery = await buildGallery(locale);
  });

  it('covers every kind of view the walk can produce', () => {
    const kinds = new Set([...gallery.messages, ...gallery.answers].map((v) => v.kind));
    const expected = [
      ...['report-request', 'acceptance-request', 'reminder', 'escalation', 'preflight', 'notice'],
      ...['review-summary', 'review-item', 'briefing-request', 'recommendation-changed', 'agenda-summary'],
      ...['report-form', 'report-receipt', 'review-vote', 'table'],
    ];
    expect(expected.filter((k) => !kinds.has(k as never))).toEqual([]);
    expect(gallery.messages.filter((m) => m.locale !== locale).map((m) => `${m.kind}: ${m.title}`)).toEqual([]);
  });

  it('reaches the limits: the longest reports fill sections to the brim and are split, not refused', () => {
    const sections = [...gallery.messages, ...gallery.answers]
      .flatMap((view) => (asJson(renderView(view, render)).blocks as Json[]).filter((b) => b.type === 'section'))
      .map((b) => Array.from(String((b.text as Json | undefined)?.text ?? '')).length);
    expect(Math.max(...sections)).toBeGreaterThan(2_900);
  });

  it('keeps every message within Slack’s limits', () => {
    const breaches = [...gallery.messages, ...gallery.answers].flatMap((view) =>
      blockKitBreaches(asJson(renderView(view, render)), 'message').map((b) => `${view.kind}: ${b}`),
    );
    expect(breaches).toEqual([]);
  });

  it('keeps every report and vote modal within Slack’s limits', () => {
    const modals = gallery.answers.flatMap((view) => {
      if (view.kind === 'report-form') return [reportModal(view, { channel: 'D0123456789', ts: '1700000000.000100' })];
      if (view.kind === 'review-vote')
        return [
          voteModal(view, 'disagree', {
            channel: 'C0123456789',
            ts: '1700000000.000100',
            threadTs: '1700000000.000001',
          }),
        ];
      return [];
    });
    expect(modals.length).toBeGreaterThan(10);
    expect(modals.flatMap((m) => blockKitBreaches(asJson(m), 'modal'))).toEqual([]);
  });

  it('keeps every App Home within Slack’s limits', () => {
    expect(gallery.homes.flatMap((h) => blockKitBreaches(asJson(renderHome(h.due, h.locale, render)), 'home'))).toEqual(
      [],
    );
  });
});

describe('the limits checker', () => {
  it('catches what Slack would refuse', () => {
    const tooMuch = {
      text: 'x',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: `<!channel> ${'a'.repeat(3_000)}` } },
        ...Array.from({ length: 50 }, () => ({ type: 'divider' })),
      ],
    };
    const breaches = blockKitBreaches(tooMuch, 'message');
    expect(breaches.some((b) => /51 blocks/.test(b))).toBe(true);
    expect(breaches.some((b) => /over 3000/.test(b))).toBe(true);
    expect(breaches.some((b) => /unescaped/.test(b))).toBe(true);
  });
});
