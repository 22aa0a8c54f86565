/**
 * A gallery of everything the bot can show in Slack, in one language, at its largest: the demo
 * registry with every title, name and text as long as the domain lets it be and full of the
 * characters that grow when escaped (`&<>`) or take two UTF-16 units (emoji), walked through a
 * whole quarter by the use cases themselves (commands as typed, buttons as pressed, due jobs
 * as the scheduler runs them). It collects every message the cycle enqueued, every command
 * answer, every card a button returned, every form and vote card, and every Home; the limits
 * test renders each with the Slack renderers and checks it against Slack's limits.
 */
import { handleCardAction } from '../../src/app/actions/handle-action';
import { parseCommand } from '../../src/app/commands/parse-command';
import { runCommand } from '../../src/app/commands/run-command';
import { type WhatIsDue, whatIsDue } from '../../src/app/commands/what-is-due';
import { runDueJobs } from '../../src/app/cycle/run-due-jobs';
import { mapInOrder } from '../../src/app/in-order';
import { LocalMessenger } from '../../src/channels/local/local-messenger';
import type { Locale, Person } from '../../src/domain/model';
import { agendaRenderers } from '../../src/render';
import type { CardView } from '../../src/views/card-view';
import { type FormInput, type FormValue, type FormValues, formInputs } from '../../src/views/form';
import type { MessageView } from '../../src/views/message-view';
import { DEMO_NOW, testApp } from './test-app';

/** Every view the walk produced, by where it would be shown. */
export interface Gallery {
  messages: MessageView[];
  answers: CardView[];
  homes: { due: WhatIsDue; locale: Locale }[];
}

const UNIT = Array.from('Vær & <!channel> <@U0PER> «sitat» 😀 ');
/** The worst text of `n` characters (code points). */
export const worst = (n: number): string => Array.from({ length: n }, (_, i) => UNIT[i % UNIT.length]).join('');

const SECRETARIAT = 'ingrid.haugland@example.no';
const ROUND = '2026-Q4';
const DAY = 24 * 60 * 60 * 1000;

/** A value for every input of a form, at its largest: the reddest light, every choice, the longest text. */
function fill(inputs: FormInput[]): FormValues {
  const values: Record<string, FormValue> = {};
  for (const i of inputs) {
    switch (i.kind) {
      case 'choice':
        values[i.name] = (i.choices.find((c) => c.value === 'red') ?? i.choices.at(-1))?.value ?? null;
        break;
      case 'multi-choice':
        values[i.name] = i.choices.map((c) => c.value);
        break;
      case 'date':
        values[i.name] = '2029-12-31';
        break;
      case 'number':
        values[i.name] = 999_999_999;
        break;
      case 'short-text':
      case 'long-text':
        values[i.name] = worst(i.maxLength);
        break;
      case 'toggle':
        values[i.name] = true;
        break;
    }
  }
  return values;
}

