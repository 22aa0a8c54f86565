/**
 * The end-to-end walk of a reporting round, in the Microsoft 365 Agents Playground (a Teams client
 * emulator) with the real bot: the secretariat opens the round, the owner gets the report request
 * proactively and fills in the form card (a red cost light without corrective actions is refused next
 * to the field, then accepted), the secretariat starts AU's review, the AU member votes in the review
 * thread and changes his vote, and the secretariat's status shows the report as submitted.
 *
 *   npx tsx test/e2e/walk.e2e.ts        (or npm run test:e2e, which also runs the other e2e checks)
 *
 * Screenshots of every step go to test-output/e2e/NN-step.png; on failure also FAILED-*.png and the
 * page's DOM and accessibility tree under test-output/e2e/dom/, and the playground and bot logs are
 * printed. See docs/e2e.md for what each step shows and what had to be worked around.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  demoUsersFor,
  type PlaygroundConfigUser,
  type PlaygroundRole,
  type RunningPlayground,
  startPlayground,
} from '../../scripts/playground/start-playground';
import { initiativesInReview, initiativesToReport } from '../../src/app/rounds/initiatives-to-report';
import { describeError, messagesFor } from '../../src/i18n';
import { periodLabel } from '../../src/views/cycle-views';
import {
  adaptiveCards,
  channelPost,
  clickCardAction,
  DEFAULT_BOT_NAME,
  dumpPage,
  fillCardInput,
  launchBrowser,
  openConversation,
  openPlayground,
  screenshot,
  sendMessage,
  textBy,
  waitForBotReply,
  waitForCard,
} from './playground';
import { type E2eBot, pickRound, startE2eBot } from './skate-bot';

const OUT = path.resolve(__dirname, '../../test-output/e2e');
const nb = messagesFor('nb');
const INITIATIVE = 'T-2024-01';
const SECRETARIAT = 'ingrid.haugland@example.no';
/** One playground per person: the playground emulates a single user per process. */
const PORTS: Record<PlaygroundRole, number> = { secretariat: 56150, owner: 56151, au: 56152 };
/** Every playground gets the same team: General and AU's channel (the yml allows one channel besides General). */
const TEAM = { name: 'Skate', channel: { name: 'AU' } };
/** The whole walk; a watchdog fails the run if it is exceeded (each wait has its own, shorter timeout). */
const WALK_TIMEOUT_MS = 5 * 60_000;
/** Proactive messages: the scheduler is woken after each command and delivers within seconds. */
const PROACTIVE_MS = 30_000;

