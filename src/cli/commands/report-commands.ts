import type { Command } from 'commander';
import { showReport } from '../../app/reports/show-report';
import { DomainFailure } from '../../domain/errors';
import { normaliseInitiativeId } from '../../domain/initiative-id';
import type { ReportFields } from '../../domain/model';
import { sdgName } from '../../domain/reference';
import { isLight } from '../../domain/traffic-lights';
import { formatDate, formatInstant, formatNok } from '../../i18n/format';
import type { Output } from '../output';
import type { CliRuntime } from '../runtime';

/** `report show <initiative> [round]`. */
export function registerReportCommands(program: Command, rt: () => CliRuntime): void {
  const report = program.command('report').description('Read status reports');
  report
    .command('show')
    .description("Show an initiative's report in a round (default: the latest round), with its versions")
    .argument('<initiative>', 'e.g. T-2026-03')
    .argument('[round]', 'YYYY-Qn')
    .action(async (initiativeInput: string, round: string | undefined) => {
      const { app, out } = rt();
      const id = normaliseInitiativeId(initiativeInput);
      if (!id) throw DomainFailure.of('INITIATIVE.INVALID_ID', { value: initiativeInput });
      const details = await showReport(app, id, round);
      const { t } = out;
      const r = t.cli.report;
      out.line(r.heading(details.initiative.id, details.initiative.title, details.round.id));
      out.line(
        r.agreed(
          formatDate(details.initiative.agreedCompletionDate, out.locale),
          formatNok(details.initiative.agreedCostNok, out.locale),
        ),
      );
      if (!details.report) {
        out.line(t.reportStates.missing);
        return;
      }
      const rep = details.report;
      const name = (email: string) => details.names.get(email) ?? email;
      out.line(
        r.state(t.reportStates[rep.state], rep.version, name(rep.updatedBy), formatInstant(rep.updatedAt, out.locale)),
      );
      printFields(out, rep.fields, details.suggested);
      out.line(`${r.versions}:`);
      for (const v of details.versions) {
        out.line(r.version(v.version, t.reportStates[v.state], name(v.author), formatInstant(v.at, out.locale)));
      }
    });
}

function printFields(out: Output, f: ReportFields, suggested: { schedule: string; cost: string } | null): void {
  const { t } = out;
  const r = t.cli.report;
  const light = (dimension: 'overall' | 'result' | 'schedule' | 'cost') => {
    // A draft may not have a light chosen yet.
    const value: unknown = f[dimension];
    const chosen = isLight(value) ? t.lights[value] : t.none;
    const hint = dimension === 'schedule' || dimension === 'cost' ? suggested?.[dimension] : undefined;
    return hint && hint !== f[dimension]
      ? `${chosen} (${r.suggested(t.lights[hint as ReportFields['cost']])})`
      : chosen;
  };
  out.table(
    [t.lightDimensions.overall, t.lightDimensions.result, t.lightDimensions.schedule, t.lightDimensions.cost],
    [[light('overall'), light('result'), light('schedule'), light('cost')]],
  );
  const rows: [string, string][] = [
    // A draft may lack a forecast (a cost left empty is stored as null: JSON has no NaN).
    [r.forecastDate, f.forecastCompletionDate ? formatDate(f.forecastCompletionDate, out.locale) : t.none],
    [r.forecastCost, Number.isFinite(f.forecastCostNok) ? formatNok(f.forecastCostNok, out.locale) : t.none],
    [t.form.reasons.overall, f.overallOverrideReason || t.none],
    [t.form.reasons.schedule, f.scheduleOverrideReason || t.none],
    [t.form.reasons.cost, f.costOverrideReason || t.none],
    [r.progress, f.progress || t.none],
    [r.deviations, f.deviations || t.none],
    [r.correctiveActions, f.correctiveActions || t.none],
    [
      r.decision,
      f.decisionFollowUp.length === 0
        ? t.none
        : f.decisionFollowUp
            .map((a) => `${a.decisionId} ${a.state === '' ? t.none : t.followUp[a.state]}: ${a.comment}`)
            .join('; '),
    ],
    [r.sdgs, f.sdgs.map((n) => `${n} ${sdgName(n, out.locale)}`).join(', ') || t.none],
    [r.attention, f.asksSkateAttention ? t.yes : t.no],
  ];
  for (const [label, value] of rows) out.line(`${label}: ${value}`);
}
