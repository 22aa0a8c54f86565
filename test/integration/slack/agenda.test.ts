/**
 * `/skate sammenstill` in Slack: acknowledged at once with «working on it» (compiling takes
 * longer than Slack's three seconds), then the preview through the response_url, for the
 * secretariat alone: the heat map as an image block, the documents as links and «Publiser».
 * Publishing posts the summary in Skate's channel and attaches the Word file in its thread
 * (files.uploadV2: the upload URL, the bytes, the completion with the channel and thread).
 */
import { messagesFor } from '../../../src/i18n';
import { blockKitBreaches } from '../../helpers/slack-block-kit-limits';
import type { Json } from '../../helpers/slack-double-state';
import { CHANNELS, type SlackHarness, startSlackHarness } from './harness';
import { buttonIn, command, mention, press } from './talk';

jest.setTimeout(120_000);
const nb = messagesFor('nb');
let h: SlackHarness;
let preview: Json;
let responseUrl: string;

beforeAll(async () => {
  h = await startSlackHarness();
  await mention(h, 'ingrid', 'kanal au', CHANNELS.au);
  await mention(h, 'ingrid', 'kanal skate', CHANNELS.skate);
  await command(h, 'ingrid', 'runde åpne 2026-Q4');
  await command(h, 'ingrid', 'runde gjennomgang 2026-Q4');
});
afterAll(() => h.stop());

describe('compiling in Slack', () => {
  it('acknowledges at once, then answers the secretariat alone with the preview', async () => {
    const mark = h.double.calls.length;
    const started = Date.now();
    const { ack, answers } = await command(h, 'ingrid', 'sammenstill');
    expect(ack.json).toEqual({ response_type: 'ephemeral', text: nb.commands.compiling });
    const posted = h.double.calls.slice(mark).find((c) => c.method === 'response_url');
    expect(posted).toBeDefined();
    preview = answers.at(-1) ?? {};
    responseUrl = posted?.url ?? '';
    expect(preview.response_type).toBe('ephemeral');
    const blocks = (preview.blocks ?? []) as Json[];
    expect(blockKitBreaches(preview, 'message')).toEqual([]);
    const image = blocks.find((b) => b.type === 'image');
    expect(String(image?.image_url)).toMatch(
      /^https:\/\/skate-bot\.example\.no\/agenda\/2026-Q4\/r\d+\.png\?exp=\d+&sig=/,
    );
    const links = blocks
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements as Json[])
      .filter((e) => e.url);
    expect(links.map((l) => String(l.url))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\.docx\?/),
        expect.stringMatching(/\.html\?/),
        expect.stringMatching(/\.md\?/),
      ]),
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('publishes to Skate’s channel with the Word file attached in the thread', async () => {
    // AU adopted nothing in this test: the secretariat puts the points forward, and compiles again.
    const propose = buttonIn((preview.blocks ?? []) as Json[], 'agenda.point-propose');
    if (propose) {
      await press(
        h,
        'ingrid',
        propose,
        { message: { channel: 'D0INGRID', ts: '1.1', ephemeral: true }, responseUrl },
        {
          until: (calls) => calls.some((c) => c.method === 'response_url'),
        },
      );
      const again = await command(h, 'ingrid', 'sammenstill');
      responseUrl = again.responseUrl;
      const withPublish = await h.double.waitFor(
        () =>
          h.double
            .callsTo('response_url')
            .find((c) => c.url === responseUrl && buttonIn((c.args.blocks ?? []) as Json[], 'agenda.publish')),
        60_000,
        'the preview with «Publiser»',
      );
      preview = withPublish.args;
    }
    const publish = buttonIn((preview.blocks ?? []) as Json[], 'agenda.publish');
    if (!publish) throw new Error('no «Publiser»');
    await press(
      h,
      'ingrid',
      publish,
      { message: { channel: 'D0INGRID', ts: '1.1', ephemeral: true }, responseUrl },
      {
        until: (calls) => calls.some((c) => c.method === 'response_url'),
      },
    );
    const replaced = h.double
      .callsTo('response_url')
      .filter((c) => c.url === responseUrl)
      .at(-1);
    expect(replaced?.args.replace_original).toBe(true);
    await h.deliver();
    const post = h.double.state.messages.find(
      (m) => m.channel === CHANNELS.skate && m.blocks.some((b) => b.type === 'image'),
    );
    if (!post) throw new Error('nothing posted in Skate’s channel');
    expect(blockKitBreaches({ text: post.text, blocks: post.blocks }, 'message')).toEqual([]);
    const file = h.double.state.files.find((f) => f.channel === CHANNELS.skate);
    expect(file).toMatchObject({ threadTs: post.ts });
    expect(file?.filename).toMatch(/^sak-\d+-\d{4}(-rev\d+)?\.docx$/);
    expect(file?.bytes).toBeGreaterThan(1_000);
    expect(h.double.callsTo('files.completeUploadExternal')).toHaveLength(1);
  });
});
