import { createHmac, timingSafeEqual } from 'node:crypto';

export const AGENDA_FORMATS = ['md', 'html', 'docx', 'png'] as const;
export type AgendaFormat = (typeof AGENDA_FORMATS)[number];

function signature(secret: string, path: string, expires: number): string {
  return createHmac('sha256', secret).update(`${path}\n${expires}`).digest('base64url');
}

/** The path of a compiled document: `/agenda/2026-Q4/r0.docx`. */
export function agendaPath(roundId: string, revision: number, format: AgendaFormat): string {
  return `/agenda/${roundId}/r${revision}.${format}`;
}

/**
 * A link to a compiled document that works until `expiresAt` and cannot be
 * altered: Teams cannot attach files to channel posts, so the bot serves the
 * documents itself, and only people who were sent the link can open them.
 */
export function signAgendaLink(
  baseUrl: string,
  secret: string,
  roundId: string,
  revision: number,
  format: AgendaFormat,
  expiresAt: Date,
): string {
  const path = agendaPath(roundId, revision, format);
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${baseUrl}${path}?exp=${expires}&sig=${signature(secret, path, expires)}`;
}

/** Checks a link's signature and expiry. */
export function verifyAgendaLink(
  secret: string,
  path: string,
  exp: string | null,
  sig: string | null,
  now: Date,
): 'ok' | 'expired' | 'invalid' {
  if (!exp || !sig || !/^\d+$/.test(exp)) return 'invalid';
  const expected = Buffer.from(signature(secret, path, Number(exp)));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return Number(exp) * 1000 < now.getTime() ? 'expired' : 'ok';
}
