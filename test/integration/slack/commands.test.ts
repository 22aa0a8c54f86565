/**
 * `/skate` and identity: the words Teams understands, answered ephemerally to the asker through
 * the response_url (a table as preformatted text), `kanal` seen by the channel, `språk` storing
 * the person's own language (a Slack client's locale is never asked for), first contact linked
 * by `users.info`'s email, a stranger told what to do, and identities keyed by workspace and
 * user, so the same user id in another workspace is someone else.
 */
import { messagesFor } from '../../../src/i18n';
import { blockKitBreaches } from '../../helpers/slack-block-kit-limits';
import type { Json } from '../../helpers/slack-double-state';
import { slashCommand, TEAM } from '../../helpers/slack-requests';
import { CHANNELS, SLACK_USERS, type SlackHarness, startSlackHarness } from './harness';
import { buttonIn, command, press } from './talk';

jest.setTimeout(60_000);
const nb = messagesFor('nb');
const nn = messagesFor('nn');
let h: SlackHarness;

const textOf = (answer: Json) => JSON.stringify(answer.blocks ?? answer.text);

beforeAll(async () => {
  h = await startSlackHarness(
    {},
    {
      // Kristin's user id in another workspace of the organisation belongs to someone else.
      users: [
        { id: SLACK_USERS.kristin.id, teamId: 'T0OTHER', email: 'ola.nordmann@example.com', name: 'Ola Nordmann' },
      ],
    },
  );
});
afterAll(() => h.stop());

describe('/skate', () => {
  it('links the person by their Slack email at first contact, and answers only them', async () => {
    const { ack, answers } = await command(h, 'ingrid', 'hjelp');
    expect(ack.status).toBe(200);
    expect(ack.text).toBe('');
    expect(answers[0]?.response_type).toBe('ephemeral');
    expect(textOf(answers[0] ?? {})).toContain(nb.commands.helpTitle);
    expect(blockKitBreaches(answers[0] ?? {}, 'message')).toEqual([]);
    const ingrid = await h.read(async (repos) => await repos.people.get(SLACK_USERS.ingrid.email));
    expect(ingrid?.identities).toContainEqual({ platform: 'slack', userId: `${TEAM}:${SLACK_USERS.ingrid.id}` });
    expect(h.double.callsTo('users.info').at(-1)?.args.user).toBe(SLACK_USERS.ingrid.id);
  });

  it('answers a table command with preformatted text within Slack’s limits', async () => {
    const { answers } = await command(h, 'ingrid', 'tiltak');
    const answer = answers[0] ?? {};
    expect(blockKitBreaches(answer, 'message')).toEqual([]);
    expect(textOf(answer)).toContain('```');
    expect(textOf(answer)).toContain('T-2026-01');
  });

  it('«kanal skate» in a channel is seen by the channel', async () => {
    const { answers } = await command(h, 'ingrid', 'kanal skate', { channel: CHANNELS.skate });
    expect(answers[0]?.response_type).toBe('in_channel');
    expect(textOf(answers[0] ?? {})).toContain(nb.commands.channelBound(nb.commands.channelNames.skate));
    expect((await h.read(async (repos) => await repos.directory.channel('skate')))?.platform).toBe('slack');
  });

  it('«språk nn» stores the person’s language and answers in it; later answers follow', async () => {
    const { answers } = await command(h, 'kristin', 'språk nn');
    expect(textOf(answers[0] ?? {})).toContain(nn.commands.languageSet(nn.languageName));
    expect(await h.read(async (repos) => (await repos.people.get(SLACK_USERS.kristin.email))?.locale)).toBe('nn');
    const help = await command(h, 'kristin', 'hjelp');
    expect(textOf(help.answers[0] ?? {})).toContain(nn.commands.helpTitle);
    // No call to Slack ever asked for the user's locale.
    expect(h.double.callsTo('users.info').every((c) => c.args.include_locale === undefined)).toBe(true);
    await command(h, 'kristin', 'språk nb');
  });

  it('tells someone the registry does not know what to do, and links nobody', async () => {
    const { answers } = await command(h, 'outsider', 'status');
    expect(textOf(answers[0] ?? {})).toContain(nb.commands.unknownUser.slice(0, 30));
    expect(
      await h.read(async (repos) => await repos.people.findByIdentity('slack', `${TEAM}:${SLACK_USERS.outsider.id}`)),
    ).toBeNull();
  });

  it('keys identities by workspace and user: the same user id elsewhere is someone else', async () => {
    const responseUrl = h.double.responseUrl(h.id('other'));
    await h.send(
      slashCommand({
        user: SLACK_USERS.kristin.id,
        team: 'T0OTHER',
        text: 'mine',
        channel: 'D0OTHER',
        triggerId: h.id('t'),
        responseUrl,
      }),
    );
    const answer = await h.double.waitFor(() => h.double.callsTo('response_url').find((c) => c.url === responseUrl));
    expect(JSON.stringify(answer.args)).toContain(nb.commands.unknownUser.slice(0, 30));
    const kristin = await h.read(async (repos) => await repos.people.get(SLACK_USERS.kristin.email));
    expect(kristin?.identities.map((i) => i.userId)).not.toContain(`T0OTHER:${SLACK_USERS.kristin.id}`);
  });
});

describe('owners in Slack', () => {
  it('accept a proposed initiative with the button on the DM, which turns into the answer', async () => {
    await command(h, 'erik', 'hjelp', { channel: CHANNELS.general });
    // Opening the round asks the proposed owners to accept first.
    await command(h, 'ingrid', 'runde åpne 2026-Q4');
    await h.deliver();
    const dm = h.double.state.dmOf(SLACK_USERS.erik.id);
    const card = h.double.state.messages.find((m) => m.channel === dm && buttonIn(m.blocks, 'initiative.accept'));
    if (!card) throw new Error('Erik got no acceptance request');
    expect(blockKitBreaches({ text: card.text, blocks: card.blocks }, 'message')).toEqual([]);
    const accept = buttonIn(card.blocks, 'initiative.accept');
    if (!accept) throw new Error('no accept button');
    const responseUrl = h.double.responseUrl(h.id('accept'));
    await press(
      h,
      'erik',
      accept,
      { message: { channel: dm, ts: card.ts }, responseUrl },
      {
        until: (calls) => calls.some((c) => c.method === 'response_url' && c.url === responseUrl),
      },
    );
    const replaced = h.double.callsTo('response_url').find((c) => c.url === responseUrl);
    expect(replaced?.args.replace_original).toBe(true);
    const initiativeId = accept.data.initiativeId ?? '';
    expect(await h.read(async (repos) => (await repos.initiatives.get(initiativeId))?.acceptance)).toBe('accepted');
  });

  it('delegate reporting with /skate deleger, addresses as typed', async () => {
    const initiative = await h.read(
      async (repos) => (await repos.initiatives.listForPerson(SLACK_USERS.kristin.email))[0],
    );
    const { answers } = await command(
      h,
      'kristin',
      `deleger ${initiative?.id} ${SLACK_USERS.sindre.email} 01.12.2026 31.12.2026`,
    );
    expect(textOf(answers[0] ?? {})).toContain('Sindre Aune');
    const delegations = await h.read(async (repos) => (await repos.initiatives.get(initiative?.id ?? ''))?.delegations);
    expect(delegations).toContainEqual(
      expect.objectContaining({ to: SLACK_USERS.sindre.email, fromDate: '2026-12-01' }),
    );
  });
});
