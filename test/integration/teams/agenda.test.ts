/**
 * The agenda item over the real bot: the secretariat binds the Skate channel,
 * compiles (`sammenstill`) and gets the preview card with the links and the
 * publish button; `agenda.publish` posts the summary card to the Skate channel
 * once; `eksport docx` answers with a link that downloads the Word file from
 * the bot; `vedtak` records Skate's decision.
 */
import AdmZip from 'adm-zip';
import { describeError, messagesFor } from '../../../src/i18n';
import { adaptiveCardProblems } from '../../helpers/adaptive-cards';
import { type ConnectorCall, cardOf } from '../../helpers/mock-connector';
import { refusalsSince } from '../../helpers/refusals';
import { AU_CHANNEL, type TeamsChannel } from '../../helpers/teams-activities';
import { type Card, cardTexts, type Harness, startHarness, USERS, verbsOf } from './harness';

jest.setTimeout(60_000);

const ROUND = '2026-Q4';
/** The demo's 2026-Q3 samlesak is 17/2026 in Skate's series: the bot proposes the next free number. */
const CASE = '18/2026';
const nb = messagesFor('nb');
const NOT_SECRETARIAT = describeError({ code: 'AUTH.NOT_SECRETARIAT' }, 'nb');
/** Skate's meeting channel: another channel of the same team. */
const SKATE_CHANNEL: TeamsChannel = {
  teamId: AU_CHANNEL.teamId,
  channelId: '19:5ca7e0c4a1b24f3d8e9f0a1b2c3d4e5f@thread.tacv2',
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  for (const user of [USERS.ingrid, USERS.kristin]) await h.say(user, 'hjelp');
  await h.say(USERS.ingrid, `runde åpne ${ROUND}`);
  // AU's review needs AU's channel: the secretariat binds it first, as the README tells them to.
  await h.sayInChannel(USERS.ingrid, 'kanal au', AU_CHANNEL);
  await h.say(USERS.ingrid, `runde gjennomgang ${ROUND}`);
  // Send what opening and review enqueued now, so later passes only carry what the tests cause.
  await h.bot.engine.runDueWork();
});
afterAll(async () => {
  await h.stop();
});

/** The replies after the first, which must be the «compiling…» note said before the paper is rendered. */
function afterProgress(replies: ConnectorCall[]): ConnectorCall[] {
  expect((replies[0]?.body as { text?: string } | undefined)?.text).toBe(nb.commands.compiling);
  return replies.slice(1);
}

/** The single card answered, checked with the SDK. */
function onlyCard(replies: ConnectorCall[]): Card {
  expect(replies).toHaveLength(1);
  const card = cardOf(replies[0]?.body ?? null);
  if (!card) throw new Error('the reply has no Adaptive Card');
  expect(adaptiveCardProblems(card)).toEqual([]);
  return card;
}

interface OpenUrl {
  title: string;
  url: string;
}
const openUrls = (card: Card): OpenUrl[] =>
  ((card.actions ?? []) as Card[]).filter((a) => a.type === 'Action.OpenUrl') as unknown as OpenUrl[];

/** A link as the bot signed it, fetched from the bot's real address (the configured one says port 0). */
function fetchLink(link: string): Promise<Response> {
  const url = new URL(link);
  return fetch(`${h.url}${url.pathname}${url.search}`, { signal: AbortSignal.timeout(10_000) });
}

/**
 * New posts in the Skate channel since `mark`. A proactive send goes out as the SDK's reply to its
 * continuation activity, on the channel itself (not a `;messageid=` thread): Teams makes that a new post.
 */
const skatePosts = (mark: number) =>
  h.connector
    .since(mark)
    .filter((c) => (c.kind === 'send' || c.kind === 'reply') && c.conversationId === SKATE_CHANNEL.channelId);

