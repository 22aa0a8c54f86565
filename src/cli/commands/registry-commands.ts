import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadDemoData } from '../../app/demo/load-demo';
import { groupIssues, IMPORT_KINDS, type ImportKind } from '../../app/import';
import { importRegistry } from '../../app/registry/import-registry';
import { DomainFailure } from '../../domain/errors';
import { formatDate, formatNok } from '../../i18n/format';
import type { CliRuntime } from '../runtime';

/** How many line numbers one grouped problem lists before «and N more». */
const SHOWN_LINES = 10;
/** How many created or updated ids the import's answer names before «and N more». */
const SHOWN_KEYS = 20;

/** `demo`, `import`, `initiatives`, `people`, `meetings`. */
export function registerRegistryCommands(program: Command, rt: () => CliRuntime): void {
  program
    .command('demo')
    .description('Load the demo data into an empty database')
    .action(async () => {
      const { app, out, actor, now } = rt();
      const summary = await loadDemoData(app, actor, now());
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
    .argument('<file>', 'CSV file, ; or , separated; UTF-8 (a Windows-1252 file is read as such when clearly so)')
    .action(async (kind: string, file: string) => {
      const runtime = rt();
      const { app, out, actor, now } = runtime;
      if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
        throw DomainFailure.of('IMPORT.INVALID_FILE', { reason: `${kind}: ${IMPORT_KINDS.join(', ')}` });
      }
      let bytes: Uint8Array;
      try {
        // Bytes, not text: the import decides the encoding, instead of Node turning Latin-1 into «�».
        bytes = readFileSync(file);
      } catch (error) {
        throw DomainFailure.of('IMPORT.INVALID_FILE', { reason: (error as Error).message });
      }
      const outcome = await importRegistry(app, kind as ImportKind, bytes, actor, now());
      const { t } = out;
      if (!outcome.ok) {
        out.line(t.cli.importRejected(outcome.issues.length));
        // One line per problem, with every line of the file it occurs on: a systematic error reads as one.
        for (const group of groupIssues(outcome.issues)) {
          const shown = group.lines.slice(0, SHOWN_LINES);
          out.line(
            t.cli.importIssueGroup({
              lines: shown.join(', '),
              count: group.lines.length,
              more: group.lines.length - shown.length,
              column: group.column,
              message: t.importIssues[group.code](group.params),
            }),
          );
        }
        runtime.exitCode = 1;
        return;
      }
      if (outcome.encoding === 'windows-1252') out.line(t.cli.importDecoded('Windows-1252'));
      out.line(t.cli.imported({ kind: t.cli.importKinds[outcome.kind], ...outcome.counts }));
      const list = (keys: string[]) => t.cli.importMore(keys.slice(0, SHOWN_KEYS).join(', '), keys.length - SHOWN_KEYS);
      const ids = t.cli.importIds({ created: list(outcome.keys.created), updated: list(outcome.keys.updated) });
      if (ids !== '') out.line(ids);
    });

  program
    .command('initiatives')
    .description('List the initiatives')
    .action(async () => {
      const { app, out } = rt();
      const { t } = out;
      const c = t.cli.columns;
      const { initiatives, organisations, people } = await app.uow.read(async (repos) => ({
        initiatives: await repos.initiatives.list(),
        organisations: new Map((await repos.organisations.list()).map((o) => [o.id, o.name])),
        people: new Map((await repos.people.list()).map((p) => [p.email, p.name])),
      }));
      // Names where the registry has them: people read names, the ids and emails are for commands.
      out.table(
        [c.id, c.title, c.owner, c.acceptance, c.phase, c.track, c.agreed, c.contacts],
        initiatives.map((i) => [
          i.id,
          i.title,
          organisations.get(i.ownerOrganisationId) ?? i.ownerOrganisationId,
          t.acceptance[i.acceptance],
          t.phases[i.phase],
          t.tracks[i.track],
          `${formatDate(i.agreedCompletionDate, out.locale)}\n${formatNok(i.agreedCostNok, out.locale)}`,
          i.contacts.map((email) => people.get(email) ?? email).join('\n'),
        ]),
      );
    });

  program
    .command('people')
    .description('List the people and their roles')
    .action(async () => {
      const { app, out } = rt();
      const { t } = out;
      const c = t.cli.columns;
      const people = await app.uow.read(async (repos) => await repos.people.list());
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
    .action(async () => {
      const { app, out } = rt();
      const { t } = out;
      const c = t.cli.columns;
      const { meetings, rounds } = await app.uow.read(async (repos) => ({
        meetings: await repos.meetings.list(),
        rounds: await repos.rounds.list(),
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
