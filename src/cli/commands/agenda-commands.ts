import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { setCaseNumber } from '../../app/agenda/allocate-case-number';
import { compileAgenda } from '../../app/agenda/compile-agenda';
import { minutesOf } from '../../app/decisions/minutes';
import { DomainFailure } from '../../domain/errors';
import { normaliseInitiativeId } from '../../domain/initiative-id';
import { agendaRenderers } from '../../render';
import { renderMinutesDocx, renderMinutesMarkdown } from '../../render/minutes';
import { runCliCommand } from '../print-view';
import type { CliRuntime } from '../runtime';

const FORMATS = ['md', 'html', 'docx'] as const;

/** `compile`, `minutes`, `decision`, `decisions`: the agenda item and Skate's decisions from the command line. */
export function registerAgendaCommands(program: Command, rt: () => CliRuntime): void {
  program
    .command('compile')
    .description(
      'Compile the consolidated agenda item of a round and write it to a file (the same document as in Teams)',
    )
    .argument('[round]', 'YYYY-Qn (default: the latest round in review or compiled)')
    .option('--format <format>', FORMATS.join(' | '), 'docx')
    .option('--out <file>', 'where to write it (default: sak-<NN>-<YYYY>.<format>)')
    .option('--case-number <NN/YYYY>', "the case number Skate's series gives the item (default: the next free one)")
    .action(async (round: string | undefined, options: { format: string; out?: string; caseNumber?: string }) => {
      const { app, out, actor, now } = rt();
      const format = FORMATS.find((f) => f === options.format);
      if (!format) throw DomainFailure.of('IMPORT.INVALID_FILE', { reason: `--format: ${FORMATS.join(', ')}` });
      if (options.caseNumber) {
        const item = await setCaseNumber(app, { roundId: round ?? null, caseNumber: options.caseNumber }, actor, now());
        out.line(out.t.commands.caseNumberSet(item.caseNumber, item.roundId));
      }
      const compiled = await compileAgenda(app, agendaRenderers, { roundId: round, locale: out.locale }, actor, now());
      const a = compiled.agenda;
      for (const f of compiled.failed) out.line(out.t.agendaCard.renderFailed(f.format, f.initiativeId, f.field));
      if (compiled.failed.some((f) => f.format === format)) {
        throw DomainFailure.of('AGENDA.RENDER_FAILED', { formats: format });
      }
      const file =
        options.out ?? `sak-${a.caseNumber.replace('/', '-')}${a.edition > 0 ? `-rev${a.edition}` : ''}.${format}`;
      writeFileSync(file, { md: a.markdown, html: a.html, docx: a.docx }[format]);
      if (!compiled.isNew) out.line(out.t.agendaCard.unchanged(a.caseNumber, a.edition));
      out.line(`${compiled.preview.title}\n${compiled.preview.summary}\n→ ${file}`);
    });

  program
    .command('decision')
    .description("Record Skate's decision on an initiative (on the latest compiled round's agenda item)")
    .argument('<initiative>', 'e.g. T-2026-03')
    .argument('<text...>', 'the decision as worded in the minutes')
    .action(async (initiative: string, words: string[]) => {
      const id = normaliseInitiativeId(initiative);
      if (!id) throw DomainFailure.of('INITIATIVE.INVALID_ID', { value: initiative });
      // The same command as «vedtak T-… tekst» in chat, through the shared command table.
      await runCliCommand(rt(), { name: 'decision', initiativeId: id, text: words.join(' ') });
    });

  program
    .command('minutes')
    .description("The minutes extract of a round's published samlesak: «Beslutning» in the minutes' style")
    .argument('[round]', 'YYYY-Qn (default: the latest round with a compiled paper)')
    .option('--format <format>', 'md | docx', 'md')
    .option('--out <file>', 'where to write it (default: protokoll-<NN>-<YYYY>.<format>)')
    .action(async (round: string | undefined, options: { format: string; out?: string }) => {
      const { app, out, actor, now } = rt();
      if (options.format !== 'md' && options.format !== 'docx') {
        throw DomainFailure.of('IMPORT.INVALID_FILE', { reason: '--format: md, docx' });
      }
      const minutes = await minutesOf(app, { roundId: round ?? null }, actor, now());
      const file = options.out ?? `protokoll-${minutes.caseNumber.replace('/', '-')}.${options.format}`;
      const content =
        options.format === 'md'
          ? renderMinutesMarkdown(minutes, out.locale)
          : await renderMinutesDocx(minutes, out.locale);
      writeFileSync(file, content);
      out.line(`${out.t.minutes.title(minutes.caseNumber)}\n→ ${file}`);
    });

  program
    .command('decisions')
    .description("List Skate's decisions, for one initiative or all (as «vedtak liste» in chat)")
    .argument('[initiative]', 'e.g. T-2026-03')
    .action(async (initiative: string | undefined) => {
      const id = initiative ? normaliseInitiativeId(initiative) : null;
      await runCliCommand(rt(), { name: 'decision-list', initiativeId: id });
    });
}
