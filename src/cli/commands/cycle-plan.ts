import type { AppContext } from '../../app/app-context';
import { planDueJobs } from '../../app/cycle/run-due-jobs';
import type { CycleEffect, DropReason } from '../../domain/cycle/decide';
import type { Repositories } from '../../domain/ports';
import { describeError } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import type { Output } from '../output';

/**
 * `tick --dry-run`: prints what each due job would do, one line per effect, in
 * the reader's language. It only reads: the plan comes from the same decision
 * the engine acts on, without the executor.
 */
export async function printPlan(out: Output, app: AppContext, now: Date): Promise<void> {
  const p = out.t.cli.plan;
  out.line(p.header(formatInstant(now.toISOString(), out.locale)));
  const plan = await planDueJobs(app, now);
  if (plan.length === 0) {
    out.line(p.nothingDue);
    return;
  }
  await app.uow.read(async (repos) => {
    for (const { job, effects } of plan) {
      const due = formatInstant(job.dueAt, out.locale);
      out.line(p.job({ kind: job.kind, round: String(job.payload.roundId), due }));
      for (const effect of effects) out.line(`  – ${await describeEffect(out, repos, effect)}`);
    }
  });
}

async function describeEffect(out: Output, repos: Repositories, effect: CycleEffect): Promise<string> {
  const { t } = out;
  const p = t.cli.plan;
  const nameOf = async (email: string) => (await repos.people.get(email))?.name ?? email;
  switch (effect.kind) {
    case 'remind': {
      const title = (await repos.initiatives.get(effect.initiativeId))?.title;
      return p.remind({
        when: p.reminderKinds[effect.reminder],
        name: await nameOf(effect.to),
        email: effect.to,
        initiative: title ? `${effect.initiativeId} ${title}` : effect.initiativeId,
        hasDraft: effect.hasDraft,
      });
    }
    case 'escalate':
      return p.escalate({ name: await nameOf(effect.to), missing: effect.missing.length });
    case 'move-round':
      return p.moveRound({
        round: effect.round.id,
        from: t.roundStates[effect.from],
        to: t.roundStates[effect.round.state],
      });
    case 'post-review':
      return p.postReview({ round: effect.roundId, items: effect.initiativeIds.length });
    case 'finish-job':
      return effect.outcome.state === 'done' ? p.done : p.dropped(dropReason(out, effect.outcome.reason));
  }
}

function dropReason(out: Output, reason: DropReason): string {
  const r = out.t.cli.plan.reasons;
  switch (reason.code) {
    case 'round-inactive':
      return r['round-inactive'](out.t.roundStates[reason.state]);
    case 'transition-refused':
      return describeError(reason.error, out.locale);
    default:
      return r[reason.code];
  }
}
