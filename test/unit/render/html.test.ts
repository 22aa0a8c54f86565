import { type DefaultTreeAdapterMap, parse } from 'parse5';
import type { AgendaDocument } from '../../../src/domain/agenda/agenda-document';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import { messagesFor } from '../../../src/i18n';
import { decisionPoints } from '../../../src/render/agenda-au-text';
import { initiativeLabel } from '../../../src/render/agenda-text';
import { escapeText, renderHtml } from '../../../src/render/html';
import { renderMarkdown } from '../../../src/render/markdown';
import { AGENDA_CASES, agendaCase } from '../../helpers/agenda-cases';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const VOID = new Set(['meta', 'br', 'img', 'link', 'hr', 'input']);
const PAYLOAD = `<script>alert('x')</script><img src=x onerror="alert(1)"> & </td></p>`;

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) elements(child, out);
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/**
 * Parses the page and checks that it is well-formed: no tokenizer errors, and
 * every element closed explicitly in the source (void elements excepted,
 * self-closing allowed in SVG), so the browser never repairs the structure.
 */
function parseStrict(html: string): Element[] {
  const errors: string[] = [];
  const document = parse(html, { sourceCodeLocationInfo: true, onParseError: (e) => errors.push(e.code) });
  expect(errors).toEqual([]);
  const all = elements(document);
  const unclosed = all.filter((el) => {
    const loc = el.sourceCodeLocation;
    if (!loc || VOID.has(el.tagName) || loc.endTag) return false;
    const selfClosed = html.slice(loc.startTag?.startOffset, loc.startTag?.endOffset).endsWith('/>');
    return !(el.namespaceURI === 'http://www.w3.org/2000/svg' && selfClosed);
  });
  expect(unclosed.map((el) => el.tagName)).toEqual([]);
  // Every end tag in the source belongs to an element (no stray ones dropped by the parser).
  const endTags = (html.match(/<\/[a-zA-Z][\w-]*\s*>/g) ?? []).length;
  expect(all.filter((el) => el.sourceCodeLocation?.endTag).length).toBe(endTags);
  return all;
}

const headingsOf = (all: Element[]): string[] =>
  all.filter((el) => /^h[1-3]$/.test(el.tagName)).map((el) => `${el.tagName[1]} ${textOf(el).trim()}`);

/** The Markdown's headings, unescaped: «2 Historikk/bakgrunn». */
const markdownHeadings = (doc: AgendaDocument): string[] =>
  renderMarkdown(doc)
    .split('\n')
    .flatMap((line) => {
      const m = /^(#{1,3}) (.*)$/.exec(line);
      return m ? [`${m[1]?.length} ${(m[2] ?? '').replace(/\\(.)/g, '$1')}`] : [];
    });

describe('renderHtml', () => {
  it.each(AGENDA_CASES)('%s: well-formed, with the Markdown headings and every initiative', async (name) => {
    const doc = composeAgenda(await agendaCase(name));
    const html = renderHtml(doc);
    const all = parseStrict(html);
    expect(headingsOf(all)).toEqual(markdownHeadings(doc));
    const text = textOf(all[0] as Element);
    for (const row of doc.statusOverview) expect(text).toContain(initiativeLabel(row.initiativeId, row.title));
    for (const point of decisionPoints(doc)) {
      expect(text).toContain(point.text.replace(/\s+/g, ' ').trim());
      if (point.note !== null) expect(text).toContain(point.note.replace(/\s+/g, ' ').trim());
    }
    const ol = all.find((el) => el.tagName === 'ol');
    expect(ol?.childNodes.filter((n) => n.nodeName === 'li')).toHaveLength(decisionPoints(doc).length);
  });

  it('is one self-contained page: lang, charset, inline style and SVG, no external assets', async () => {
    const doc = composeAgenda(await agendaCase('red-deviations', 'en'));
    const html = renderHtml(doc);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const all = parseStrict(html);
    expect(all.filter((el) => ['link', 'script', 'img', 'iframe'].includes(el.tagName))).toEqual([]);
    const refs = all.flatMap((el) => el.attrs.filter((a) => a.name === 'src' || a.name === 'href'));
    expect(refs).toEqual([]);
    expect(all.filter((el) => el.tagName === 'style')).toHaveLength(1);
    expect(all.filter((el) => el.tagName === 'svg')).toHaveLength(1);
    expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('prints on A4 with the appendix on a new page and table rows kept whole', async () => {
    const html = renderHtml(composeAgenda(await agendaCase('all-green')));
    expect(html).toContain('@page { size: A4;');
    const print = html.slice(html.indexOf('@media print'));
    expect(print).toMatch(/\.appendix \{[^}]*break-before: page/);
    expect(print).toMatch(/tr,[^{]*\{[^}]*break-inside: avoid/);
    expect(print).toContain('thead { display: table-header-group; }');
  });

  it('shows each light as shape and word, not colour alone', async () => {
    const doc = composeAgenda(await agendaCase('red-deviations'));
    const all = parseStrict(renderHtml(doc));
    const cells = all.filter((el) => el.tagName === 'td' && el.attrs.some((a) => a.value.includes('light-')));
    const t = messagesFor('nb').lights;
    const texts = new Set(cells.map((c) => textOf(c).trim()));
    expect(texts).toEqual(new Set([`● ${t.green}`, `▲ ${t.yellow}`, `■ ${t.red}`]));
  });

  it('escapes what people wrote, so a report cannot inject markup', async () => {
    const doc = composeAgenda(await agendaCase('red-deviations'));
    const report = doc.appendix[0]?.report;
    if (!report || !doc.statusOverview[0] || !doc.heatmap.rows[0] || !doc.deviations[0]) throw new Error('fixture');
    report.progress = `${PAYLOAD}\nline two`;
    doc.statusOverview[0].title = PAYLOAD;
    doc.heatmap.rows[0].title = PAYLOAD;
    doc.deviations[0].correctiveActions = PAYLOAD;
    doc.presenter = PAYLOAD;
    const html = renderHtml(doc);
    const all = parseStrict(html);
    expect(all.filter((el) => el.tagName === 'script' || el.tagName === 'img')).toEqual([]);
    expect(all.flatMap((el) => el.attrs.filter((a) => a.name.startsWith('on')))).toEqual([]);
    const text = textOf(all[0] as Element);
    expect(text).toContain(PAYLOAD);
    expect(html).toContain(`${escapeText(PAYLOAD)}<br>\nline two`);
  });

  it('escapes quotes and ampersands for attribute values too', () => {
    expect(escapeText(`"a" & 'b' <c>`)).toBe('&quot;a&quot; &amp; &#39;b&#39; &lt;c&gt;');
  });
});
