import { z } from 'zod';
import { DEFAULT_ROUND_CALENDAR, type RoundCalendarSettings, validateRoundCalendarSettings } from './domain/calendar';
import { LOCALES, type Locale } from './domain/model';
import { DEFAULT_VOTING_RULES, type VotingRules } from './domain/vote-tally';

/** The whole configuration, parsed once from the environment. Adapters receive it; none reads `process.env`. */
export interface Config {
  databasePath: string;
  /** PostgreSQL instead of the SQLite file at databasePath: the URL and the pool's limits. */
  postgres: { url: string; poolMax: number; connectTimeoutMs: number; statementTimeoutMs: number } | null;
  host: string;
  port: number;
  defaultLocale: Locale;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** JSON lines for machines, or readable lines for a person at a terminal. */
  logFormat: 'auto' | 'json' | 'pretty';
  /** Load the demo data into an empty database at start-up. */
  demoData: 'auto' | 'on' | 'off';
  roundCalendar: RoundCalendarSettings;
  voting: VotingRules;
  /** The secretariat is told of missing reports at this overdue reminder. */
  escalateAfterOverdueReminders: number;
  /** A round opens only with its deadline at least this many business days ahead. */
  openLeadBusinessDays: number;
  /** Links to compiled agenda items: the bot's public address, the signing secret and how long a link lives. */
  links: { baseUrl: string; secret: string; ttlDays: number };
  /**
   * The place line of the case paper («Oslo, 20.11.2026»), who presents it when not the compiling person,
   * the lowest case number the bot proposes in a year's series, and how many business days the Skate
   * agencies get for written feedback in a final treatment.
   */
  agenda: { place: string; presenter: string | null; caseNumberStart: number; feedbackBusinessDays: number };
  /** Where the cycle's messages go: Teams (real or the Agents Playground) or the local transport's table. */
  transport: 'teams' | 'local';
  /** The dispatcher's global rate limit for Teams, requests per second per app and tenant. */
  teamsGlobalRps: number;
  /** Bot Framework credentials; all absent means local mode (no auth, loopback only). */
  microsoft: {
    appId: string;
    appPassword: string;
    tenantId: string;
    appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
    /**
     * The Entra ID tenants whose activities are let in (lower case): the app's own tenant and ALLOWED_TENANTS.
     * A valid token only proves the message came through the Bot Framework, not from which organisation.
     */
    allowedTenants: string[];
  } | null;
  /**
   * The Slack app: the request signing secret, the bot token, the app-level token that
   * switches on Socket Mode (no public URL needed), and the Web API's base URL. Null when
   * the Slack keys are absent: then Slack is not served.
   */
  slack: { signingSecret: string; botToken: string; appToken: string | null; apiUrl: string } | null;
}

/**
 * Local mode: no platform credentials at all (neither Microsoft nor Slack), so no inbound
 * request can be authenticated; the server must stay on loopback.
 */
export function isLocalMode(config: Config): boolean {
  return config.microsoft === null && config.slack === null;
}