describe('binding the Skate channel', () => {
  it('an owner cannot bind it', async () => {
    const card = onlyCard(await h.sayInChannel(USERS.kristin, 'kanal skate', SKATE_CHANNEL));
    expect(cardTexts(card)).toContain(NOT_SECRETARIAT);
    expect(await h.read(async (repos) => await repos.directory.channel('skate'))).toBeNull();
  });

  it('`@Skate-boten kanal skate` from the secretariat binds the channel', async () => {
    const card = onlyCard(await h.sayInChannel(USERS.ingrid, 'kanal skate', SKATE_CHANNEL));
    expect(cardTexts(card)).toContain(nb.commands.channelBound(nb.commands.channelNames.skate));
    const reference = JSON.parse(
      (await h.read(async (repos) => await repos.directory.channel('skate')))?.reference ?? '{}',
    ) as {
      conversation?: { id: string };
    };
    expect(reference.conversation?.id).toBe(SKATE_CHANNEL.channelId);
  });
});

describe('compiling and publishing', () => {
  let preview: Card;

  it('`sammenstill` compiles the round: nobody has voted, so every point awaits the secretariat first', async () => {
    const first = onlyCard(afterProgress(await h.say(USERS.ingrid, 'sammenstill')));
    const pending = (await h.read(async (repos) => await repos.compiledAgendas.latest(ROUND)))?.undecidedPoints ?? 0;
    expect(pending).toBeGreaterThan(0);
    expect(cardTexts(first)).toContain(nb.agendaCard.pending(pending));
    expect(verbsOf(first)).toEqual(['agenda.point-propose', '', '', '']);
    // Such a paper cannot be published.
    const refused = await h.invoke(USERS.ingrid, 'agenda.publish', { roundId: ROUND, revision: '0' });
    expect(cardTexts(refused.card).join('\n')).toContain('Saken kan ikke publiseres ennå.');
    // The button puts every pending point forward as the secretariat's own proposal.
    const { card } = await h.invoke(USERS.ingrid, 'agenda.point-propose', { roundId: ROUND });
    expect(cardTexts(card).join('\n')).toContain(nb.commands.compileAgain);
    expect(await h.read(async (repos) => await repos.pointDecisions.listForRound(ROUND))).toHaveLength(pending);
  });

  it('`sammenstill` again answers with the preview: links, heat map and publish button', async () => {
    const mark = h.connector.calls.length;
    preview = onlyCard(afterProgress(await h.say(USERS.ingrid, 'sammenstill')));
    const texts = cardTexts(preview);
    expect(texts).toContain(nb.agendaCard.title(CASE, nb.quarterLabel(4, 2026), 0));
    expect(texts).toContain(nb.agendaCard.previewNote);
    expect(verbsOf(preview)).toEqual(['agenda.publish', '', '', '']);
    const publish = ((preview.actions ?? []) as Card[])[0];
    expect(publish).toMatchObject({ type: 'Action.Execute', data: { roundId: ROUND, revision: '1' } });
    expect(openUrls(preview).map((a) => [a.title, new URL(a.url).pathname])).toEqual([
      [nb.agendaCard.word, `/agenda/${ROUND}/r1.docx`],
      [nb.agendaCard.html, `/agenda/${ROUND}/r1.html`],
      [nb.agendaCard.markdown, `/agenda/${ROUND}/r1.md`],
    ]);
    const image = (preview.body as Card[]).find((b) => b.type === 'Image');
    expect(new URL(String(image?.url)).pathname).toBe(`/agenda/${ROUND}/r1.png`);

    expect((await h.read(async (repos) => await repos.rounds.get(ROUND)))?.state).toBe('compiled');
    // A second compilation of an unpublished paper is no revision: it is still the original edition.
    expect(await h.read(async (repos) => await repos.compiledAgendas.latest(ROUND))).toMatchObject({
      revision: 1,
      edition: 0,
      caseNumber: CASE,
    });
    // Nothing is posted before the secretariat publishes.
    await h.bot.engine.runDueWork();
    expect(skatePosts(mark)).toEqual([]);
  });

  it("the preview's links open the documents", async () => {
    for (const { url } of openUrls(preview)) expect((await fetchLink(url)).status).toBe(200);
  });

  it('`agenda.publish` posts the summary card, without the button, to the Skate channel', async () => {
    const mark = h.connector.calls.length;
    const { card } = await h.invoke(USERS.ingrid, 'agenda.publish', { roundId: ROUND, revision: '1' });
    expect(cardTexts(card)).toContain(nb.agendaCard.published(CASE));
    expect((await h.read(async (repos) => await repos.outbox.get(`round:${ROUND}/agenda:r1`)))?.state).toBe('pending');

    await h.bot.engine.runDueWork();
    const posts = skatePosts(mark);
    expect(posts).toHaveLength(1);
    const posted = cardOf(posts[0]?.body ?? null) as Card;
    expect(adaptiveCardProblems(posted)).toEqual([]);
    const texts = cardTexts(posted);
    expect(texts).toContain(nb.agendaCard.title(CASE, nb.quarterLabel(4, 2026), 0));
    expect(texts).not.toContain(nb.agendaCard.previewNote);
    expect(verbsOf(posted)).not.toContain('agenda.publish');
    expect(openUrls(posted).map((a) => a.title)).toEqual([
      nb.agendaCard.word,
      nb.agendaCard.html,
      nb.agendaCard.markdown,
    ]);
    expect((await h.read(async (repos) => await repos.outbox.get(`round:${ROUND}/agenda:r1`)))?.state).toBe('sent');
    expect((await h.read(async (repos) => await repos.compiledAgendas.get(ROUND, 1)))?.publishedAt).not.toBeNull();
  });

  it('publishing the same revision again posts nothing new', async () => {
    const mark = h.connector.calls.length;
    const { card } = await h.invoke(USERS.ingrid, 'agenda.publish', { roundId: ROUND, revision: '1' });
    expect(adaptiveCardProblems(card)).toEqual([]);
    await h.bot.engine.runDueWork();
    expect(skatePosts(mark)).toEqual([]);
    expect(h.count('SELECT COUNT(*) AS n FROM outbox WHERE dedupe_key = ?', `round:${ROUND}/agenda:r1`)).toBe(1);
  });

  it('an owner cannot publish', async () => {
    const mark = h.connector.calls.length;
    const { card } = await h.invoke(USERS.kristin, 'agenda.publish', { roundId: ROUND, revision: '1' });
    expect(cardTexts(card)).toContain(NOT_SECRETARIAT);
    await h.bot.engine.runDueWork();
    expect(skatePosts(mark)).toEqual([]);
  });
});

