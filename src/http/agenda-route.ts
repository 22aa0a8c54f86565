import { AGENDA_FORMATS, type AgendaFormat, verifyAgendaLink } from '../app/agenda/signed-links';
import type { UnitOfWork } from '../domain/ports';
import type { Route } from './server';

const CONTENT_TYPES: Record<AgendaFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
};

/** `GET /agenda/<round>/r<revision>.<format>?exp=…&sig=…`: a compiled document behind a signed, expiring link. */
export function agendaRoute(uow: UnitOfWork, secret: string, now: () => Date): Route {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/agenda\/(\d{4}-Q[1-4])\/r(\d+)\.(\w+)$/.exec(url.pathname);
    if (!match || req.method !== 'GET') return false;
    const [, roundId = '', revision = '0', ext = ''] = match;
    const format = (AGENDA_FORMATS as readonly string[]).includes(ext) ? (ext as AgendaFormat) : null;
    const check = verifyAgendaLink(
      secret,
      url.pathname,
      url.searchParams.get('exp'),
      url.searchParams.get('sig'),
      now(),
    );
    if (!format || check === 'invalid') {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return true;
    }
    if (check === 'expired') {
      res.writeHead(410, { 'content-type': 'text/plain; charset=utf-8' }).end('This link has expired');
      return true;
    }
    const agenda = await uow.read(async (repos) => await repos.compiledAgendas.get(roundId, Number(revision)));
    if (!agenda) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return true;
    }
    const body = { md: agenda.markdown, html: agenda.html, docx: agenda.docx, png: agenda.heatmapPng }[format];
    if (body.length === 0) {
      // This format could not be made when the paper was compiled (the preview said so); the others work.
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('This format is not available');
      return true;
    }
    const name = `sak-${agenda.caseNumber.replace('/', '-')}${agenda.edition > 0 ? `-rev${agenda.edition}` : ''}.${format}`;
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `${format === 'png' || format === 'html' ? 'inline' : 'attachment'}; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
    return true;
  };
}
