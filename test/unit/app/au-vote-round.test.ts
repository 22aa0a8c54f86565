/**
 * AU's vote through a round on the demo: the first vote fixes the
 * recommendation, a change after voting is a new version that clears the
 * votes and tells each member who had voted (old and new text side by side,
 * both kept in the audit log), and AU's request for an oral briefing is told
 * to the owner and the secretariat at once, with the AU meeting's date.
 */
import type { Actor } from '../../../src/app/app-context';
import { castVote } from '../../../src/app/review/cast-vote';
import { editRecommendation } from '../../../src/app/review/manage-review';
import { tallyFor } from '../../../src/app/review/review-item';
import { voteCardFor } from '../../../src/app/review/vote-card';
import { moveRound } from '../../../src/app/rounds/move-round';
import { openRound } from '../../../src/app/rounds/open-round';
import type { AuRequest, VoteChoice } from '../../../src/domain/model';
import { messagesFor } from '../../../src/i18n';
import type { MessageView } from '../../../src/views/message-view';
import type { VoteCardView } from '../../../src/views/vote-view';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

const ROUND = '2026-Q4';
const ID = 'T-2024-01';
const REVIEW_AT = new Date('2026-11-27T08:00:00.000Z');
const at = (hour: number) => new Date(`2026-11-30T${String(hour).padStart(2, '0')}:00:00.000Z`);
const PER = 'per.lunde@example.no';
const SIRI = 'siri.myklebust@example.no';
const ANDERS = 'anders.vold@example.no';
const RAGNHILD = 'ragnhild.tveit@example.no'; // writes nynorsk
const nb = messagesFor('nb');