interface StepResult {
  name: string;
  status: 'ok' | 'FAIL' | 'skip';
  ms: number;
  detail?: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves `work` or rejects after `ms`, so no step can hang the walk. */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** The card's text with runs of whitespace collapsed. */
async function cardText(card: Locator): Promise<string> {
  return ((await card.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Scrolls `target` into view, retrying while the transcript re-renders under it (new messages
 * arriving detach and re-attach elements).
 */
async function reveal(target: Locator, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await target.scrollIntoViewIfNeeded({ timeout: 2000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

/** Polls `probe` until it returns a value (not undefined) or `ms` pass. */
async function waitUntil<T>(ms: number, what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(200);
  }
}

/**
 * A post by `user` in channel `channelId` of playground `pg`, as its web client sends it to the bot
 * (the "Channel post with @mention" shape in docs/playground.md): the bot @mentioned, the conversation
 * the post's thread (`<channel>;messageid=<post id>`), and `serviceUrl` that playground's connector.
 *
 * The playground only sends as its current user, and this user is another one. So the post is made in
 * two parts: the playground's own conversation API (what its web client posts to) stores the post as
 * `user`'s (it checks that they are in the team) without sending it, because it is not @mentioned there;
 * then the activity is posted to the bot. The thread exists in the playground, so the bot's reply in it
 * is accepted, as in Teams. (The web client does not show either: it only shows posts it made itself or
 * the bot started, and logs "Invalid conversation id" for the reply; see docs/e2e.md.)
 */
async function postAs(
  pg: RunningPlayground,
  user: PlaygroundConfigUser,
  channelId: string,
  text: string,
  botEndpoint: string,
): Promise<{ status: number; body: string; postConversationId: string }> {
  const { config } = pg;
  const stored = await fetch(`${pg.url}/_conversation/v1/conversations/${encodeURIComponent(channelId)}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: { id: user.id }, text: `@${config.bot.name} ${text}`, textFormat: 'plain' }),
    signal: AbortSignal.timeout(10_000),
  });
  if (stored.status !== 200)
    throw new Error(`the playground refused the post: ${stored.status} ${await stored.text()}`);
  const { postConversationId } = (await stored.json()) as { postConversationId?: string };
  if (!postConversationId?.startsWith(`${channelId};messageid=`)) {
    throw new Error(`the playground did not make a post: ${postConversationId}`);
  }
  const at = new Date();
  const mention = `<at>${config.bot.name}</at>`;
  const activity = {
    type: 'message',
    text: `${mention} ${text}`,
    id: randomUUID(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    timestamp: at.toISOString(),
    localTimestamp: at.toISOString(),
    localTimezone: 'Europe/Oslo',
    serviceUrl: pg.serviceUrl,
    conversation: { isGroup: true, conversationType: 'channel', tenantId: config.tenantId, id: postConversationId },
    recipient: { id: config.bot.id, name: config.bot.name },
    textFormat: 'plain',
    locale: 'en-US',
    entities: [
      { type: 'mention', mentioned: { id: config.bot.id, name: config.bot.name }, text: mention },
      { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'Europe/Oslo' },
    ],
    channelData: {
      teamsChannelId: channelId,
      teamsTeamId: config.team.id,
      tenant: { id: config.tenantId },
      team: { id: config.team.id },
      channel: { id: channelId },
    },
    channelId: 'msteams',
  };
  const response = await fetch(botEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.text(), postConversationId };
}

/** Error lines (pino level ≥ 50) in the bot's log. */
function botErrors(logPath: string): string[] {
  if (!existsSync(logPath)) return [];
  return readFileSync(logPath, 'utf8')
    .split('\n')
    .filter((line) => /"level":(5|6)\d/.test(line));
}

function tail(file: string, lines = 60): string {
  if (!existsSync(file)) return '(no file)';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}

async function main(): Promise<number> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  const results: StepResult[] = [];
  const timings: Record<string, number> = {};
  let e2e: E2eBot | undefined;
  const playgrounds: Partial<Record<PlaygroundRole, RunningPlayground>> = {};
  const pages: Partial<Record<PlaygroundRole, Page>> = {};
  let browser: Browser | undefined;
  let shot = 0;
  let failed = false;

  const snap = async (role: PlaygroundRole, name: string): Promise<void> => {
    const page = pages[role];
    if (!page) throw new Error(`no page for ${role}`);
    shot++;
    await screenshot(page, path.join(OUT, `${String(shot).padStart(2, '0')}-${name}.png`));
  };

  /**
   * A screenshot of one element, whole: the transcript scrolls inside the page, so the viewport is
   * made tall enough for the element first (and put back afterwards).
   */
  const snapElement = async (role: PlaygroundRole, name: string, target: Locator): Promise<void> => {
    const p = page(role);
    const viewport = p.viewportSize() ?? { width: 1400, height: 900 };
    const box = await target.boundingBox();
    const height = Math.min(Math.ceil((box?.height ?? 0) + 400), 12_000);
    try {
      if (height > viewport.height) await p.setViewportSize({ width: viewport.width, height });
      await reveal(target);
      shot++;
      await target.screenshot({ path: path.join(OUT, `${String(shot).padStart(2, '0')}-${name}.png`) });
    } finally {
      await p.setViewportSize(viewport);
    }
  };

  /** Runs a step unless an earlier one failed; `role` is whose page is dumped if it fails. */
  const step = async (name: string, role: PlaygroundRole | null, work: () => Promise<string | undefined>) => {
    if (failed) {
      results.push({ name, status: 'skip', ms: 0 });
      return;
    }
    const t = Date.now();
    try {
      const detail = await work();
      results.push({ name, status: 'ok', ms: Date.now() - t, detail });
    } catch (error) {
      failed = true;
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.push({ name, status: 'FAIL', ms: Date.now() - t, detail });
      const base = `FAILED-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
      for (const [r, page] of Object.entries(pages)) {
        if (role !== null && r !== role) continue;
        await screenshot(page, path.join(OUT, `${base}-${r}.png`)).catch(() => undefined);
        await dumpPage(page, path.join(OUT, 'dom', `${base}-${r}`)).catch(() => undefined);
      }
    }
  };

  const page = (role: PlaygroundRole): Page => {
    const p = pages[role];
    if (!p) throw new Error(`no page for ${role}`);
    return p;
  };
  const pg = (role: PlaygroundRole): RunningPlayground => {
    const p = playgrounds[role];
    if (!p) throw new Error(`no playground for ${role}`);
    return p;
  };
  const bot = (): E2eBot => {
    if (!e2e) throw new Error('the bot is not running');
    return e2e;
  };
  /** Waits until the outbox has nothing due or being sent, then lets the web clients render it. */
  const settled = async (ms = PROACTIVE_MS): Promise<void> => {
    await waitUntil(
      ms,
      'the outbox to drain',
      async () =>
        await bot().read(async (repos) =>
          (await repos.outbox.listSendable(new Date(), 1)).length === 0 &&
          (await repos.outbox.countByState()).sending === 0
            ? true
            : undefined,
        ),
    );
    await sleep(700);
  };

  const watchdog = setTimeout(() => {
    process.stderr.write(`walk: watchdog fired after ${WALK_TIMEOUT_MS} ms; giving up\n`);
    process.exit(1);
  }, WALK_TIMEOUT_MS);
  watchdog.unref();

  let quarter = '';
  let period = '';
  let auChannel = { id: '', name: '' };
  let initiativeTitle = '';
  let auMembers = 0;
  let toReport = 0;
  /** The start of a catalogue message, up to its first parameter that is not known in advance. */
  const prefix = (message: string): string => message.split('\u0000')[0] ?? message;

  try {
    await step(
      'start the bot on 127.0.0.1:3978 (fresh database, demo data, Teams transport, scheduler)',
      null,
      async () => {
        const t = Date.now();
        e2e = await within(30_000, 'startBot', startE2eBot({ logPath: path.join(OUT, 'bot.log') }));
        timings.botStartMs = Date.now() - t;
        const choice = await pickRound(e2e, new Date());
        quarter = choice.quarter;
        period = periodLabel(quarter, 'nb');
        const facts = await e2e.read(async (repos) => ({
          initiative: await repos.initiatives.get(INITIATIVE),
          au: (await repos.people.withRole('au')).length,
          toReport: initiativesToReport(await repos.initiatives.list()).length,
        }));
        check(facts.initiative !== null, `no ${INITIATIVE} in the demo data`);
        initiativeTitle = facts.initiative?.title ?? '';
        auMembers = facts.au;
        toReport = facts.toReport;
        return `round ${quarter} (Skate ${choice.skateMeeting.date}, deadline ${choice.schedule.deadline}, lock ${choice.schedule.lockAt}); ${facts.toReport} initiatives to report, ${facts.au} AU members`;
      },
    );

    await step('start three playgrounds (secretariat, owner, AU member) and chromium', null, async () => {
      const endpoint = bot().endpoint;
      const roles: PlaygroundRole[] = ['secretariat', 'owner', 'au'];
      let t = Date.now();
      const started = await within(
        60_000,
        'three playgrounds',
        Promise.allSettled(
          roles.map(async (role) =>
            startPlayground({
              workDir: path.join(OUT, 'playground', role),
              port: PORTS[role],
              botEndpoint: endpoint,
              team: TEAM,
              timezone: 'Europe/Oslo',
              ...(await demoUsersFor(role)),
            }),
          ),
        ),
      );
      started.forEach((s, i) => {
        const role = roles[i];
        if (role && s.status === 'fulfilled') playgrounds[role] = s.value;
      });
      const failures = started.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failures.length > 0) throw failures[0]?.reason;
      timings.playgroundsStartMs = Date.now() - t;
      const channel = pg('au').config.team.channels[0];
      if (!channel) throw new Error('the AU playground has no channel besides General');
      auChannel = channel;
      // The same team and channel ids in every yml: one team, seen by three people.
      for (const role of roles) {
        check(
          JSON.stringify(pg(role).config.team) === JSON.stringify(pg('au').config.team),
          `${role}'s team differs from the AU member's`,
        );
      }
      t = Date.now();
      browser = await within(30_000, 'chromium', launchBrowser());
      timings.browserLaunchMs = Date.now() - t;
      t = Date.now();
      // Loading the web client opens the personal chat, which installs the bot for that user.
      const opened = await within(
        60_000,
        'web clients',
        Promise.all(roles.map((role) => openPlayground(browser as Browser, pg(role).url, { timeoutMs: 30_000 }))),
      );
      roles.forEach((role, i) => {
        pages[role] = opened[i];
      });
      timings.webClientsReadyMs = Date.now() - t;
      return roles.map((r) => `${r} ${pg(r).url}`).join(', ');
    });

    await step("owner: the personal chat installs the bot and it stores Kristin's conversation", 'owner', async () => {
      const kristin = pg('owner').config.currentUser;
      await waitForBotReply(page('owner'), nb.commands.welcome(kristin.name), { timeoutMs: 15_000 });
      const stored = await waitUntil(
        5000,
        "Kristin's conversation reference",
        async () =>
          await bot().read(
            async (repos) => (await repos.directory.conversationOf('msteams', kristin.aadObjectId)) ?? undefined,
          ),
      );
      check(stored.includes(pg('owner').serviceUrl), `the stored reference is not the owner playground's: ${stored}`);
      // Ingrid and Per installed the bot the same way; their welcome shows their identities were linked.
      for (const role of ['secretariat', 'au'] as const) {
        await waitForBotReply(page(role), nb.commands.welcome(pg(role).config.currentUser.name), { timeoutMs: 15_000 });
      }
      await snap('owner', 'owner-installed');
      return undefined;
    });

    await step("AU channel: Ingrid's «kanal au» in the AU member's playground channel binds it", 'au', async () => {
      const p = page('au');
      // Opening the channel installs the bot in the team (installationUpdate + conversationUpdate).
      await openConversation(p, `${TEAM.name} - ${auChannel.name}`);
      // The playground's current user here is Per; Ingrid cannot type in it. So her post is sent to the bot
      // as the playground would send it from her client (see postAs and docs/e2e.md).
      const ingrid = pg('au').config.users.find((u) => u.email === SECRETARIAT);
      if (!ingrid) throw new Error('Ingrid is not among the AU playground users');
      const sent = await postAs(pg('au'), ingrid, auChannel.id, 'kanal au', bot().endpoint);
      check(sent.status === 200, `the bot answered ${sent.status}: ${sent.body}`);
      const binding = await waitUntil(
        5000,
        'the AU channel binding',
        async () => await bot().read(async (repos) => (await repos.directory.channel('au')) ?? undefined),
      );
      check(
        binding.reference.includes(pg('au').serviceUrl) && binding.reference.includes(`"${auChannel.id}"`),
        `the binding is not the AU playground's channel: ${binding.reference}`,
      );
      // The bot's reply («Denne kanalen er nå AU-kanalen.») went into Ingrid's thread; it answered without errors.
      await sleep(500);
      const errors = botErrors(bot().logPath);
      check(errors.length === 0, `the bot logged errors:\n${errors.join('\n')}`);
      // The web client cannot place the reply (it did not make Ingrid's post), but its log panel lists
      // every connector call: the last one is the bot's reply in her thread; show its details.
      const log = p.getByText(/^message 201$/);
      await log.last().click();
      const bound = nb.commands.channelBound(nb.commands.channelNames.au);
      await p.getByText(bound).first().waitFor({ timeout: 5000 });
      await reveal(p.getByText(bound).first());
      await snap('au', 'au-channel-bound');
      // Close the details (only clearing the log does), so later screenshots show the log as it goes on.
      await p.getByRole('button', { name: 'Clear logs' }).click();
      await p.getByText('Click on a log item').first().waitFor({ timeout: 5000 });
      return `bound to ${auChannel.id} at ${pg('au').serviceUrl} (Ingrid's post ${sent.postConversationId})`;
    });

    const requestTitle = () => nb.cycle.reportRequest.title(INITIATIVE, period);
    let requestSeen: Promise<number | Error> | undefined;

    await step(`secretariat: «runde åpne ${quarter || '<quarter>'}» opens the round`, 'secretariat', async () => {
      const p = page('secretariat');
      const t = Date.now();
      // Watch Kristin's chat from now on, to time the proactive request (checked in the next step).
      requestSeen = waitForCard(page('owner'), requestTitle(), PROACTIVE_MS).then(
        () => Date.now() - t,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      );
      await sendMessage(p, `runde åpne ${quarter}`);
      const x = '\u0000';
      // «Runde 2026-Q4 er åpnet for 13 tiltak. Frist: …»
      const opened = prefix(
        nb.cli.roundOpened({ round: quarter, count: toReport, deadline: x, lockAt: x, au: x, skate: x }),
      );
      const reply = await waitForBotReply(p, opened, { timeoutMs: 20_000 });
      timings.roundOpenReplyMs = Date.now() - t;
      const round = await bot().read(async (repos) => await repos.rounds.get(quarter));
      check(round?.state === 'open', `round ${quarter} is ${round?.state ?? 'missing'}`);
      // The opening requests go out now; every owner who has not installed the bot comes back to the
      // secretariat as «Kunne ikke nå …». Let that settle before the screenshot of the reply.
      await settled();
      await reveal(textBy(p, DEFAULT_BOT_NAME, opened).last());
      await snap('secretariat', 'round-opened');
      return `«runde åpne ${quarter}»: ${((await reply.textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 160)}`;
    });

    let form: Locator | undefined;

    await step('owner: the report request card arrives proactively', 'owner', async () => {
      const seen = await requestSeen;
      if (seen instanceof Error) throw seen;
      if (seen === undefined) throw new Error('the request was not watched for');
      timings.reportRequestMs = seen;
      const card = adaptiveCards(page('owner'), requestTitle()).last();
      await reveal(card);
      await snap('owner', 'report-request');
      return `${timings.reportRequestMs} ms after «runde åpne» was sent`;
    });

    await step(
      '«Fyll ut rapporten» → the form; a red cost light without corrective actions is refused next to the field',
      'owner',
      async () => {
        const p = page('owner');
        const request = adaptiveCards(p, requestTitle()).last();
        await clickCardAction(request, nb.cycle.reportRequest.open);
        const card = await waitForCard(p, nb.cli.report.correctiveActions, 15_000);
        form = card;
        const text = await cardText(card);
        const labels = nb.cli.report;
        // What the form shows decides what must be filled in besides the red cost light.
        const hasDecision = text.includes(nb.form.decision);
        await fillCardInput(card, nb.lightDimensions.cost, nb.lights.red);
        // The overall light may not be greener than the red cost light without a reason: make it red too.
        await fillCardInput(card, nb.lightDimensions.overall, nb.lights.red);
        await fillCardInput(card, labels.progress, 'Søk på tvers av datasett og begreper er i produksjon.');
        await fillCardInput(card, labels.deviations, 'Leverandøren har varslet en prisøkning.');
        // The form is pre-filled from last quarter's report; a forecast date is required.
        const date = card.getByLabel(labels.forecastDate, { exact: true }).first();
        if ((await date.inputValue()) === '') {
          const agreed = await bot().read(
            async (repos) => (await repos.initiatives.get(INITIATIVE))?.agreedCompletionDate ?? '',
          );
          await fillCardInput(card, labels.forecastDate, agreed);
        }
        // Red differs from the light the forecast suggests (the hint under the cost light starts with it):
        // say why, in the cost light's own reason field.
        const costHint = await errorAfterField(card, nb.lightDimensions.cost);
        if (!costHint.startsWith(nb.form.suggestion(nb.lights.red))) {
          await card
            .getByLabel(nb.form.reasons.cost, { exact: true })
            .fill('Prisøkningen er ikke med i prognosen ennå.');
        }
        if (hasDecision) {
          await fillCardInput(card, labels.decision, nb.followUp.followed);
          await fillCardInput(card, nb.form.followUpComment, 'Fulgt opp som Skate ba om.');
        }
        await fillCardInput(card, labels.correctiveActions, '');
        await clickCardAction(card, nb.form.submit);
        const error = describeCorrectiveActionsRequired();
        const shown = card.getByText(error, { exact: true });
        await shown.waitFor({ timeout: 15_000 });
        // «Next to the field»: the error is the element right after the corrective-actions input.
        const next = await errorAfterField(card, labels.correctiveActions);
        check(next === error, `the text after the corrective-actions field is «${next}», not the error`);
        // It is the only field in error.
        const x = '\u0000';
        const others = [
          describeError({ code: 'REPORT.REQUIRED' }, 'nb'),
          describeError({ code: 'REPORT.FOLLOW_UP_REQUIRED' }, 'nb'),
          prefix(describeError({ code: 'REPORT.OVERRIDE_REASON_REQUIRED', params: { suggested: x } }, 'nb')),
        ];
        const after = await cardText(card);
        for (const other of others) check(!after.includes(other), `the form also shows «${other}»`);
        check(
          (await bot().read(async (repos) => await repos.reports.get(INITIATIVE, quarter))) === null,
          'a report was stored from a refused submission',
        );
        await reveal(shown);
        await snap('owner', 'form-corrective-actions-error');
        await snapElement('owner', 'form-corrective-actions-error-whole-card', card);
        return hasDecision ? 'the form asked for the decision follow-up too' : undefined;
      },
    );

    await step('owner: with corrective actions → Send inn → the receipt', 'owner', async () => {
      const p = page('owner');
      const card = form ?? (await waitForCard(p, nb.cli.report.correctiveActions));
      await fillCardInput(
        card,
        nb.cli.report.correctiveActions,
        'Vi reforhandler avtalen og utsetter to delleveranser.',
      );
      await clickCardAction(card, nb.form.submit);
      const receipt = await waitForCard(p, nb.form.receiptTitle(INITIATIVE, period), 15_000);
      const text = await cardText(receipt);
      check(text.includes(`${nb.lights.red}`), `the receipt does not show the red light: ${text}`);
      const report = await bot().read(async (repos) => await repos.reports.get(INITIATIVE, quarter));
      check(report?.state === 'submitted', `the report is ${report?.state ?? 'missing'}`);
      check(report?.fields.cost === 'red', `the stored cost light is ${report?.fields.cost}`);
      await reveal(receipt);
      await snap('owner', 'receipt');
      return `version ${report?.version}`;
    });

    await step(
      `secretariat: «runde gjennomgang ${quarter || '<quarter>'}» starts AU's review`,
      'secretariat',
      async () => {
        const p = page('secretariat');
        await sendMessage(p, `runde gjennomgang ${quarter}`);
        const reply = await waitForBotReply(p, nb.cli.roundMoved(quarter, nb.roundStates['in-review']), {
          timeoutMs: 15_000,
        });
        await reveal(reply);
        await snap('secretariat', 'review-started');
        return undefined;
      },
    );

    const itemTitle = () => nb.cycle.review.itemTitle(INITIATIVE, initiativeTitle);

    await step(
      'AU: the review thread appears in the AU channel: the summary and one reply per initiative',
      'au',
      async () => {
        const p = page('au');
        const t = Date.now();
        // AU reviews every initiative it follows, also one in final treatment that no longer reports (seed 004, 6.1).
        const ids = await bot().read(async (repos) =>
          initiativesInReview(await repos.initiatives.list()).map((i) => i.id),
        );
        const summaryTitle = nb.cycle.review.title(period);
        const post = channelPost(p, summaryTitle);
        await post.first().waitFor({ timeout: PROACTIVE_MS });
        // Every reply is a card in the summary's post (the thread); wait until all have arrived.
        const cards = post.first().locator('.ac-adaptiveCard');
        await waitUntil(PROACTIVE_MS, `${ids.length + 1} cards in the review thread`, async () =>
          (await cards.count()) >= ids.length + 1 ? true : undefined,
        );
        timings.reviewThreadMs = Date.now() - t;
        const texts = await cards.allTextContents();
        check(texts[0]?.includes(summaryTitle) ?? false, 'the first card of the post is not the summary');
        for (const id of ids) {
          const n = texts.filter((x) => x.includes(`${id} `)).length;
          check(n >= 1, `no reply for ${id} in the thread`);
        }
        check(texts.length === ids.length + 1, `${texts.length} cards in the thread, expected ${ids.length + 1}`);
        await reveal(post.first().locator('.ac-adaptiveCard').first());
        await snap('au', 'review-thread');
        await snapElement('au', 'review-thread-whole', post.first());
        const item = adaptiveCards(p, itemTitle()).last();
        await reveal(item);
        const text = await cardText(item);
        check(text.includes(nb.lights.red), `the reply for ${INITIATIVE} does not show the red light: ${text}`);
        await snap('au', 'review-item');
        return `${ids.length} replies after ${timings.reviewThreadMs} ms`;
      },
    );

    const tally = (agree: number, disagree: number) =>
      nb.cycle.review.tally(agree, disagree, 0, 0, agree + disagree, auMembers);

    /**
     * «Stem» on the initiative's post in the thread: the bot answers with Per's own vote card, which
     * replaces the post for him. (In Teams his client would ask for it by itself: the post carries a
     * Universal Actions `refresh` for AU members, which the playground does not support.)
     */
    const openVoteCard = async (): Promise<Locator> => {
      const p = page('au');
      const post = adaptiveCards(p, itemTitle()).last();
      await reveal(post);
      // Already his vote card (its button is also «Stem», but it casts the vote): use it as it is.
      if ((await post.getByText(nb.vote.choice, { exact: true }).count()) > 0) return post;
      await clickCardAction(post, nb.cycle.review.vote);
      const card = adaptiveCards(p, itemTitle()).filter({ hasText: nb.vote.choice }).last();
      await card.waitFor({ timeout: 15_000 });
      return card;
    };

    /**
     * Votes on the vote card and returns the texts of the card the bot answered with. Right after the
     * invoke the bot also updates the post in place with the new tally (for everyone; in Teams Per's
     * client would then refresh it to his vote card again), so the answer is read from the invoke's
     * response rather than from the screen, and the post's update is waited for.
     */
    const vote = async (choice: string, comment?: string): Promise<string> => {
      const p = page('au');
      const card = await openVoteCard();
      await fillCardInput(card, nb.vote.choice, choice);
      if (comment !== undefined) await fillCardInput(card, nb.vote.comment, comment);
      const answer = p.waitForResponse((r) => r.url().endsWith('/_conversation/v1/invoke'), { timeout: 15_000 });
      await clickCardAction(card, nb.vote.submit);
      const response = await answer;
      check(response.ok(), `the invoke failed: ${response.status()}`);
      return JSON.stringify(await response.json());
    };

    const storedVotes = async () =>
      (await bot().read(async (repos) => await repos.votes.listForRound(quarter)))
        .filter((v) => v.initiativeId === INITIATIVE && v.voter === pg('au').config.currentUser.email)
        .map((v) => v.choice)
        .join(',');

    const checkVote = async (
      choice: string,
      agree: number,
      disagree: number,
      expectedVotes: string,
      comment?: string,
    ) => {
      const p = page('au');
      // The post, updated in place for everyone, shows the tally.
      await settled();
      await adaptiveCards(p, itemTitle())
        .filter({ hasText: tally(agree, disagree) })
        .last()
        .waitFor({ timeout: 15_000 });
      // Per's own card shows his vote and the tally.
      const card = await openVoteCard();
      check((await storedVotes()) === expectedVotes, `stored votes: ${await storedVotes()}, expected ${expectedVotes}`);
      const text = await cardText(card);
      for (const expected of [nb.vote.yourVote, choice, tally(agree, disagree), ...(comment ? [comment] : [])]) {
        check(text.includes(expected), `his vote card lacks «${expected}»: ${text}`);
      }
      const error = describeError({ code: 'REPORT.REQUIRED' }, 'nb');
      check(!text.includes(error), `his vote card shows the error «${error}» though he only opened it`);
      await reveal(card.getByText(nb.vote.yourVote).first());
      return text;
    };

    await step(
      `AU: «${nb.cycle.review.vote}» on ${INITIATIVE} → his vote card; vote «${nb.voteChoices.agree}»`,
      'au',
      async () => {
        const card = await openVoteCard();
        const text = await cardText(card);
        check(!text.includes(nb.vote.yourVote), `he has not voted, yet his card says «${nb.vote.yourVote}»`);
        check(text.includes(tally(0, 0)), `his vote card lacks the tally «${tally(0, 0)}»`);
        await reveal(card.getByText(nb.vote.choice, { exact: true }).first());
        await snap('au', 'vote-card');
        const answer = await vote(nb.voteChoices.agree);
        for (const expected of [nb.vote.yourVote, nb.voteChoices.agree, tally(1, 0)]) {
          check(answer.includes(expected), `the bot's answer to the vote lacks «${expected}»`);
        }
        check((await storedVotes()) === 'agree', `stored votes: ${await storedVotes()}`);
        await checkVote(nb.voteChoices.agree, 1, 0, 'agree');
        await snap('au', 'vote-agree');
        return undefined;
      },
    );

    await step(`AU: change the vote to «${nb.voteChoices.disagree}» with a comment`, 'au', async () => {
      const comment = 'AU bør se en revidert kostnadsplan først.';
      const answer = await vote(nb.voteChoices.disagree, comment);
      for (const expected of [nb.vote.yourVote, nb.voteChoices.disagree, comment, tally(0, 1)]) {
        check(answer.includes(expected), `the bot's answer to the vote lacks «${expected}»`);
      }
      check((await storedVotes()) === 'agree,disagree', `stored votes: ${await storedVotes()}`);
      await checkVote(nb.voteChoices.disagree, 0, 1, 'agree,disagree', comment);
      await snap('au', 'vote-disagree');
      return undefined;
    });

    await step(`secretariat: «status» shows ${INITIATIVE} as ${nb.reportStates.submitted}`, 'secretariat', async () => {
      const p = page('secretariat');
      await sendMessage(p, 'status');
      const x = '\u0000';
      // «Runde 2026-Q4 – Til behandling i AU. Frist …»: the table's title.
      const title = prefix(
        nb.cli.roundSummary({ round: quarter, state: nb.roundStates['in-review'], deadline: x, lockAt: x }),
      );
      const table = await waitForCard(p, title, 15_000);
      const row = table.getByRole('row').filter({ hasText: INITIATIVE });
      await row.first().waitFor({ timeout: 15_000 });
      const cells = (await row.first().getByRole('cell').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim());
      const rowText = cells.join(' | ');
      // ID | Tittel | Rapportører | Status
      check(cells[0] === INITIATIVE && cells.at(-1) === nb.reportStates.submitted, `the row is «${rowText}»`);
      await reveal(row.first());
      await snap('secretariat', 'status');
      return rowText;
    });
  } catch (error) {
    failed = true;
    results.push({ name: 'walk', status: 'FAIL', ms: 0, detail: error instanceof Error ? error.stack : String(error) });
  } finally {
    const t = Date.now();
    await browser?.close().catch(() => undefined);
    await Promise.all(Object.values(playgrounds).map((p) => p.stop().catch(() => undefined)));
    await e2e?.stop().catch((error: unknown) => process.stderr.write(`stopping the bot: ${String(error)}\n`));
    timings.stopMs = Date.now() - t;
    clearTimeout(watchdog);
  }

  for (const r of results) {
    process.stdout.write(`${r.status.padEnd(4)} ${r.name} (${r.ms} ms)${r.detail ? `\n     ${r.detail}` : ''}\n`);
  }
  timings.totalMs = Date.now() - started;
  process.stdout.write(`timings: ${JSON.stringify(timings)}\n`);
  process.stdout.write(`screenshots: ${OUT}\n`);
  if (failed) {
    for (const [role, p] of Object.entries(playgrounds)) {
      process.stdout.write(`\n--- playground ${role}: ${p.logPath}\n${tail(p.logPath)}\n`);
    }
    process.stdout.write(`\n--- bot log: ${path.join(OUT, 'bot.log')}\n${tail(path.join(OUT, 'bot.log'))}\n`);
  }
  const passed = results.filter((r) => r.status === 'ok').length;
  const failedCount = results.filter((r) => r.status === 'FAIL').length;
  const skipped = results.filter((r) => r.status === 'skip').length;
  process.stdout.write(`walk: ${passed} passed, ${failedCount} failed${skipped ? ` (${skipped} not run)` : ''}\n`);
  return failedCount === 0 && skipped === 0 ? 0 : 1;
}

function describeCorrectiveActionsRequired(): string {
  return describeError({ code: 'REPORT.CORRECTIVE_ACTIONS_REQUIRED' }, 'nb');
}

/**
 * The text of the first element after the input labelled `label` that shows any text: where the card
 * template puts a field's error (the TextBlock right after the input).
 */
async function errorAfterField(card: Locator, label: string): Promise<string> {
  const field = card.getByLabel(label, { exact: true }).first();
  const next = field.locator(
    "xpath=ancestor-or-self::*[following-sibling::*[normalize-space(.) != '']][1]/following-sibling::*[normalize-space(.) != ''][1]",
  );
  return ((await next.first().textContent({ timeout: 5000 })) ?? '').replace(/\s+/g, ' ').trim();
}

// On Ctrl-C or SIGTERM exit through process.exit, so the 'exit' hooks stop the playgrounds and chromium.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
