import { LocalMessenger } from '../../src/channels/local/local-messenger';
import { channelAdapters, deliveryMessengers, wantsTeams } from '../../src/compose-channels';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { DEMO_NOW, type TestApp, testApp } from '../helpers/test-app';

const DEPLOYED = { PUBLIC_BASE_URL: 'https://skate-bot.example.no', LINK_SECRET: 'a-long-enough-secret' };
const MICROSOFT = { MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TENANT_ID: 'tenant' };
const SLACK = { SLACK_SIGNING_SECRET: 'signing', SLACK_BOT_TOKEN: 'xoxb-1' };

let t: TestApp;
beforeEach(async () => {
  t = await testApp({ demo: false });
});
afterEach(async () => await t.close());

/** The adapters and the Messengers the dispatcher would get for this environment. */
function wire(env: Record<string, string>) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const local = new LocalMessenger(t.app, () => DEMO_NOW);
  const deps = { app: t.app, log: createLogger(config), now: () => DEMO_NOW, wake: () => undefined, local };
  const adapters = channelAdapters(config, deps);
  const messengers = deliveryMessengers(config, adapters, local);
  return {
    platforms: adapters.map((a) => a.platform),
    routes: adapters.flatMap((a) => a.routes).length,
    messengers: messengers.map((m) => m.platform),
  };
}

describe('the channel adapters of one deployment', () => {
  it('serves Teams for the Agents Playground in local mode, and delivers through it', () => {
    expect(wire({})).toEqual({ platforms: ['msteams'], routes: 1, messengers: ['msteams'] });
  });

  it('serves no platform with TRANSPORT=local and no credentials, delivering to the local table', () => {
    expect(wire({ TRANSPORT: 'local' })).toEqual({ platforms: [], routes: 0, messengers: ['local'] });
  });

  it('keeps Teams inbound but delivers locally with TRANSPORT=local beside credentials', () => {
    expect(wire({ ...DEPLOYED, ...MICROSOFT, TRANSPORT: 'local' })).toEqual({
      platforms: ['msteams'],
      routes: 1,
      messengers: ['local'],
    });
  });

  it('never serves an unauthenticated Teams beside another platform’s credentials', () => {
    const config = loadConfig({ ...DEPLOYED, ...SLACK });
    expect(wantsTeams(config)).toBe(false);
    // Slack credentials alone serve Slack alone; with Microsoft's too, both, on one dispatcher.
    expect(wire({ ...DEPLOYED, ...SLACK })).toEqual({ platforms: ['slack'], routes: 1, messengers: ['slack'] });
    expect(wire({ ...DEPLOYED, ...SLACK, ...MICROSOFT })).toEqual({
      platforms: ['msteams', 'slack'],
      routes: 2,
      messengers: ['msteams', 'slack'],
    });
    expect(wire({ ...DEPLOYED, ...SLACK, TRANSPORT: 'local' })).toMatchObject({
      platforms: ['slack'],
      messengers: ['local'],
    });
  });
});
