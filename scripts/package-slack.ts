/**
 * Checks the Slack app manifest (`npm run package:slack`): `manifest/slack.yml` must have the
 * shape and lengths Slack's manifest reference allows, and ask for exactly what the bot uses
 * (src/channels/slack/slack-manifest.ts): the scopes, the bot events, the `/skate` command,
 * interactivity and the App Home, with every request URL on `/slack/events`. Least privilege is
 * checked both ways: a scope the code does not need is refused like one it lacks.
 *
 * Writes `dist/slack-manifest.yml` (and `.json`) for upload, with the request URLs on
 * `PUBLIC_BASE_URL` when that is set; with `--socket-mode`, Socket Mode on and no request URLs
 * (the no-public-URL option: the bot connects out with `SLACK_APP_TOKEN`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { SLACK_APP_FACTS } from '../src/channels/slack/slack-manifest';

const ROOT = join(__dirname, '..');
export const MANIFEST_FILE = join(ROOT, 'manifest', 'slack.yml');
const OUT_DIR = join(ROOT, 'dist');

/** The parts of Slack's manifest schema the bot uses, with Slack's length limits. */
const manifestSchema = z.object({
  _metadata: z.object({ major_version: z.number().int(), minor_version: z.number().int() }).optional(),
  display_information: z.object({
    name: z.string().min(1).max(35),
    description: z.string().max(140),
    long_description: z.string().min(175).max(4000),
    background_color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  }),
  features: z.object({
    app_home: z.object({
      home_tab_enabled: z.literal(true),
      messages_tab_enabled: z.literal(true),
      messages_tab_read_only_enabled: z.literal(false),
    }),
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    slash_commands: z
      .array(
        z.object({
          command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/),
          url: z.string().url().optional(),
          description: z.string().min(1).max(2000),
          usage_hint: z.string().max(1000).optional(),
          should_escape: z.boolean(),
        }),
      )
      .length(1),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }).strict() }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.string().url().optional(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.literal(true), request_url: z.string().url().optional() }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.boolean(),
    token_rotation_enabled: z.literal(false),
  }),
});
export type SlackManifest = z.infer<typeof manifestSchema>;

/** A manifest that cannot be used, with every reason. */
export class ManifestError extends Error {
  constructor(readonly problems: string[]) {
    super(`manifest/slack.yml:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

const difference = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));

/** Parses and checks a manifest's text; throws a ManifestError naming every problem. */
export function validateSlackManifest(text: string): SlackManifest {
  const parsed = manifestSchema.safeParse(parse(text));
  if (!parsed.success) throw new ManifestError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const m = parsed.data;
  const problems: string[] = [];
  const scopes = m.oauth_config.scopes.bot;
  for (const s of difference(SLACK_APP_FACTS.scopes, scopes)) problems.push(`scope ${s} is missing: the bot uses it`);
  for (const s of difference(scopes, SLACK_APP_FACTS.scopes)) problems.push(`scope ${s} is not used: remove it`);
  const events = m.settings.event_subscriptions.bot_events;
  for (const e of difference(SLACK_APP_FACTS.botEvents, events)) problems.push(`bot event ${e} is missing`);
  for (const e of difference(events, SLACK_APP_FACTS.botEvents))
    problems.push(`bot event ${e} is not handled: remove it`);
  const command = m.features.slash_commands[0];
  if (command?.command !== SLACK_APP_FACTS.slashCommand)
    problems.push(`the slash command must be ${SLACK_APP_FACTS.slashCommand}`);
  const urls = [m.settings.event_subscriptions.request_url, m.settings.interactivity.request_url, command?.url];
  if (m.settings.socket_mode_enabled) {
    if (urls.some((u) => u !== undefined)) problems.push('Socket Mode takes no request URLs');
  } else {
    for (const u of urls) {
      if (!u) problems.push('every request URL is needed without Socket Mode');
      else if (new URL(u).pathname !== SLACK_APP_FACTS.requestPath)
        problems.push(`${u} must end in ${SLACK_APP_FACTS.requestPath}`);
      else if (!u.startsWith('https://')) problems.push(`${u}: Slack posts only to https`);
    }
  }
  if (problems.length > 0) throw new ManifestError(problems);
  return m;
}

/** The manifest for one deployment: its public address, or Socket Mode without request URLs. */
export function manifestFor(m: SlackManifest, options: { baseUrl: string | null; socketMode: boolean }): SlackManifest {
  const command = m.features.slash_commands[0];
  const url = options.baseUrl ? `${options.baseUrl.replace(/\/$/, '')}${SLACK_APP_FACTS.requestPath}` : undefined;
  const at = (current: string | undefined) => (options.socketMode ? undefined : (url ?? current));
  return {
    ...m,
    features: {
      ...m.features,
      slash_commands: command ? [{ ...command, url: at(command.url) }] : [],
    },
    settings: {
      ...m.settings,
      socket_mode_enabled: options.socketMode,
      event_subscriptions: {
        ...m.settings.event_subscriptions,
        request_url: at(m.settings.event_subscriptions.request_url),
      },
      interactivity: { ...m.settings.interactivity, request_url: at(m.settings.interactivity.request_url) },
    },
  };
}

function main(): void {
  loadDotenv({ quiet: true });
  const socketMode = process.argv.includes('--socket-mode');
  const manifest = manifestFor(validateSlackManifest(readFileSync(MANIFEST_FILE, 'utf8')), {
    baseUrl: process.env.PUBLIC_BASE_URL ?? null,
    socketMode,
  });
  // The result must pass the same checks as the source.
  validateSlackManifest(stringify(manifest));
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'slack-manifest.yml'), stringify(manifest));
  writeFileSync(join(OUT_DIR, 'slack-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `manifest/slack.yml is valid; wrote dist/slack-manifest.yml and .json (${socketMode ? 'Socket Mode' : 'request URLs'})`,
  );
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
