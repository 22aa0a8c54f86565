/**
 * Starts the Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`, a devDependency)
 * against a local bot, with a `.m365agentsplayground.yml` describing who the current user is, the
 * other users, and the team. See docs/playground.md for what the playground does and does not emulate.
 *
 * As a library: `startPlayground({ workDir, currentUser, otherUsers, ... })`.
 * As a CLI (the local newcomer flow, with the bot already running on :3978, e.g. `npm start`):
 *   npx tsx scripts/playground/start-playground.ts --as secretariat|owner|au [--port 56150] [--endpoint URL]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PlaygroundUser {
  name: string;
  email: string;
  /** Bot Framework channel account id (`from.id`); default `29:` + the email's local part. */
  id?: string;
  /** Default: a UUID derived from the email, so it is stable across runs. */
  aadObjectId?: string;
  /** Default: the email. */
  userPrincipalName?: string;
  givenName?: string;
  surname?: string;
}

export interface PlaygroundTeam {
  name: string;
  /** Team id = the General channel's conversation id. Default `19:<slug>@thread.tacv2`. */
  id?: string;
  aadGroupId?: string;
  /** The playground allows at most one channel besides General. */
  channel?: { name: string; id?: string };
}

export type PlaygroundChannelId = 'msteams' | 'directline' | 'webchat' | 'emulator' | 'agents';

export interface StartPlaygroundOptions {
  /** Where the yml and devTools/m365agentsplayground.log are written; the CLI runs with this cwd. */
  workDir: string;
  /** Default http://127.0.0.1:3978/api/messages. */
  botEndpoint?: string;
  /** Port of the web client and the mocked connector. Default 56150; the CLI falls back to a random free port. */
  port?: number;
  channelId?: PlaygroundChannelId;
  currentUser: PlaygroundUser;
  /** Exactly 5: the playground's config schema has minItems 5 and maxItems 5. */
  otherUsers: readonly PlaygroundUser[];
  team?: PlaygroundTeam;
  tenantId?: string;
  /** `recipient` of every activity; the name is shown in the UI and used to @mention the bot (max 42 chars). */
  bot?: { id: string; name: string };
  /** Conversation id of the current user's personal chat with the bot. */
  personalChatId?: string;
  groupChat?: { id: string; name: string };
  /**
   * IANA time zone of the playground process (its `TZ`). The activities' `localTimezone` and
   * clientInfo `timezone` come from the server process, not from the browser. Default: inherited.
   */
  timezone?: string;
  /** How long to wait for the web client and the connector to answer. Default 60 s. */
  startTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL. Default 5 s. */
  stopTimeoutMs?: number;
  /** The playground's stdout/stderr lines (it logs little there; the log file has more). */
  onOutput?: (line: string) => void;
}

/** The config as written to `.m365agentsplayground.yml` (schema version 0.1.1; YAML is a superset of JSON). */
export interface PlaygroundConfig {
  version: '0.1.1';
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundConfigUser;
  users: PlaygroundConfigUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: { id: string; name: string }[] };
}

