/**
 * One bot process, one database, both platforms: an owner reports in Slack (the modal), an AU
 * member votes in Teams (in AU's thread there), the secretariat compiles in Slack, and the case
 * paper has both the Slack report and the Teams vote. Teams runs with credentials (Slack's keys
 * end local mode): its requests carry channel tokens signed by the fake login.botframework.com,
 * and its outgoing calls a token the test gives it.
 */
import { AppCredentials } from 'botframework-connector';
import type { Initiative } from '../../../src/domain/model';
import { BOT_TOKEN, SlackApiDouble } from '../../helpers/slack-api-double';
import { appHomeOpened, eventCallback, SIGNING_SECRET, TEAM } from '../../helpers/slack-requests';
import { AU_CHANNEL, cardInvoke, channelMention, TENANT_ID } from '../../helpers/teams-activities';
import { type Harness, startHarness, USERS } from '../teams/harness';
import { CHANNELS, SLACK_USERS, type SlackHarness, sendToSlackRoute } from './harness';
import { buttonIn, command, mention, modalOpenedBy, press, submit } from './talk';
import { MockOpenIdProvider } from './teams-token';

const mockOpenId = new MockOpenIdProvider();

type Fetch = (url: string, init?: unknown) => Promise<unknown>;
jest.mock('node-fetch', () => {
  const actual = jest.requireActual<Fetch & Record<string, unknown>>('node-fetch');
  const fake: Fetch = async (url, init) => {
    const fixed = mockOpenId.respond(String(url));
    if (fixed) return fixed;
    if (new URL(String(url)).hostname === '127.0.0.1') return actual(url, init);
    throw new Error(`no network in this test: ${String(url)}`);
  };
  return Object.assign(fake, actual, { __esModule: true, default: fake });
});

jest.setTimeout(120_000);
const APP_ID = '0b9e6c1a-2f3d-4e5a-8b7c-6d5e4f3a2b1c';
const ROUND = '2026-Q4';
let teams: Harness;
let double: SlackApiDouble;
let slack: SlackHarness;

/** Posts a Teams activity with a valid channel token. */
async function teamsPost(activity: object): Promise<{ status: number; text: string }> {
  const token = mockOpenId.channelToken(APP_ID, teams.connector.serviceUrl);
  return teams.post(activity as never, { authorization: `Bearer ${token}` });
}

beforeAll(async () => {
  // The bot's calls to Teams get a token without asking login.microsoftonline.com.
  jest.spyOn(AppCredentials.prototype, 'getToken').mockResolvedValue('test-outgoing-token');
  double = await SlackApiDouble.start(Object.values(SLACK_USERS).map((u) => ({ ...u, teamId: TEAM })));
  teams = await startHarness({
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: 'not-a-real-secret-only-for-this-test',
    MICROSOFT_APP_TENANT_ID: TENANT_ID,
    PUBLIC_BASE_URL: 'https://skate-bot.example.no',
    LINK_SECRET: 'a-link-secret-only-for-this-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: double.apiUrl,
  });
  let seq = 0;
  const nowSeconds = () => Math.floor(teams.clock.now().getTime() / 1000);
  slack = {
    bot: teams.bot,
    double,
    clock: teams.clock,
    url: teams.url,
    read: teams.read,
    snapshot: teams.snapshot,
    changedSince: teams.changedSince,
    send: (request, options) => sendToSlackRoute(teams.url, request, nowSeconds, options),
    nowSeconds,
    id: (prefix) => {
      seq += 1;
      return `${prefix}${Date.now()}${seq}`;
    },
    deliver: async () => {
      await teams.bot.engine.runDueWork();
    },
    stop: async () => undefined,
  };
});
afterAll(async () => {
  await teams?.stop();
  await double?.close();
  jest.restoreAllMocks();
});

