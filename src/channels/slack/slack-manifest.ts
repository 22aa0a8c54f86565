import { SLASH_COMMAND } from './listeners/commands';
import { BOT_EVENTS } from './listeners/events';
import { SLACK_EVENTS_PATH } from './slack-route';

/**
 * What the Slack app needs, and why: the manifest (manifest/slack.yml) must ask for exactly
 * these and nothing more (`npm run package:slack` checks it). Views (modals, the App Home)
 * need no scope.
 */
export const BOT_SCOPES = {
  'app_mentions:read': 'the app_mention event: «@Skate-boten kanal au» and other commands in channels',
  'chat:write': 'chat.postMessage, chat.update, chat.postEphemeral: DMs, posts in AU and Skate, threads, tallies',
  commands: 'the /skate slash command',
  'files:write': 'files.uploadV2: the case paper in Word in the thread of the published agenda',
  'im:history': 'the message.im event: commands written to the bot in its DM',
  'im:write': 'conversations.open: a DM with someone who has not written to the bot yet',
  'users:read': 'users.info: is a person’s account active (sjekk)',
  'users:read.email': 'users.info: the email that links a Slack user to the registry',
} as const;

/** The manifest's facts the code decides; the rest (names, descriptions) is the manifest's own. */
export const SLACK_APP_FACTS = {
  scopes: Object.keys(BOT_SCOPES).sort(),
  botEvents: [...BOT_EVENTS].sort(),
  slashCommand: SLASH_COMMAND,
  requestPath: SLACK_EVENTS_PATH,
} as const;