export interface PlaygroundConfigUser {
  id: string;
  name: string;
  /** Sic: the playground's schema spells it this way. */
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

export interface RunningPlayground {
  /** The web client, e.g. http://localhost:56150 */
  url: string;
  port: number;
  /** The mocked Bot Framework connector that activities carry as `serviceUrl`. */
  serviceUrl: string;
  logPath: string;
  configPath: string;
  config: PlaygroundConfig;
  pid: number | undefined;
  /** Milliseconds from spawn until the web client and connector answered. */
  startupMs: number;
  stop(): Promise<void>;
}

const CLI_PATH = path.resolve(__dirname, '../../node_modules/@microsoft/m365agentsplayground/cli.js');
const DEFAULT_TENANT = '5f1c7a52-3e6b-4f7e-9d0a-6b1a2c3d4e5f';

/** A stable UUID-shaped id from any string (not RFC 4122 v5, just deterministic). */
export function stableGuid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

export function toConfigUser(user: PlaygroundUser): PlaygroundConfigUser {
  const email = user.email.toLowerCase();
  const [given = user.name, ...rest] = user.name.split(' ');
  return {
    id: user.id ?? `29:${email.split('@')[0]}`,
    name: user.name,
    userPrincipleName: user.userPrincipalName ?? email,
    aadObjectId: user.aadObjectId ?? stableGuid(`aad:${email}`),
    givenName: user.givenName ?? given,
    surname: user.surname ?? (rest.join(' ') || given),
    email,
  };
}

/** Builds the playground config and checks the rules its schema and loader enforce. */
export function buildPlaygroundConfig(
  opts: Pick<
    StartPlaygroundOptions,
    'currentUser' | 'otherUsers' | 'team' | 'tenantId' | 'bot' | 'personalChatId' | 'groupChat'
  >,
): PlaygroundConfig {
  if (opts.otherUsers.length !== 5) {
    throw new Error(
      `the playground needs exactly 5 other users (schema minItems/maxItems 5), got ${opts.otherUsers.length}`,
    );
  }
  const currentUser = toConfigUser(opts.currentUser);
  const users = opts.otherUsers.map(toConfigUser);
  const ids = [currentUser.id, ...users.map((u) => u.id)];
  if (new Set(ids).size !== ids.length) throw new Error(`user ids must be unique: ${ids.join(', ')}`);
  const team = opts.team ?? { name: 'Skate', channel: { name: 'Skatesekretariatet' } };
  const teamId = team.id ?? `19:${slug(team.name)}-general@thread.tacv2`;
  const bot = opts.bot ?? { id: '28:skate-boten-local', name: 'Skate-boten' };
  if (bot.name.length > 42) throw new Error('bot name: at most 42 characters');
  const config: PlaygroundConfig = {
    version: '0.1.1',
    tenantId: opts.tenantId ?? DEFAULT_TENANT,
    bot,
    currentUser,
    users,
    personalChat: { id: opts.personalChatId ?? `a:personal-${slug(currentUser.id)}` },
    groupChat: opts.groupChat ?? { id: '19:skate-groupchat@thread.v2', name: 'Skate gruppechat' },
    team: {
      id: teamId,
      name: team.name,
      aadGroupId: team.aadGroupId ?? stableGuid(`team:${teamId}`),
      channels: team.channel
        ? [{ id: team.channel.id ?? `19:${slug(team.channel.name)}@thread.tacv2`, name: team.channel.name }]
        : [],
    },
  };
  const convIds = [
    config.personalChat.id,
    config.groupChat.id,
    config.team.id,
    ...config.team.channels.map((c) => c.id),
  ];
  if (new Set(convIds).size !== convIds.length)
    throw new Error('personal chat, group chat, team and channel ids must differ');
  return config;
}

export function playgroundConfigYaml(config: PlaygroundConfig): string {
  return [
    '# Written by scripts/playground/start-playground.ts. Mock Teams context for the Agents Playground:',
    '# TeamsInfo.getMember/getTeamMembers/getTeamDetails answer from it. YAML is a superset of JSON.',
    JSON.stringify(config, null, 2),
    '',
  ].join('\n');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

function readLog(logPath: string): string {
  try {
    return readFileSync(logPath, 'utf8').trim();
  } catch {
    return '(no log file)';
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startPlayground(opts: StartPlaygroundOptions): Promise<RunningPlayground> {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`${CLI_PATH} is missing: run npm install (the playground is a devDependency)`);
  }
  const workDir = path.resolve(opts.workDir);
  mkdirSync(workDir, { recursive: true });
  const config = buildPlaygroundConfig(opts);
  const configPath = path.join(workDir, '.m365agentsplayground.yml');
  writeFileSync(configPath, playgroundConfigYaml(config));
  const logPath = path.join(workDir, 'devTools', 'm365agentsplayground.log');
  const args = [
    CLI_PATH,
    'start',
    '--app-endpoint',
    opts.botEndpoint ?? 'http://127.0.0.1:3978/api/messages',
    '--channel-id',
    opts.channelId ?? 'msteams',
    '--port',
    String(opts.port ?? 56150),
    '--disable-telemetry',
  ];
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: workDir,
    // stdin stays an open pipe for the child's life. (0.2.28 does not exit when it closes; stop() signals.)
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none', // do not try to open a browser
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE: logPath,
      ...(opts.timezone && { TZ: opts.timezone }),
    },
  });
  // The CLI outlives its parent if nobody stops it: kill it when this process exits.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let port: number | undefined;
  const onLine = (line: string) => {
    const m = /Listening on (\d+)/.exec(line);
    if (m?.[1]) port = Number(m[1]);
    opts.onOutput?.(line);
  };
  let buffered = '';
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    child.stdin?.end();
    if (await waitForExit(child, 200)) return;
    child.kill('SIGTERM');
    if (await waitForExit(child, opts.stopTimeoutMs ?? 5000)) return;
    child.kill('SIGKILL');
    await waitForExit(child, 2000);
  };

  const deadline = started + (opts.startTimeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `the playground exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${readLog(logPath)}`,
      );
    }
    // /_debug/ping is mounted only after the config loaded, so it also proves the yml was accepted.
    if (
      port !== undefined &&
      (await answers(`http://127.0.0.1:${port}/`)) &&
      (await answers(`http://127.0.0.1:${port}/_debug/ping`))
    ) {
      break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the playground did not answer within ${opts.startTimeoutMs ?? 60_000} ms:\n${readLog(logPath)}`);
    }
    await sleep(100);
  }
  return {
    url: `http://localhost:${port}`,
    port,
    serviceUrl: `http://localhost:${port}/_connector`,
    logPath,
    configPath,
    config,
    pid: child.pid,
    startupMs: Date.now() - started,
    stop,
  };
}