describe('exporting and recording decisions', () => {
  it('`eksport docx` answers with a link that downloads the Word file', async () => {
    const card = onlyCard(await h.say(USERS.ingrid, 'eksport docx'));
    expect(cardTexts(card)).toContain(nb.commands.exportTitle(CASE));
    const [link] = openUrls(card);
    expect(link?.title).toBe(nb.agendaCard.word);
    expect(new URL(link?.url ?? '').pathname).toBe(`/agenda/${ROUND}/r1.docx`);

    const response = await fetchLink(link?.url ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="sak-18-2026.docx"');
    const zip = new AdmZip(Buffer.from(await response.arrayBuffer()));
    expect(zip.getEntry('word/document.xml')?.getData().toString('utf8')).toContain('18/2026');
  });

  it('`vedtak T-2024-01 …` records the decision on the compiled round', async () => {
    const text = 'Skate tar statusrapporten til orientering.';
    const card = onlyCard(await h.say(USERS.ingrid, `vedtak T-2024-01 ${text}`));
    expect(cardTexts(card)).toContain(nb.commands.decisionRecorded('V-2026-Q4-01', 'T-2024-01'));
    expect(await h.read(async (repos) => await repos.decisions.get('V-2026-Q4-01'))).toMatchObject({
      initiativeId: 'T-2024-01',
      roundId: ROUND,
      text,
      state: 'open',
      recordedBy: USERS.ingrid.email,
    });
    const list = onlyCard(await h.say(USERS.ingrid, 'vedtak liste T-2024-01'));
    expect(cardTexts(list).join('\n')).toContain(`V-2026-Q4-01 (T-2024-01`);
  });

  it('an owner cannot record a decision', async () => {
    const before = h.snapshot();
    expect(cardTexts(onlyCard(await h.say(USERS.kristin, 'vedtak T-2024-01 Noe annet.')))).toContain(NOT_SECRETARIAT);
    expect(await refusalsSince(h, before)).toEqual([`command:decision ${USERS.kristin.email} AUTH.NOT_SECRETARIAT`]);
    expect(await h.read(async (repos) => await repos.decisions.listForRound(ROUND))).toHaveLength(1);
  });
});