/** Whether a host name or address only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const businessDayList = z
  .string()
  .regex(/^\s*(\d+\s*(,\s*\d+\s*)*)?$/, 'a comma-separated list of whole numbers, e.g. 5,2')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '')
      .map(Number),
  );

const wholeNumber = z.coerce.number().int().min(0);
const fraction = z.coerce.number().min(0);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:mm');

const schema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/skate-bot.db'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a PostgreSQL URL: postgres://user:password@host:5432/database')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  DEFAULT_LOCALE: z.enum(LOCALES).default('nb'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  DEMO_DATA: z.enum(['auto', 'on', 'off']).default('auto'),
  AU_BEFORE_SKATE_BUSINESS_DAYS: wholeNumber.default(DEFAULT_ROUND_CALENDAR.auBeforeSkateBusinessDays),
  DEADLINE_BEFORE_AU_BUSINESS_DAYS: wholeNumber.default(DEFAULT_ROUND_CALENDAR.deadlineBeforeAuBusinessDays),
  LOCK_BEFORE_AU_BUSINESS_DAYS: wholeNumber.default(DEFAULT_ROUND_CALENDAR.lockBeforeAuBusinessDays),
  REMIND_BEFORE_DEADLINE_BUSINESS_DAYS: businessDayList.default([
    ...DEFAULT_ROUND_CALENDAR.remindBeforeDeadlineBusinessDays,
  ]),
  REMIND_AFTER_DEADLINE_BUSINESS_DAYS: businessDayList.default([
    ...DEFAULT_ROUND_CALENDAR.remindAfterDeadlineBusinessDays,
  ]),
  SEND_TIME: clock.default(DEFAULT_ROUND_CALENDAR.sendTime),
  DEADLINE_TIME: clock.default(DEFAULT_ROUND_CALENDAR.deadlineTime),
  LOCK_TIME: clock.default(DEFAULT_ROUND_CALENDAR.lockTime),
  VOTE_QUORUM: fraction.default(DEFAULT_VOTING_RULES.quorum),
  VOTE_MAJORITY: fraction.max(1).default(DEFAULT_VOTING_RULES.majority),
  VOTE_REQUEST_SHARE: z.coerce.number().gt(0).max(1).default(DEFAULT_VOTING_RULES.requestShare),
  ESCALATE_AFTER_OVERDUE_REMINDERS: z.coerce.number().int().min(1).default(2),
  OPEN_LEAD_BUSINESS_DAYS: z.coerce.number().int().min(1).max(40).default(5),
  PUBLIC_BASE_URL: z.string().url().optional(),
  LINK_SECRET: z.string().min(16).optional(),
  LINK_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  AGENDA_PLACE: z.string().min(1).default('Oslo'),
  AGENDA_PRESENTER: z.string().optional(),
  CASE_NUMBER_START: z.coerce.number().int().min(1).max(999).default(1),
  FINAL_FEEDBACK_BUSINESS_DAYS: z.coerce.number().int().min(1).max(60).default(10),
  TRANSPORT: z.enum(['teams', 'local']).default('teams'),
  TEAMS_GLOBAL_RPS: z.coerce.number().int().min(1).max(50).default(30),
  MICROSOFT_APP_ID: z.string().optional(),
  MICROSOFT_APP_PASSWORD: z.string().optional(),
  MICROSOFT_APP_TENANT_ID: z.string().optional(),
  MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_BOT_TOKEN: z.string().optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'an app-level token (xapp-…)').optional(),
  SLACK_API_URL: z.string().url().default('https://slack.com/api/'),
  ALLOWED_TENANTS: z
    .string()
    .regex(/^\s*[\w.-]+\s*(,\s*[\w.-]+\s*)*$/, 'a comma-separated list of tenant ids')
    .transform((s) => s.split(',').map((t) => t.trim().toLowerCase()))
    .optional(),
});

/** A configuration that cannot be used; its message names every bad key. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates the environment; throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // An empty value in .env means "use the default", as a commented-out line would.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const roundCalendar: RoundCalendarSettings = {
    auBeforeSkateBusinessDays: e.AU_BEFORE_SKATE_BUSINESS_DAYS,
    deadlineBeforeAuBusinessDays: e.DEADLINE_BEFORE_AU_BUSINESS_DAYS,
    lockBeforeAuBusinessDays: e.LOCK_BEFORE_AU_BUSINESS_DAYS,
    remindBeforeDeadlineBusinessDays: e.REMIND_BEFORE_DEADLINE_BUSINESS_DAYS,
    remindAfterDeadlineBusinessDays: e.REMIND_AFTER_DEADLINE_BUSINESS_DAYS,
    sendTime: e.SEND_TIME,
    deadlineTime: e.DEADLINE_TIME,
    lockTime: e.LOCK_TIME,
  };
  const problems = validateRoundCalendarSettings(roundCalendar);
  const microsoft = e.MICROSOFT_APP_ID
    ? {
        appId: e.MICROSOFT_APP_ID,
        appPassword: e.MICROSOFT_APP_PASSWORD ?? '',
        tenantId: e.MICROSOFT_APP_TENANT_ID ?? '',
        appType: e.MICROSOFT_APP_TYPE,
        allowedTenants: [
          ...new Set([e.MICROSOFT_APP_TENANT_ID ?? '', ...(e.ALLOWED_TENANTS ?? [])].map((t) => t.toLowerCase())),
        ].filter((t) => t !== ''),
      }
    : null;
  if (microsoft && microsoft.appType !== 'UserAssignedMSI' && microsoft.appPassword === '') {
    problems.push('MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_ID is set');
  }
  if (microsoft && microsoft.appType === 'SingleTenant' && microsoft.tenantId === '') {
    problems.push('MICROSOFT_APP_TENANT_ID: required for a SingleTenant app');
  } else if (microsoft && microsoft.allowedTenants.length === 0) {
    problems.push(
      'ALLOWED_TENANTS: required when MICROSOFT_APP_TENANT_ID is empty; activities from tenants not listed are refused',
    );
  }
  const slack =
    e.SLACK_SIGNING_SECRET || e.SLACK_BOT_TOKEN
      ? {
          signingSecret: e.SLACK_SIGNING_SECRET ?? '',
          botToken: e.SLACK_BOT_TOKEN ?? '',
          appToken: e.SLACK_APP_TOKEN ?? null,
          // The Web API client joins method names to the base with a slash.
          apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
        }
      : null;
  if (slack && (slack.signingSecret === '' || slack.botToken === '')) {
    problems.push('SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN: set both or neither');
  }
  if (!slack && e.SLACK_APP_TOKEN) {
    problems.push('SLACK_APP_TOKEN: Socket Mode needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN too');
  }
  // Any platform's credentials mean a deployment: requests are authenticated and may come from outside.
  const deployed = microsoft !== null || slack !== null;
  if (deployed && !e.LINK_SECRET) {
    problems.push(
      'LINK_SECRET: required when deployed (at least 16 characters); it signs the links to agenda documents',
    );
  }
  if (deployed && !e.PUBLIC_BASE_URL) {
    problems.push(
      "PUBLIC_BASE_URL: required when deployed; the bot's https address, used in links to agenda documents",
    );
  }
  if (!deployed && !isLoopbackHost(e.HOST)) {
    problems.push(
      `HOST: ${e.HOST} is not a loopback address; without platform credentials (local mode: no MICROSOFT_APP_ID, no SLACK_BOT_TOKEN) requests are not authenticated, so the bot only listens on 127.0.0.1`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    databasePath: e.DATABASE_PATH,
    postgres: e.DATABASE_URL
      ? {
          url: e.DATABASE_URL,
          poolMax: e.DATABASE_POOL_MAX,
          connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
        }
      : null,
    host: e.HOST,
    port: e.PORT,
    defaultLocale: e.DEFAULT_LOCALE,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    demoData: e.DEMO_DATA,
    roundCalendar,
    voting: { quorum: e.VOTE_QUORUM, majority: e.VOTE_MAJORITY, requestShare: e.VOTE_REQUEST_SHARE },
    escalateAfterOverdueReminders: e.ESCALATE_AFTER_OVERDUE_REMINDERS,
    openLeadBusinessDays: e.OPEN_LEAD_BUSINESS_DAYS,
    teamsGlobalRps: e.TEAMS_GLOBAL_RPS,
    transport: e.TRANSPORT,
    links: {
      baseUrl: (e.PUBLIC_BASE_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
      // Local mode only (checked above): a fixed secret is fine when nothing leaves this machine.
      secret: e.LINK_SECRET ?? 'local-mode-link-secret-not-for-production',
      ttlDays: e.LINK_TTL_DAYS,
    },
    agenda: {
      place: e.AGENDA_PLACE,
      presenter: e.AGENDA_PRESENTER ?? null,
      caseNumberStart: e.CASE_NUMBER_START,
      feedbackBusinessDays: e.FINAL_FEEDBACK_BUSINESS_DAYS,
    },
    microsoft,
    slack,
  };
}
