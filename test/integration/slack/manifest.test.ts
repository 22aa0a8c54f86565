/**
 * manifest/slack.yml asks Slack for exactly what the bot uses: the scopes, events, slash
 * command, interactivity and App Home the code needs (src/channels/slack/slack-manifest.ts),
 * no more and no less; `npm run package:slack` runs the same check.
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { MANIFEST_FILE, manifestFor, validateSlackManifest } from '../../../scripts/package-slack';
import { BOT_SCOPES } from '../../../src/channels/slack/slack-manifest';

const text = readFileSync(MANIFEST_FILE, 'utf8');

describe('the Slack app manifest', () => {
  it('is valid and asks for exactly the scopes the bot uses, each with a reason', () => {
    const manifest = validateSlackManifest(text);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(Object.keys(BOT_SCOPES).sort());
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.im',
    ]);
    expect(manifest.features.slash_commands[0]?.command).toBe('/skate');
  });

  it('refuses a scope the bot does not use, and one it lacks', () => {
    const extra = parse(text) as { oauth_config: { scopes: { bot: string[] } } };
    extra.oauth_config.scopes.bot.push('channels:history');
    expect(() => validateSlackManifest(stringify(extra))).toThrow(/channels:history is not used/);
    const lacking = parse(text) as { oauth_config: { scopes: { bot: string[] } } };
    lacking.oauth_config.scopes.bot = lacking.oauth_config.scopes.bot.filter((s) => s !== 'users:read.email');
    expect(() => validateSlackManifest(stringify(lacking))).toThrow(/users:read.email is missing/);
  });

  it('puts every request URL on the deployment’s /slack/events, or none in Socket Mode', () => {
    const m = validateSlackManifest(text);
    const deployed = manifestFor(m, { baseUrl: 'https://skate.digdir.example/', socketMode: false });
    expect(deployed.settings.event_subscriptions.request_url).toBe('https://skate.digdir.example/slack/events');
    expect(deployed.settings.interactivity.request_url).toBe('https://skate.digdir.example/slack/events');
    expect(deployed.features.slash_commands[0]?.url).toBe('https://skate.digdir.example/slack/events');
    const socket = manifestFor(m, { baseUrl: null, socketMode: true });
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.settings.event_subscriptions.request_url).toBeUndefined();
    expect(() => validateSlackManifest(stringify(socket))).not.toThrow();
  });
});
