import type { WebClient } from '@slack/web-api';
import type { AppContext } from '../../app/app-context';
import { unexpectedErrorView } from '../../app/commands/run-command';
import { whatIsDue } from '../../app/commands/what-is-due';
import type { Messenger } from '../../app/ports';
import { canAdminister } from '../../domain/authorisation';
import type { Locale, Person } from '../../domain/model';
import type { Logger } from '../../logger';
import type { CardView } from '../../views/card-view';
import type { RenderOptions } from './blocks/payload';
import { renderHome } from './blocks/render-home';
import { type SlackUser, slackUserKey } from './slack-identity';

/** What the Slack listeners run on. */
export interface SlackDeps {
  app: AppContext;
  log: Logger;
  now: () => Date;
  /** Wake the dispatcher: something was enqueued. */
  wake: () => void;
  defaultLocale: Locale;
  /** The transport `sjekk` asks about reachability: the one that delivers. */
  messenger: Messenger;
  render: RenderOptions;
}

/** Who a request turned out to be, filled in as the work learns it: the error boundary answers in their language. */
export interface Turn {
  person: Person | null;
}

/**
 * The one error boundary of the Slack channel: whatever a listener's work throws is logged
 * and answered kindly (through `answer`, in the person's language once they are known), and
 * never reaches Bolt or Slack as a failure.
 */
export async function guarded(
  deps: SlackDeps,
  what: string,
  turn: Turn,
  work: () => Promise<void>,
  answer: (view: CardView) => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.log.error({ err: error, what }, 'Slack request failed');
    const p = turn.person;
    const view = unexpectedErrorView(p?.locale ?? deps.defaultLocale, p ? canAdminister(p) : false);
    await Promise.resolve()
      .then(() => answer(view))
      .catch((e: unknown) => deps.log.warn({ err: e, what }, 'could not tell the user about the failure'));
  }
}

/** Publishes a person's App Home as it stands now (after they report or vote, and when they open it). */
export async function publishHome(deps: SlackDeps, client: WebClient, user: SlackUser, person: Person): Promise<void> {
  const view = renderHome(await whatIsDue(deps.app, person, deps.now()), person.locale, deps.render);
  await client.views.publish({ user_id: user.userId, view });
  deps.log.debug({ user: slackUserKey(user) }, 'App Home published');
}
