import { escapedChunks, escapedWithin, escapeMrkdwn, truncate } from '../../../../src/channels/slack/blocks/text';

describe('mrkdwn escaping', () => {
  it.each([
    ['<!channel> se her', '&lt;!channel&gt; se her'],
    ['<@U024BE7LH> gjør det', '&lt;@U024BE7LH&gt; gjør det'],
    ['<https://evil.example|klikk her>', '&lt;https://evil.example|klikk her&gt;'],
    ['AT&T & co', 'AT&amp;T &amp; co'],
    ['&lt; er allerede escapet', '&amp;lt; er allerede escapet'],
  ])('turns %p into text that cannot be a mention or a link', (raw, escaped) => {
    expect(escapeMrkdwn(raw)).toBe(escaped);
  });

  it('cuts escaped text with «…» without breaking an entity', () => {
    const out = escapedWithin(`${'a'.repeat(8)}<<<<`, 12);
    expect(Array.from(out).length).toBeLessThanOrEqual(12);
    expect(out.endsWith('…')).toBe(true);
    expect(out).not.toMatch(/&(?!(amp|lt|gt);)/);
  });

  it('splits a long text into pieces within the limit, whole and in order', () => {
    const raw = Array.from({ length: 400 }, (_, i) => `ord${i} <&>`).join(' ');
    const pieces = escapedChunks(raw, 300);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(Array.from(p).length).toBeLessThanOrEqual(300);
      expect(p).not.toMatch(/&(?!(amp|lt|gt);)/);
      expect(p).not.toMatch(/[<>]/);
    }
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(escapeMrkdwn(raw).replace(/\s+/g, ' '));
  });

  it('splits a text of nothing but escapes', () => {
    for (const p of escapedChunks('&'.repeat(2_000), 3_000)) expect(p).toMatch(/^(&amp;)+$/);
  });

  it('truncates plain text by characters, never half an emoji', () => {
    expect(truncate('Statusrapport T-2026-003 for 4. kvartal', 24)).toBe('Statusrapport T-2026-00…');
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(truncate('kort', 24)).toBe('kort');
  });
});
