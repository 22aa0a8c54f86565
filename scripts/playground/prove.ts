/**
 * Proves the Agents Playground harness end to end with the throwaway echo bot:
 * echo bot (127.0.0.1:3978) + playground + headless chromium. Sends "hei", checks the echo, sends
 * "card", fills and submits it (Action.Execute → adaptiveCard/action invoke), checks the updated card,
 * then probes what the playground emulates: TeamsInfo.getMember, proactive continueConversation,
 * updateActivity, createConversation (1:1 and channel post), and a channel thread with @mention.
 * Screenshots, the bot's inbound activities and a summary go to test-output/playground/.
 *
 *   npx tsx scripts/playground/prove.ts
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startEchoBot } from '../../test/e2e/echo-bot';
import {
  clickCardAction,
  dumpPage,
  fillCard,
  launchBrowser,
  openConversation,
  openPlayground,
  replyInThread,
  screenshot,
  sendMessage,
  textBy,
  waitForBotReply,
  waitForCard,
  waitForText,
} from '../../test/e2e/playground';
import { demoUsersFor, type RunningPlayground, startPlayground } from './start-playground';

const OUT = path.resolve(__dirname, '../../test-output/playground');
const ACTIVITIES = path.join(OUT, 'activities.jsonl');

interface Step {
  name: string;
  ok: boolean;
  /** A probe of an optional feature: reported, but a miss does not fail the run. */
  probe?: boolean;
  ms: number;
  detail?: string;
}

