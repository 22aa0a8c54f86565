import type { ChangeContext, Repositories, UnitOfWork } from '../domain/ports';
import { SqliteAgendaRepository } from './agenda-repository';
import { Auditor, SqliteAuditRepository } from './audit-repository';
import { SqliteCompiledAgendaRepository } from './compiled-agenda-repository';
import type { Db } from './db';
import { SqliteDecisionRepository } from './decision-repository';
import { SqliteDirectoryRepository } from './directory-repository';
import { SqliteFinalTreatmentRepository } from './final-treatment-repository';
import { SqliteIdempotencyRepository } from './idempotency-repository';
import { SqliteInitiativeRepository } from './initiative-repository';
import { SqliteJobRepository } from './job-repository';
import { SqliteLocalDeliveryRepository } from './local-delivery-repository';
import { SqliteMeetingRepository } from './meeting-repository';
import { SqliteOrganisationRepository } from './organisation-repository';
import { SqliteOutboxRepository } from './outbox-repository';
import { SqlitePersonRepository } from './person-repository';
import { SqlitePointDecisionRepository } from './point-decision-repository';
import { SqliteRecommendationRepository } from './recommendation-repository';
import { SqliteReportRepository } from './report-repository';
import { SqliteRoundRepository } from './round-repository';
import { SqliteVoteRepository } from './vote-repository';

const READ_ONLY: ChangeContext = { actor: 'read-only', now: new Date(0) };

function repositories(db: Db, ctx: ChangeContext): Repositories {
  const audit = new Auditor(db, ctx);
  return {
    organisations: new SqliteOrganisationRepository(db, audit),
    people: new SqlitePersonRepository(db, audit),
    initiatives: new SqliteInitiativeRepository(db, audit),
    meetings: new SqliteMeetingRepository(db, audit),
    rounds: new SqliteRoundRepository(db, audit),
    reports: new SqliteReportRepository(db, audit),
    votes: new SqliteVoteRepository(db, audit),
    recommendations: new SqliteRecommendationRepository(db, audit),
    decisions: new SqliteDecisionRepository(db, audit),
    agenda: new SqliteAgendaRepository(db, audit),
    pointDecisions: new SqlitePointDecisionRepository(db, audit),
    finalTreatments: new SqliteFinalTreatmentRepository(db, audit),
    idempotency: new SqliteIdempotencyRepository(db),
    audit: new SqliteAuditRepository(db, audit),
    outbox: new SqliteOutboxRepository(db),
    jobs: new SqliteJobRepository(db),
    directory: new SqliteDirectoryRepository(db, audit),
    localDeliveries: new SqliteLocalDeliveryRepository(db),
    compiledAgendas: new SqliteCompiledAgendaRepository(db, audit),
  };
}

/** The SQLite unit of work: one IMMEDIATE transaction per use-case write, committed before it returns. */
export class SqliteUnitOfWork implements UnitOfWork {
  constructor(private readonly db: Db) {}

  write<T>(ctx: ChangeContext, work: (repos: Repositories) => T): T {
    return this.db.transaction(() => work(repositories(this.db, ctx))).immediate();
  }

  read<T>(work: (repos: Repositories) => T): T {
    // A deferred transaction gives the reads one consistent snapshot; nothing is written.
    return this.db.transaction(() => work(repositories(this.db, READ_ONLY)))();
  }
}