// ---------------------------------------------------------------------------------------------
// CLI: the local newcomer flow.

/** Who you are in the playground (`--as`), and who else is in the tenant, from src/app/demo/people.ts. */
export const ROLE_EMAILS = {
  secretariat: 'ingrid.haugland@example.no',
  owner: 'kristin.hovland@example.no',
  au: 'per.lunde@example.no',
} as const;

export type PlaygroundRole = keyof typeof ROLE_EMAILS;

/** Current user for a role plus exactly 5 other demo users (the other two roles first). */
export async function demoUsersFor(
  role: PlaygroundRole,
): Promise<{ currentUser: PlaygroundUser; otherUsers: PlaygroundUser[] }> {
  const { demoPeople, DEMO_EMAILS } = await import('../../src/app/demo/people');
  const people = demoPeople();
  const byEmail = (email: string): PlaygroundUser => {
    const p = people.find((x) => x.email === email);
    if (!p) throw new Error(`no demo person ${email}`);
    return { name: p.name, email: p.email };
  };
  const me = ROLE_EMAILS[role];
  const others = [
    ...Object.values(ROLE_EMAILS),
    DEMO_EMAILS.strategyOwner,
    DEMO_EMAILS.secretariat2,
    DEMO_EMAILS.auSkatteetaten,
  ].filter((e) => e !== me);
  return { currentUser: byEmail(me), otherUsers: others.slice(0, 5).map(byEmail) };
}

function parseArgs(argv: string[]): { role: PlaygroundRole; port?: number; endpoint?: string; workDir: string } {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const role = get('--as') ?? 'secretariat';
  if (!(role in ROLE_EMAILS)) {
    throw new Error(`--as must be one of ${Object.keys(ROLE_EMAILS).join(', ')}, got ${role}`);
  }
  const port = get('--port');
  return {
    role: role as PlaygroundRole,
    port: port ? Number(port) : undefined,
    endpoint: get('--endpoint'),
    workDir: get('--work-dir') ?? path.resolve(__dirname, '../../test-output/playground', role),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const users = await demoUsersFor(args.role);
  const pg = await startPlayground({
    workDir: args.workDir,
    botEndpoint: args.endpoint,
    port: args.port,
    ...users,
  });
  const endpoint = args.endpoint ?? 'http://127.0.0.1:3978/api/messages';
  process.stdout.write(
    [
      `Agents Playground is up in ${pg.startupMs} ms as ${users.currentUser.name} <${users.currentUser.email}> (${args.role}).`,
      `Open ${pg.url} in a browser. Bot endpoint: ${endpoint} (start the bot with \`npm start\`).`,
      `Team "${pg.config.team.name}" with General and "${pg.config.team.channels[0]?.name ?? '-'}"; other users: ${users.otherUsers.map((u) => u.name).join(', ')}.`,
      `Config: ${pg.configPath}  Log: ${pg.logPath}`,
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
  const shutdown = () => void pg.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