async function main(): Promise<number> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const steps: Step[] = [];
  const timings: Record<string, number> = {};
  let bot: Server | undefined;
  let pg: RunningPlayground | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let shot = 0;
  const snap = async (name: string) => {
    if (!page) return;
    shot++;
    await screenshot(page, path.join(OUT, `${String(shot).padStart(2, '0')}-${name}.png`));
  };
  const step = async (name: string, fn: () => Promise<string | undefined>, opts: { probe?: boolean } = {}) => {
    const t = Date.now();
    try {
      const detail = await fn();
      steps.push({ name, ok: true, ms: Date.now() - t, detail, probe: opts.probe });
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      steps.push({ name, ok: false, ms: Date.now() - t, detail, probe: opts.probe });
      const base = `${opts.probe ? 'MISSING' : 'FAILED'}-${name.replace(/[^a-z0-9]+/gi, '-')}`;
      await snap(base).catch(() => undefined);
      if (page) await dumpPage(page, path.join(OUT, 'dom', base)).catch(() => undefined);
    }
  };

  try {
    bot = await startEchoBot({ logPath: ACTIVITIES });
    const users = await demoUsersFor('secretariat');
    pg = await startPlayground({ workDir: path.join(OUT, 'work'), timezone: 'Europe/Oslo', ...users });
    timings.playgroundStartupMs = pg.startupMs;
    const channel = pg.config.team.channels[0];
    const team = pg.config.team.name;
    const kristin = pg.config.users.find((u) => u.email === 'kristin.hovland@example.no');

    let t = Date.now();
    browser = await launchBrowser();
    timings.browserLaunchMs = Date.now() - t;
    t = Date.now();
    page = await openPlayground(browser, pg.url);
    timings.webClientReadyMs = Date.now() - t;
    const p = page;

    await step('echo: "hei" → "Echo: hei"', async () => {
      const t0 = Date.now();
      await sendMessage(p, 'hei');
      await waitForBotReply(p, 'Echo: hei');
      timings.echoRoundTripMs = Date.now() - t0;
      // The selector must not take the user's own "hei" for a bot message.
      const own = await textBy(p, 'Skate-boten', /^hei$/).count();
      if (own !== 0) throw new Error(`the user's "hei" was taken for a bot message (${own})`);
      await snap('echo');
      return undefined;
    });

    await step('card: fill Input.Text/Date/Number/ChoiceSet, Action.Execute → updated card', async () => {
      await sendMessage(p, 'card');
      const card = await waitForCard(p, 'Fyll ut kortet');
      await fillCard(card, { Navn: 'Ingrid', Frist: '2026-03-15', Antall: 7, Status: 'Gul' });
      await snap('card-filled');
      const t0 = Date.now();
      await clickCardAction(card, 'Send inn');
      await waitForCard(p, 'Mottatt: Ingrid / 2026-03-15 / 7 / yellow');
      timings.invokeRoundTripMs = Date.now() - t0;
      await waitForText(p, 'Your response was sent to the app');
      await snap('card-updated');
      return undefined;
    });

    await step(
      'Universal Actions refresh: a card with refresh.userIds = me is refreshed automatically',
      async () => {
        await sendMessage(p, 'refresh');
        const card = await waitForCard(p, /Refreshed \(trigger=/, 8000);
        return ((await card.textContent()) ?? '').slice(0, 60);
      },
      { probe: true },
    );

    await step('TeamsInfo.getMember → the yml user', async () => {
      await sendMessage(p, 'member');
      const reply = await waitForBotReply(p, 'Member: Ingrid Haugland');
      return ((await reply.textContent()) ?? '').replace(/\s+/g, ' ');
    });

    await step('proactive: continueConversationAsync 1 s after the turn', async () => {
      await sendMessage(p, 'later');
      await waitForBotReply(p, 'Proactive: hello later', { timeoutMs: 10_000 });
      return undefined;
    });

    await step('updateActivity replaces a sent message', async () => {
      await sendMessage(p, 'update');
      await waitForBotReply(p, 'Update: after');
      if ((await textBy(p, 'Skate-boten', 'Update: before').count()) !== 0)
        throw new Error('"Update: before" is still shown');
      await snap('proactive-and-update');
      return undefined;
    });

    await step('createConversationAsync 1:1 with another user', async () => {
      await sendMessage(p, `dm ${kristin?.id ?? '29:kristin.hovland'}`);
      const reply = await waitForBotReply(p, 'Created conversation');
      return ((await reply.textContent()) ?? '').replace(/\s+/g, ' ');
    });

    await step('createConversationAsync isGroup → new post in a channel', async () => {
      if (!channel) throw new Error('no extra channel in the config');
      await sendMessage(p, `post ${channel.id}`);
      await waitForBotReply(p, 'Created conversation');
      await openConversation(p, `${team} - ${channel.name}`);
      await waitForBotReply(p, 'Channel post: proactive');
      await waitForBotReply(p, 'Thread: proactive reply');
      await snap('channel-proactive-post');
      return undefined;
    });

    await step('channel: new post with @mention → card reply in the thread', async () => {
      await openConversation(p, `${team} - General`);
      await sendMessage(p, 'card', { mention: 'Skate-boten' });
      const card = await waitForCard(p, 'Fyll ut kortet');
      await fillCard(card, { Navn: 'Kanal' });
      await clickCardAction(card, 'Send inn');
      await waitForCard(p, 'Mottatt: Kanal');
      // The post is Ingrid's, even though its body holds a "Skate-boten" mention pill.
      if ((await textBy(p, 'Ingrid Haugland', /^\s*card$/).count()) === 0) throw new Error("the post is not Ingrid's");
      if ((await textBy(p, 'Skate-boten', /^\s*card$/).count()) !== 0)
        throw new Error("Ingrid's post was taken for the bot's");
      await snap('channel-card');
      return undefined;
    });

    await step('channel: thread reply with @mention', async () => {
      await replyInThread(p, /Mottatt: Kanal/, 'member', { mention: 'Skate-boten' });
      await waitForBotReply(p, 'Member: Ingrid Haugland');
      await snap('channel-thread-reply');
      return undefined;
    });

    await step('channel: a post without @mention does not reach the bot', async () => {
      await sendMessage(p, 'uten omtale');
      await waitForText(p, 'uten omtale');
      await p.waitForTimeout(1500);
      const texts = readActivities().map((a) => a.text ?? '');
      if (texts.some((x) => x.includes('uten omtale'))) throw new Error('the bot received it');
      return undefined;
    });

    await step('group chat with @mention', async () => {
      await openConversation(p, pg?.config.groupChat.name ?? '');
      await sendMessage(p, 'hei gruppe', { mention: 'Skate-boten' });
      await waitForBotReply(p, 'Echo: hei gruppe');
      await snap('group-chat');
      return undefined;
    });
  } catch (error) {
    steps.push({ name: 'setup', ok: false, ms: 0, detail: error instanceof Error ? error.stack : String(error) });
  } finally {
    await browser?.close().catch(() => undefined);
    const t = Date.now();
    await pg?.stop();
    timings.playgroundStopMs = Date.now() - t;
    await new Promise<void>((resolve) => (bot ? bot.close(() => resolve()) : resolve()));
  }

  const shapes = summariseActivities(readActivities());
  writeFileSync(path.join(OUT, 'activity-shapes.json'), `${JSON.stringify(shapes, null, 2)}\n`);
  writeFileSync(path.join(OUT, 'summary.json'), `${JSON.stringify({ steps, timings }, null, 2)}\n`);
  for (const s of steps) {
    const mark = s.ok ? 'ok  ' : s.probe ? 'no  ' : 'FAIL';
    process.stdout.write(`${mark} ${s.name} (${s.ms} ms)${s.detail ? `\n     ${s.detail}` : ''}\n`);
  }
  process.stdout.write(`timings: ${JSON.stringify(timings)}\n`);
  process.stdout.write(`screenshots, activities.jsonl, activity-shapes.json: ${OUT}\n`);
  const failed = steps.filter((s) => !s.ok && !s.probe).length;
  const missing = steps.filter((s) => !s.ok && s.probe).length;
  process.stdout.write(`${steps.length - failed - missing} passed, ${failed} failed, ${missing} skipped\n`);
  return failed === 0 ? 0 : 1;
}

interface LoggedActivity {
  type?: string;
  name?: string;
  text?: string;
  from?: Record<string, unknown>;
  conversation?: Record<string, unknown>;
  channelData?: Record<string, unknown>;
  value?: unknown;
  replyToId?: string;
  entities?: unknown[];
  serviceUrl?: string;
}

function readActivities(): LoggedActivity[] {
  if (!existsSync(ACTIVITIES)) return [];
  return readFileSync(ACTIVITIES, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LoggedActivity);
}

/** One example per (type, name, conversationType), with the fields that matter to the bot. */
function summariseActivities(activities: LoggedActivity[]): Record<string, LoggedActivity> {
  const out: Record<string, LoggedActivity> = {};
  for (const a of activities) {
    const key = `${a.type}${a.name ? `/${a.name}` : ''} in ${String(a.conversation?.conversationType)}`;
    if (out[key]) continue;
    out[key] = {
      type: a.type,
      name: a.name,
      text: a.text,
      from: a.from,
      conversation: a.conversation,
      channelData: a.channelData,
      value: a.value,
      replyToId: a.replyToId,
      entities: a.entities,
      serviceUrl: a.serviceUrl,
    };
  }
  return out;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