it('an owner reports in Slack, an AU member votes in Teams, the secretariat compiles in Slack: the paper has both', async () => {
  expect(teams.bot.platforms).toEqual(['msteams', 'slack']);
  // The owner and the secretariat use Slack; AU's channel is in Teams.
  for (const who of ['kristin', 'ingrid'] as const) {
    const user = SLACK_USERS[who].id;
    await slack.send(
      eventCallback(appHomeOpened({ user, channel: double.state.dmOf(user) }), {
        eventId: slack.id('Ev'),
        eventTime: slack.nowSeconds(),
      }),
    );
    await double.waitFor(() => double.callsTo('views.publish').some((c) => c.args.user_id === user));
  }
  const bound = await teamsPost(
    channelMention({ serviceUrl: teams.connector.serviceUrl, user: USERS.ingrid, text: 'kanal au' }),
  );
  expect(bound.status).toBe(200);
  await mention(slack, 'ingrid', 'kanal skate', CHANNELS.skate);
  await command(slack, 'ingrid', `runde åpne ${ROUND}`);
  await slack.deliver();

  // Kristin's request is a Slack DM; she reports in the modal.
  const dm = double.state.dmOf(SLACK_USERS.kristin.id);
  const request = double.state.messages.find((m) => m.channel === dm && buttonIn(m.blocks, 'report.open'));
  if (!request) throw new Error('Kristin got no report request in Slack');
  const open = buttonIn(request.blocks, 'report.open');
  if (!open) throw new Error('no report button');
  const initiativeId = open.data.initiativeId ?? '';
  const initiative = (await slack.read(async (repos) => await repos.initiatives.get(initiativeId))) as Initiative;
  const pressed = await press(
    slack,
    'kristin',
    open,
    { message: { channel: dm, ts: request.ts } },
    {
      until: (c) => c.some((x) => x.method === 'views.open'),
    },
  );
  const progress = 'Rapportert fra Slack: datakatalogen er tatt i bruk av 40 virksomheter.';
  const answer = await submit(slack, 'kristin', modalOpenedBy(slack, pressed.triggerId), {
    overall: 'green',
    result: 'green',
    schedule: 'green',
    cost: 'green',
    forecastCompletionDate: initiative.agreedCompletionDate,
    forecastCostNok: initiative.agreedCostNok,
    progress,
    deviations: '',
    correctiveActions: '',
  });
  expect(answer.json).toEqual({ response_action: 'clear' });
  expect(await slack.read(async (repos) => (await repos.reports.get(initiativeId, ROUND))?.state)).toBe('submitted');

  // AU's review thread goes to Teams, where Per votes.
  await command(slack, 'ingrid', `runde gjennomgang ${ROUND}`);
  await slack.deliver();
  const item = teams.connector.calls.find((c) => c.kind === 'reply' && JSON.stringify(c.body).includes(initiativeId));
  expect(item).toBeDefined();
  const vote = await teamsPost(
    cardInvoke({
      serviceUrl: teams.connector.serviceUrl,
      user: USERS.per,
      verb: 'review.vote',
      data: {
        roundId: ROUND,
        initiativeId,
        choice: 'agree',
        comment: 'Godt arbeid.',
        request: 'none',
        requestReason: '',
        recused: 'false',
      },
      in: { channel: AU_CHANNEL, messageId: item?.messageId ?? 'x' },
    }),
  );
  expect(vote.status).toBe(200);
  const votes = await slack.read(async (repos) =>
    (await repos.votes.listForRound(ROUND)).filter((v) => v.initiativeId === initiativeId),
  );
  expect(votes.map((v) => [v.voter, v.choice])).toEqual([[SLACK_USERS.per.email, 'agree']]);

  // The secretariat compiles in Slack; the paper holds the Slack report and the Teams vote.
  await command(slack, 'ingrid', 'sammenstill');
  const paper = await double.waitFor(
    async () => await slack.read(async (repos) => await repos.compiledAgendas.latest(ROUND)),
    60_000,
    'the paper',
  );
  expect(paper.markdown).toContain(progress);
  // AU's treatment counts Per's «Enig» from Teams on the initiative Kristin reported in Slack.
  expect(paper.markdown).toMatch(new RegExp(`\\| ${initiativeId} [^|\\n]*\\| 1 +\\| 0 +\\|`));
});
