/**
 * The platform-neutral conversation driver: the shared conversation scenarios
 * (test/conversations/*.scenarios.ts) are written once against this interface and
 * run through each channel's harness (Teams now, Slack too), so both platforms are
 * held to the same behaviour: the same commands get the same answers, a form shows
 * the same errors, a vote updates the same tally.
 *
 * A driver talks to the real bot over loopback as the platform would (signed or
 * token-bearing requests in the platform's real shapes) and reads back what the bot
 * said, reduced to what a person sees: texts, inputs with their labels and errors,
 * and buttons.
 */
import type { Repositories } from '../../src/domain/ports';
import type { FormValues } from '../../src/views/form';

/** A demo person the scenarios speak as, by their registry address. */
export type Speaker =
  | 'ingrid.haugland@example.no'
  | 'kristin.hovland@example.no'
  | 'sindre.aune@example.no'
  | 'hanne.moen@example.no'
  | 'per.lunde@example.no'
  | 'ragnhild.tveit@example.no';

/** What a person sees of one message or card from the bot. */
export interface Seen {
  /** Every visible text, in order (titles, paragraphs, facts as «label: value», list items, table cells). */
  texts: string[];
  /** The inputs of a form, in order, with the error shown next to each (if any). */
  inputs: { name: string; label: string; error: string | null }[];
  /** The buttons, by action id (the product's vocabulary), with the data they carry. */
  buttons: { action: string; label: string; data: Record<string, string> }[];
  /** Links that open in the browser. */
  links: { label: string; url: string }[];
}

/** A channel of the Skate network that the bot posts in. */
export type BoundChannel = 'au' | 'skate';

export interface ConversationDriver {
  readonly platform: 'msteams' | 'slack';
  /** A command typed in the person's personal chat with the bot; what the bot answered there. */
  say(who: Speaker, text: string): Promise<Seen[]>;
  /** A command in AU's or Skate's channel, mentioning the bot; what the bot answered. */
  sayInChannel(who: Speaker, text: string, channel: BoundChannel): Promise<Seen[]>;
  /**
   * A button pressed on a message the person got (or a form they filled in and sent): the action
   * id, the button's data, and the form's values. Returns what replaced the card (Teams) or what the
   * modal/message shows next (Slack).
   */
  press(who: Speaker, action: string, data: Record<string, string>, values?: FormValues): Promise<Seen>;
  /** Runs the cycle engine until the outbox has nothing due: delivers what the bot enqueued. */
  deliver(): Promise<void>;
  /** Every message the bot sent `who` on its own (not as an answer), oldest first. */
  sentTo(who: Speaker): Seen[];
  /** Every message posted in a bound channel (threads included), oldest first. */
  postedIn(channel: BoundChannel): Seen[];
  /** A look at the bot's database (a second connection). */
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/** Starts a driver on a fresh bot with the demo data at the demo's clock. */
export type DriverFactory = () => Promise<ConversationDriver>;
