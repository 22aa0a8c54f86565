/**
 * The stylesheet of the HTML agenda item, inlined in the page: readable on
 * screen, and on paper A4 with the appendix on a new page, table rows kept
 * whole and header rows repeated. Light cells carry a tint, but the shape and
 * the word say the same thing in black and white.
 */
export const AGENDA_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  font-family: Arial, 'Liberation Sans', 'DejaVu Sans', Helvetica, sans-serif;
  font-size: 11pt; line-height: 1.45; color: #1a1a1a; background: #fff;
  max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem;
}
h1 { font-size: 1.6em; letter-spacing: 0.04em; margin: 0 0 0.6em; }
h2 { font-size: 1.3em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #bbb; padding-bottom: 0.15em; }
h3 { font-size: 1.08em; margin: 1.2em 0 0.4em; }
p { margin: 0 0 0.6em; }
.case-head p { margin: 0 0 0.25em; }
.case-head .case-line { font-weight: bold; font-size: 1.1em; margin: 0.6em 0 0.25em; }
.case-head .revision { font-weight: bold; border-left: 4px solid #555; padding-left: 0.5em; }
.decision-label { font-weight: bold; margin-top: 1em; }
ol.decision { margin: 0 0 1em; padding-left: 1.6em; }
ol.decision li { margin-bottom: 0.3em; }
ol.decision li p { margin: 0 0 0.2em; }
ol.decision p.point-note { font-style: italic; color: #444; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-size: 0.92em; }
th, td { border: 1px solid #9a9a9a; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
thead th { background: #e6e6e6; }
td.num { text-align: right; }
td.light, td.trend { white-space: nowrap; }
.light-green { background: #e2f2e5; }
.light-yellow { background: #fff3c4; }
.light-red { background: #f9d9d9; }
.symbol { display: inline-block; min-width: 1.1em; }
.legend { font-size: 0.9em; color: #333; }
.heatmap { margin: 0.5em 0 1em; overflow-x: auto; }
.heatmap svg { max-width: 100%; height: auto; }
dl.facts { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: 0.2em 1em; margin: 0 0 1em; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
ul { margin: 0 0 0.8em; padding-left: 1.4em; }
.closing { margin-top: 2em; }
.closing p { margin: 0 0 0.25em; }
.appendix { margin-top: 2.5em; border-top: 2px solid #555; }
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  .appendix { break-before: page; page-break-before: always; border-top: none; margin-top: 0; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, dl.facts, li, .heatmap { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  td.light, .heatmap { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .heatmap { overflow: visible; }
}
`;
