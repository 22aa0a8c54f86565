/**
 * The shared conversation scenarios: written once, run through every channel's driver
 * (test/conversations/teams.test.ts, slack.test.ts). Each is what a person does and
 * what they must see, in the product's words (the bokmål catalogue), never in a
 * platform's. A channel passes when it behaves the same as the other.
 */
import { describeError, messagesFor } from '../../src/i18n';
import type { ConversationDriver, DriverFactory, Seen, Speaker } from './driver';

const nb = messagesFor('nb');
const INGRID: Speaker = 'ingrid.haugland@example.no';
const KRISTIN: Speaker = 'kristin.hovland@example.no';
/** An AU member (NAV's). */
const PER: Speaker = 'per.lunde@example.no';
const ROUND = '2026-Q4';

export const allTexts = (seen: Seen[]): string => seen.flatMap((s) => s.texts).join('\n');

/** The report request a person was sent for an initiative: its «open the form» button. */
function reportButton(d: ConversationDriver, who: Speaker) {
  for (const message of d.sentTo(who)) {
    const button = message.buttons.find((b) => b.action === 'report.open');
    if (button) return button;
  }
  throw new Error(`no report request reached ${who}`);
}

export function describeCoreScenarios(platform: string, start: DriverFactory): void {
  describe(`${platform}: commands get the same answers`, () => {
    let d: ConversationDriver;
    beforeAll(async () => {
      d = await start();
    });
    afterAll(() => d.stop());

    it('«hjelp» shows the secretariat every command with an example, and an owner only theirs', async () => {
      const secretariat = allTexts(await d.say(INGRID, 'hjelp'));
      expect(secretariat).toContain(nb.commands.help.round.usage);
      expect(secretariat).toContain(nb.commands.help.round.example);
      const owner = allTexts(await d.say(KRISTIN, 'hjelp'));
      expect(owner).toContain(nb.commands.help.mine.usage);
      expect(owner).not.toContain(nb.commands.help.round.usage);
    });

    it('«status» before any round of this quarter names the rounds there are and what can be opened', async () => {
      const text = allTexts(await d.say(INGRID, 'status'));
      expect(text).toContain('2026-Q3');
      expect(text).not.toMatch(/rapporteringsrunde \./);
    });

    it('an owner who tries a secretariat command is refused, and nothing changes', async () => {
      const before = await d.read(async (repos) => (await repos.rounds.list()).length);
      const text = allTexts(await d.say(KRISTIN, `runde åpne ${ROUND}`));
      expect(text).toContain(describeError({ code: 'AUTH.NOT_SECRETARIAT' }, 'nb'));
      expect(await d.read(async (repos) => (await repos.rounds.list()).length)).toBe(before);
    });

    it('an unknown word gets the help hint, not silence', async () => {
      const text = allTexts(await d.say(INGRID, 'blåbærsyltetøy'));
      expect(text).toContain(nb.commands.unknown('blåbærsyltetøy'));
    });
  });

  describe(`${platform}: a report goes from form to errors to receipt`, () => {
    let d: ConversationDriver;
    beforeAll(async () => {
      d = await start();
      await d.say(INGRID, `runde åpne ${ROUND}`);
      await d.deliver();
    });
    afterAll(() => d.stop());

    it('the owner gets the request, opens the form, is told what to fix, fixes it and gets a receipt', async () => {
      const button = reportButton(d, KRISTIN);
      const form = await d.press(KRISTIN, 'report.open', button.data);
      expect(form.inputs.map((i) => i.name)).toEqual(expect.arrayContaining(['overall', 'cost', 'correctiveActions']));
      const submit = form.buttons.find((b) => b.action === 'report.submit');
      if (!submit) throw new Error('the form has no submit button');
      const initiativeId = submit.data.initiativeId ?? '';
      const initiative = await d.read(async (repos) => await repos.initiatives.get(initiativeId));
      if (!initiative) throw new Error(`no initiative ${initiativeId}`);
      const values = {
        overall: 'red',
        result: 'green',
        schedule: 'green',
        cost: 'red',
        forecastCompletionDate: initiative.agreedCompletionDate,
        forecastCostNok: Math.round(initiative.agreedCostNok * 1.3),
        progress: 'Arbeidet går etter planen, men kostnadene har økt.',
        deviations: 'Lisenskostnadene ble høyere enn avtalt.',
        correctiveActions: '',
      };
      const refused = await d.press(KRISTIN, 'report.submit', submit.data, values);
      const corrective = refused.inputs.find((i) => i.name === 'correctiveActions');
      expect(corrective?.error).toBe(describeError({ code: 'REPORT.CORRECTIVE_ACTIONS_REQUIRED' }, 'nb'));
      expect(await d.read(async (repos) => (await repos.reports.get(initiativeId, ROUND))?.state ?? 'none')).not.toBe(
        'submitted',
      );

      const fixed = { ...values, correctiveActions: 'Vi forhandler ny lisensavtale.' };
      const again = refused.buttons.find((b) => b.action === 'report.submit');
      const receipt = await d.press(KRISTIN, 'report.submit', again?.data ?? submit.data, fixed);
      expect(receipt.inputs).toEqual([]);
      expect(receipt.texts.join('\n')).toContain(initiativeId);
      expect(await d.read(async (repos) => (await repos.reports.get(initiativeId, ROUND))?.state)).toBe('submitted');
    });
  });

  describe(`${platform}: an AU vote updates the tally`, () => {
    let d: ConversationDriver;
    beforeAll(async () => {
      d = await start();
      await d.say(INGRID, `runde åpne ${ROUND}`);
      await d.sayInChannel(INGRID, 'kanal au', 'au');
      await d.say(INGRID, `runde gjennomgang ${ROUND}`);
      await d.deliver();
    });
    afterAll(() => d.stop());

    it('the review thread is in AU’s channel, and a member’s vote is counted and shown to them', async () => {
      const posts = d.postedIn('au');
      expect(posts.length).toBeGreaterThan(1);
      const item = posts.find((p) => p.buttons.some((b) => b.action === 'review.open'));
      const open = item?.buttons.find((b) => b.action === 'review.open');
      if (!open) throw new Error('no review item with a vote button in AU’s channel');
      const card = await d.press(PER, 'review.open', open.data);
      expect(card.inputs.map((i) => i.name)).toContain('choice');
      const vote = card.buttons.find((b) => b.action === 'review.vote');
      if (!vote) throw new Error('the vote card has no vote button');
      const after = await d.press(PER, 'review.vote', vote.data, { choice: 'agree', comment: '' });
      expect(after.texts.join('\n')).toContain(nb.vote.yourVote);
      const initiativeId = open.data.initiativeId ?? '';
      expect(
        await d.read(async (repos) =>
          (await repos.votes.listForRound(ROUND)).filter((v) => v.initiativeId === initiativeId),
        ),
      ).toHaveLength(1);
    });

    it('an owner outside AU cannot read the post', async () => {
      const item = d.postedIn('au').find((p) => p.buttons.some((b) => b.action === 'review.open'));
      const open = item?.buttons.find((b) => b.action === 'review.open');
      const seen = await d.press(KRISTIN, 'review.open', open?.data ?? {});
      expect(seen.texts.join('\n')).toContain(describeError({ code: 'AUTH.NOT_REVIEW_READER' }, 'nb'));
    });
  });
}
