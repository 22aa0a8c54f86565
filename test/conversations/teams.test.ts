/**
 * The shared conversation scenarios through Teams: the real bot, CloudAdapter and SQLite on
 * loopback, Teams activities in their real shapes (see teams-driver.ts).
 */
import { describeCoreScenarios } from './core.scenarios';
import { describeFirstHour } from './first-hour.scenarios';
import { TeamsDriver } from './teams-driver';

describeCoreScenarios('Teams', () => TeamsDriver.start());
// The real default lead (five business days), as a newcomer's `npm start` has it.
describeFirstHour('Teams', (at) => TeamsDriver.start({ OPEN_LEAD_BUSINESS_DAYS: '5' }, at));
