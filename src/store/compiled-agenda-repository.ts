import type { Quarter } from '../domain/model';
import type { CompiledAgenda, CompiledAgendaRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { statement } from './statement-cache';

interface Row {
  round_id: string;
  revision: number;
  hash: string;
  case_number: string;
  locale: string;
  created_at: string;
  created_by: string;
  markdown: string;
  html: string;
  docx: Buffer;
  heatmap_png: Buffer;
  summary: string;
  published_at: string | null;
  edition: number;
  undecided_points: number;
}

const toAgenda = (r: Row): CompiledAgenda => ({
  roundId: r.round_id,
  revision: r.revision,
  hash: r.hash,
  caseNumber: r.case_number,
  locale: r.locale,
  createdAt: r.created_at,
  createdBy: r.created_by,
  markdown: r.markdown,
  html: r.html,
  docx: r.docx,
  heatmapPng: r.heatmap_png,
  summary: r.summary,
  publishedAt: r.published_at,
  edition: r.edition,
  undecidedPoints: r.undecided_points,
});

export class SqliteCompiledAgendaRepository implements CompiledAgendaRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  latest(roundId: Quarter): CompiledAgenda | null {
    const row = statement(
      this.db,
      'SELECT * FROM compiled_agendas WHERE round_id = ? ORDER BY revision DESC LIMIT 1',
    ).get(roundId) as Row | undefined;
    return row ? toAgenda(row) : null;
  }

  latestPublished(roundId: Quarter): CompiledAgenda | null {
    const row = statement(
      this.db,
      'SELECT * FROM compiled_agendas WHERE round_id = ? AND published_at IS NOT NULL ORDER BY revision DESC LIMIT 1',
    ).get(roundId) as Row | undefined;
    return row ? toAgenda(row) : null;
  }

  get(roundId: Quarter, revision: number): CompiledAgenda | null {
    const row = statement(this.db, 'SELECT * FROM compiled_agendas WHERE round_id = ? AND revision = ?').get(
      roundId,
      revision,
    ) as Row | undefined;
    return row ? toAgenda(row) : null;
  }

  save(a: CompiledAgenda): void {
    statement(
      this.db,
      `INSERT INTO compiled_agendas (round_id, revision, hash, case_number, locale, created_at, created_by, markdown,
           html, docx, heatmap_png, summary, published_at, edition, undecided_points)
         VALUES (@roundId, @revision, @hash, @caseNumber, @locale, @createdAt, @createdBy, @markdown, @html, @docx,
           @heatmapPng, @summary, @publishedAt, @edition, @undecidedPoints)`,
    ).run(a);
    this.audit.record('compile', 'agenda', `${a.roundId}/${a.revision}`, null, {
      hash: a.hash,
      caseNumber: a.caseNumber,
      revision: a.revision,
      edition: a.edition,
    });
  }

  markPublished(roundId: Quarter, revision: number, at: Date): void {
    statement(
      this.db,
      'UPDATE compiled_agendas SET published_at = ? WHERE round_id = ? AND revision = ? AND published_at IS NULL',
    ).run(at.toISOString(), roundId, revision);
    this.audit.record('publish', 'agenda', `${roundId}/${revision}`, null, { at: at.toISOString() });
  }
}
