import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadDemoData } from '../../app/demo/load-demo';
import { IMPORT_KINDS, type ImportKind } from '../../app/import';
import { importRegistry } from '../../app/registry/import-registry';
import { DomainFailure } from '../../domain/errors';
import { formatDate, formatNok } from '../../i18n/format';
import type { CliRuntime } from '../runtime';

/** `demo`, `import`, `initiatives`, `people`, `meetings`. */
export function registerRegistryCommands(program: Command, rt: () => CliRuntime): void {
  program
    .command('demo')
    .description('Load the demo data into an empty database')
    .action(() => {
      const { app, out, actor, now } = rt();
      const summary = loadDemoData(app, actor, now());
      if (!summary) {
        out.line(out.t.cli.demoSkipped);
        return;
      }
      out.line(out.t.cli.demoLoaded({ ...summary, round: summary.pastRound }));
    });

  program
    .command('import')
    .description(`Import a CSV file (all or nothing): ${IMPORT_KINDS.join(' | ')}. See docs/csv-import.md`)
    .argument('<kind>', IMPORT_KINDS.join(' | '))
    .argument('<file>', 'UTF-8 CSV file, ; or , separated')
    .action((kind: string, file: string) => {
      const runtime = rt();
      const { app, out, actor, now } = runtime;
      if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
        throw DomainFailure.of('IMPORT.INVALID_FILE', { reason: `${kind}: ${IMPORT_KINDS.join(', ')}` });
      }
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw DomainFailure.of('IMPORT.INVALID_FILE', { reason: (error as Error).message });
      }
      const outcome = importRegistry(app, kind as ImportKind, text, actor, now());
      if (!outcome.ok) {
        out.line(out.t.cli.importRejected(outcome.issues.length));
        for (const issue of outcome.issues) {
          out.line(out.t.cli.importIssue(issue.line, issue.column, out.t.importIssues[issue.code](issue.params)));
        }
        runtime.exitCode = 1;
        return;
      }
      out.line(out.t.cli.imported({ kind: out.t.cli.importKinds[outcome.kind], ...outcome.counts }));
    });

  program
    .command('initiatives')
    .description('List the initiatives')
    .action(() => {
      const { app, out } = rt();
      const { t } = out;
      const c = t.cli.columns;
      const initiatives = app.uow.read((repos) => repos.initiatives.list());
      out.table(
        [c.id, c.title, c.owner, c.acceptance, c.phase, c.track, c.agreed, c.contacts],
        initiatives.map((i) => [
          i.id,
          i.title,
          i.ownerOrganisationId,
          t.acceptance[i.acceptance],
          t.phases[i.phase],
          t.tracks[i.track],
          `${formatDate(i.agreedCompletionDate, out.locale)}\n${formatNok(i.agreedCostNok, out.locale)}`,
          i.contacts.join('\n'),
        ]),
      );
    });

  program
    .command('people')
    .description('List the people and their roles')
    .action(() => {
      const { app, out } = rt();
      const { t } = out;
      const c = t.cli.columns;
      const people = app.uow.read((repos) => repos.people.list());
      out.table(
        [c.email, c.name, c.organisation, c.roles, c.language, c.linked],
        people.map((p) => [
          p.email,
          p.name,
          p.organisationId ?? t.none,
          p.roles.map((r) => t.roles[r]).join(', '),
          p.locale,
          p.identities.map((i) => i.platform).join(', ') || t.no,
        ]),
      );
    });

  program
    .command('meetings')
    .description('Show the meeting plan (Skate and AU) and the round each Skate meeting belongs to')
    .action(() => {
      const { app, out } = rt();
      const { t } = out;
      const c = t.cli.columns;
      const { meetings, rounds } = app.uow.read((repos) => ({
        meetings: repos.meetings.list(),
        rounds: repos.rounds.list(),
      }));
      out.table(
        [c.date, c.forum, c.place, c.round],
        meetings.map((m) => [
          formatDate(m.date, out.locale),
          t.forums[m.forum],
          m.place ?? t.none,
          rounds.find((r) => r.skateMeetingId === m.id || r.auMeetingId === m.id)?.id ?? t.none,
        ]),
      );
    });
}