/** Walks a quarter in `locale` with the largest data the domain allows; see the file's comment. */
export async function buildGallery(locale: Locale): Promise<Gallery> {
  const t = await testApp();
  // Channel posts (AU's thread, Skate's summary) are in the deployment's language: this one.
  const app = { ...t.app, settings: { ...t.app.settings, cycle: { ...t.app.settings.cycle, defaultLocale: locale } } };
  await t.bindChannels(['au', 'skate']);
  let now = DEMO_NOW;
  await app.uow.write({ actor: 'gallery', now }, async (repos) => {
    for (const p of await repos.people.list())
      await repos.people.save({ ...p, locale, name: `${p.name} ${worst(60)}` });
    for (const o of await repos.organisations.list())
      await repos.organisations.save({ ...o, name: `${o.name} ${worst(80)}` });
    for (const i of await repos.initiatives.list())
      await repos.initiatives.save({ ...i, title: `${i.title} ${worst(120)}` });
  });
  const person = async (email: string): Promise<Person> => await t.person(email);
  const answers: CardView[] = [];
  // `sjekk` asks a transport that reaches everyone: the gallery is about what is shown, not who.
  const messenger = new LocalMessenger(app, () => now);
  const say = async (who: string, text: string) => {
    const outcome = await runCommand(parseCommand(text), {
      app,
      actor: { kind: 'person', person: await person(who) },
      locale,
      now,
      messenger,
      renderers: agendaRenderers,
      origin: { platform: 'slack', reference: '{"team":"T","channel":"C"}' },
    });
    answers.push(...outcome.replies);
  };
  const press = async (who: string, verb: string, data: Record<string, string>, values: FormValues = {}) => {
    const { view } = await handleCardAction(
      { verb, data, values, idempotencyKey: { platform: 'slack', id: null } },
      { app, person: await person(who), now, defaultLocale: locale },
    );
    answers.push(view);
    return view;
  };

  for (const text of ['hjelp', 'sjekk', 'status', 'tiltak', 'vedtak liste', 'blåbær', 'runde', `språk ${locale}`]) {
    await say(SECRETARIAT, text);
  }
  await say(SECRETARIAT, `runde åpne ${ROUND}`);
  await say(SECRETARIAT, 'påminn');
  // Every owner opens the form, sends it empty (every error), then at its largest.
  const initiatives = await app.uow.read(async (repos) => await repos.initiatives.list());
  for (const [n, initiative] of initiatives.entries()) {
    const owner = initiative.contacts[0];
    // Every third owner never reports: the reminders and the escalation are about them.
    if (!owner || n % 3 === 2) continue;
    await say(owner, 'mine');
    const data = { roundId: ROUND, initiativeId: initiative.id };
    const form = await press(owner, 'report.open', data);
    if (form.kind !== 'report-form') continue;
    const base = { ...data, baseVersion: String(form.baseVersion) };
    await press(owner, 'report.submit', base, {});
    const largest = fill(formInputs(form.form));
    const sent = await press(owner, 'report.submit', base, largest);
    if (sent.kind === 'report-form')
      await press(owner, 'report.save', { ...base, baseVersion: String(sent.baseVersion) }, largest);
  }
  // The reminders and the escalation, day by day past the lock.
  for (let day = 0; day < 14; day++) {
    now = new Date(DEMO_NOW.getTime() + day * DAY);
    await runDueJobs(app, now, 'gallery');
  }
  await say(SECRETARIAT, `runde gjennomgang ${ROUND}`);
  const members = await app.uow.read(async (repos) => await repos.people.withRole('au'));
  for (const [m, member] of members.entries()) {
    for (const initiative of initiatives) {
      const data = { roundId: ROUND, initiativeId: initiative.id };
      const card = await press(member.email, 'review.open', data);
      if (card.kind !== 'review-vote') continue;
      // Most members ask for an oral briefing, so AU's request goes out to the owner too.
      const request = m % 4 === 3 ? 'separate-item' : 'oral-briefing';
      await press(member.email, 'review.vote', data, {
        ...fill(formInputs(card.form)),
        choice: 'disagree',
        request,
        recused: false,
      });
    }
  }
  // A recommendation changed after the votes: the voters are told, the old and new text side by side.
  await say(SECRETARIAT, `innstilling ${initiatives[0]?.id ?? ''} ${worst(2000)}`);
  for (let round = 0; round < 2; round++) {
    await say(SECRETARIAT, 'sammenstill');
    await press(SECRETARIAT, 'agenda.point-propose', { roundId: ROUND });
  }
  const preview = answers.filter((a): a is MessageView => a.kind === 'agenda-summary').at(-1);
  const publish = preview?.actions.find((a) => a.id === 'agenda.publish');
  if (publish) await press(SECRETARIAT, 'agenda.publish', publish.data);
  await say(SECRETARIAT, 'eksport docx');
  await say(SECRETARIAT, `vedtak ${initiatives[0]?.id ?? ''} ${worst(2000)}`);
  await say(SECRETARIAT, 'vedtak liste');

  const messages = (await app.uow.read(async (repos) => await repos.outbox.list())).map((m) => m.view as MessageView);
  const homes = await mapInOrder(
    [SECRETARIAT, members[0]?.email ?? '', initiatives[0]?.contacts[0] ?? ''].filter((e) => e !== ''),
    async (e) => ({ due: await whatIsDue(app, await person(e), now), locale }),
  );
  await t.close();
  return { messages, answers, homes };
}
