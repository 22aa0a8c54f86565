import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logger';

/** Where a turn keeps its logger: the route's child logger carrying the request id. */
const TURN_LOG = Symbol('skate.turnLog');

/** Gives the turn its logger (a child of the channel's, with the request id of the HTTP request). */
export function setTurnLog(context: TurnContext, log: Logger): void {
  context.turnState.set(TURN_LOG, log);
}

/** The turn's logger, or `fallback` for a turn that did not come through the route (proactive sends). */
export function turnLog(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(TURN_LOG) as Logger | undefined) ?? fallback;
}
