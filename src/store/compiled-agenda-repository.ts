import type { Quarter } from '../domain/model';
import type { CompiledAgenda, CompiledAgendaRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Sql } from './sql';

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

export class SqlCompiledAgendaRepository implements CompiledAgendaRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async latest(roundId: Quarter): Promise<CompiledAgenda | null> {
    const row = (await this.sql.get(
      'SELECT * FROM compiled_agendas WHERE round_id = ? ORDER BY revision DESC LIMIT 1',
      [roundId],
    )) as Row | undefined;
    return row ? toAgenda(row) : null;
  }

  async latestPublished(roundId: Quarter): Promise<CompiledAgenda | null> {
    const row = (await this.sql.get(
      'SELECT * FROM compiled_agendas WHERE round_id = ? AND published_at IS NOT NULL ORDER BY revision DESC LIMIT 1',
      [roundId],
    )) as Row | undefined;
    return row ? toAgenda(row) : null;
  }

  async get(roundId: Quarter, revision: number): Promise<CompiledAgenda | null> {
    const row = (await this.sql.get('SELECT * FROM compiled_agendas WHERE round_id = ? AND revision = ?', [
      roundId,
      revision,
    ])) as Row | undefined;
    return row ? toAgenda(row) : null;
  }

  async save(a: CompiledAgenda): Promise<void> {
    await this.sql.run(
      `INSERT INTO compiled_agendas (round_id, revision, hash, case_number, locale, created_at, created_by, markdown,
           html, docx, heatmap_png, summary, published_at, edition, undecided_points)
         VALUES (@roundId, @revision, @hash, @caseNumber, @locale, @createdAt, @createdBy, @markdown, @html, @docx,
           @heatmapPng, @summary, @publishedAt, @edition, @undecidedPoints)`,
      a,
    );
    await this.audit.record('compile', 'agenda', `${a.roundId}/${a.revision}`, null, {
      hash: a.hash,
      caseNumber: a.caseNumber,
      revision: a.revision,
      edition: a.edition,
    });
  }

  async markPublished(roundId: Quarter, revision: number, at: Date): Promise<void> {
    await this.sql.run(
      'UPDATE compiled_agendas SET published_at = ? WHERE round_id = ? AND revision = ? AND published_at IS NULL',
      [at.toISOString(), roundId, revision],
    );
    await this.audit.record('publish', 'agenda', `${roundId}/${revision}`, null, { at: at.toISOString() });
  }
}
