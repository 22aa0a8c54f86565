import { ConfigError, isLocalMode, isLoopbackHost, loadConfig } from '../../src/config';
import { DEFAULT_ROUND_CALENDAR } from '../../src/domain/calendar';

describe('configuration', () => {
  it('runs on embedded defaults in local mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databasePath: 'data/skate-bot.db',
      host: '127.0.0.1',
      port: 3978,
      defaultLocale: 'nb',
      demoData: 'auto',
      microsoft: null,
      voting: { quorum: 0.5, majority: 0.5 },
    });
    expect(config.roundCalendar).toEqual(DEFAULT_ROUND_CALENDAR);
    expect(isLocalMode(config)).toBe(true);
  });

  it('reads lists, times and numbers, treating empty values as unset', () => {
    const config = loadConfig({
      REMIND_BEFORE_DEADLINE_BUSINESS_DAYS: '10, 5,1',
      SEND_TIME: '08:30',
      PORT: '8080',
      DEFAULT_LOCALE: '',
    });
    expect(config.roundCalendar.remindBeforeDeadlineBusinessDays).toEqual([10, 5, 1]);
    expect(config.roundCalendar.sendTime).toBe('08:30');
    expect(config.port).toBe(8080);
    expect(config.defaultLocale).toBe('nb');
  });

  it('lists every bad key at once', () => {
    try {
      loadConfig({ PORT: 'x', DEFAULT_LOCALE: 'sv', SEND_TIME: '9' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      for (const key of ['PORT', 'DEFAULT_LOCALE', 'SEND_TIME']) expect(message).toContain(key);
    }
  });

  it('refuses to listen beyond loopback without credentials', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST/);
    const deployed = loadConfig({
      HOST: '0.0.0.0',
      MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
      MICROSOFT_APP_PASSWORD: 'secret',
      MICROSOFT_APP_TENANT_ID: 'tenant',
      PUBLIC_BASE_URL: 'https://skate-bot.example.no',
      LINK_SECRET: 'a-long-enough-secret',
    });
    expect(deployed.links.baseUrl).toBe('https://skate-bot.example.no');
    expect(isLocalMode(deployed)).toBe(false);
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'id' })).toThrow(/MICROSOFT_APP_PASSWORD/);
    expect(() =>
      loadConfig({ MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TENANT_ID: 't' }),
    ).toThrow(/LINK_SECRET[\s\S]*PUBLIC_BASE_URL/);
  });

  it('counts Slack credentials as a deployment too: local mode means no platform credentials at all', () => {
    const deployed = {
      HOST: '0.0.0.0',
      PUBLIC_BASE_URL: 'https://skate-bot.example.no',
      LINK_SECRET: 'a-long-enough-secret',
    };
    const slack = loadConfig({ ...deployed, SLACK_SIGNING_SECRET: 'signing', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(slack.slack).toEqual({
      signingSecret: 'signing',
      botToken: 'xoxb-1',
      appToken: null,
      apiUrl: 'https://slack.com/api/',
    });
    const socket = loadConfig({
      ...deployed,
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 't',
      SLACK_APP_TOKEN: 'xapp-1',
    });
    expect(socket.slack?.appToken).toBe('xapp-1');
    expect(() => loadConfig({ ...deployed, SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/SLACK_APP_TOKEN/);
    expect(() => loadConfig({ ...deployed, SLACK_APP_TOKEN: 'xoxb-wrong' })).toThrow(/SLACK_APP_TOKEN/);
    expect(isLocalMode(slack)).toBe(false);
    expect(loadConfig({}).slack).toBeNull();
    expect(() => loadConfig({ ...deployed, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN/,
    );
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 't' })).toThrow(
      /LINK_SECRET[\s\S]*PUBLIC_BASE_URL/,
    );
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '10.0.0.1', 'example.no', '::'].some(isLoopbackHost)).toBe(false);
  });

  it('rejects a calendar whose lock is not after the deadline', () => {
    expect(() => loadConfig({ LOCK_BEFORE_AU_BUSINESS_DAYS: '9' })).toThrow(ConfigError);
  });
});
