/**
 * The shared conversation scenarios through Slack: the real bot with Bolt behind our receiver
 * on loopback, signed real-shape Slack requests, the Web API double as Slack (see slack-driver.ts).
 */
import { describeCoreScenarios } from './core.scenarios';
import { describeFirstHour } from './first-hour.scenarios';
import { SlackDriver } from './slack-driver';

// Slack lets a bot post one message per second in a channel: AU's thread of 16 posts takes 16 s.
jest.setTimeout(90_000);

describeCoreScenarios('Slack', () => SlackDriver.start());
describeFirstHour('Slack', (at) => SlackDriver.start({ OPEN_LEAD_BUSINESS_DAYS: '5' }, at));