describe('AU’s vote through a round', () => {
  let t: TestApp;
  let secretariat: Actor;
  beforeEach(async () => {
    t = await testApp();
    await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
    await t.bindChannels();
    await moveRound(t.app, ROUND, 'in-review', OPERATOR, REVIEW_AT);
    secretariat = { kind: 'person', person: await t.person('ingrid.haugland@example.no') };
  });
  afterEach(async () => await t.close());

  const vote = async (email: string, hour: number, choice: VoteChoice = 'agree', request: AuRequest | null = null) => {
    const outcome = await castVote(
      t.app,
      {
        roundId: ROUND,
        initiativeId: ID,
        choice,
        comment: choice === 'disagree' ? 'Uenig.' : '',
        request,
        requestReason: request ? 'Hvor langt arbeidet har kommet.' : '',
        recused: false,
      },
      await t.person(email),
      at(hour),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return outcome;
  };
  const tally = async () =>
    await t.app.uow.read(async (repos) => {
      const round = await repos.rounds.get(ROUND);
      if (!round) throw new Error('no round');
      return await tallyFor(repos, t.app.settings, round, ID);
    });
  const outbox = async (kind: MessageView['kind']) =>
    (await t.app.uow.read(async (repos) => await repos.outbox.list()))
      .filter((m) => (m.view as MessageView).kind === kind)
      .map((m) => ({ to: m.destination, view: m.view as MessageView }));

  it('freezes the recommendation at the first vote; a change after voting clears the votes and tells the voters', async () => {
    await vote(PER, 9);
    await vote(RAGNHILD, 10, 'agree');
    // The first vote fixed the default as its code, version 1.
    const frozen = await t.app.uow.read(async (repos) => await repos.recommendations.get(ROUND, ID));
    expect(frozen).toMatchObject({ typed: false, text: '', version: 1, draft: { kind: 'missing-report' } });
    expect(await tally()).toMatchObject({ version: 1, tally: { counted: 2 } });

    const text = 'Skate ber Brønnøysundregistrene legge fram en plan for de siste virksomhetene.';
    const edited = await editRecommendation(t.app, { roundId: ROUND, initiativeId: ID, text }, secretariat, at(11));
    expect(edited).toEqual({ version: 2, cleared: 2 });
    // The votes on version 1 no longer count; they stay on record.
    expect(await tally()).toMatchObject({ version: 2, tally: { counted: 0, outcome: 'not-voted' } });
    expect(
      (await t.app.uow.read(async (repos) => await repos.votes.listForRound(ROUND))).filter(
        (v) => v.initiativeId === ID,
      ),
    ).toHaveLength(2);

    // Each member who had voted is told, in their own language, with the old and the new text side by side.
    const told = await outbox('recommendation-changed');
    expect(told.map((m) => m.to)).toEqual([
      { kind: 'person', email: PER },
      { kind: 'person', email: RAGNHILD },
    ]);
    const [per, ragnhild] = told.map((m) => m.view);
    expect(per?.comparison).toEqual([
      {
        label: nb.cycle.recommendationChanged.before,
        text: 'Skate konstaterer at statusrapporten for T-2024-01 Felles datakatalog – videreutvikling og økt bruk mangler, og ber tiltakseier rapportere til neste møte.',
      },
      { label: nb.cycle.recommendationChanged.after, text },
    ]);
    expect(per?.actions).toEqual([
      { id: 'review.open', label: nb.cycle.recommendationChanged.vote, data: { roundId: ROUND, initiativeId: ID } },
    ]);
    expect(ragnhild?.locale).toBe('nn');
    expect(ragnhild?.comparison?.[0]?.text).toContain('manglar');

    // The audit log keeps both versions.
    const audit = await t.app.uow.read(async (repos) => await repos.audit.list('recommendation', `${ROUND}/${ID}`));
    expect(audit.at(-1)).toMatchObject({
      before: { version: 1, draft: { kind: 'missing-report' } },
      after: { version: 2, text, typed: true },
    });

    // The member's card says the vote was cleared; a new vote counts on version 2.
    const card = (await voteCardFor(t.app, await t.person(PER), { roundId: ROUND, initiativeId: ID })) as VoteCardView;
    expect(card).toMatchObject({ kind: 'review-vote', cleared: true, myVote: null, version: 2 });
    const again = await vote(PER, 12);
    expect(again.vote.recommendationVersion).toBe(2);
    expect(await tally()).toMatchObject({ version: 2, tally: { counted: 1 } });

    // Before anyone votes, a change is simply an edit; once they have, the next change is version 3.
    expect(
      await editRecommendation(
        t.app,
        { roundId: ROUND, initiativeId: ID, text: `${text} Innen mars.` },
        secretariat,
        at(13),
      ),
    ).toEqual({
      version: 3,
      cleared: 1,
    });
  });

  it('tells the owner and the secretariat at once when AU asks for an oral briefing, with the AU meeting', async () => {
    await vote(PER, 9, 'agree', 'oral-briefing');
    expect(await outbox('briefing-request')).toEqual([]); // one member of one counted vote… but no quorum yet
    await vote(SIRI, 10, 'agree', 'oral-briefing');
    await vote(ANDERS, 11, 'agree');
    // Three counted, two ask: at least half, in a quorate vote.
    expect((await tally()).tally.requests['oral-briefing']).toMatchObject({ count: 2, asked: true });
    const told = await outbox('briefing-request');
    const owner = 'kristin.hovland@example.no';
    expect(told.map((m) => (m.to.kind === 'person' ? m.to.email : m.to.kind)).sort()).toEqual(
      [owner, 'ingrid.haugland@example.no', 'jonas.berntsen@example.no'].sort(),
    );
    const toOwner = told.find((m) => m.to.kind === 'person' && m.to.email === owner)?.view;
    expect(toOwner?.paragraphs[0]).toBe(
      nb.cycle.briefing.owner('T-2024-01 Felles datakatalog – videreutvikling og økt bruk', '03.12.2026'),
    );
    expect(toOwner?.items).toEqual(['Hvor langt arbeidet har kommet.', 'Hvor langt arbeidet har kommet.']);

    // A member changes their mind: AU no longer asks, and the same people are told.
    await vote(SIRI, 12, 'agree');
    expect(
      (await outbox('briefing-request')).filter((m) => m.view.title === nb.cycle.briefing.withdrawnTitle(ID)),
    ).toHaveLength(3);
  });
});
