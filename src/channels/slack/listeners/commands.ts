import type { App } from '@slack/bolt';
import { parseCommand } from '../../../app/commands/parse-command';
import { messagesFor } from '../../../i18n';
import { renderView } from '../blocks/render-view';
import { guarded, type SlackDeps, type Turn } from '../slack-deps';
import { isDirectMessage, recogniseSlackUser } from '../slack-identity';
import { typedText } from '../slack-payload';
import { runTypedCommand } from './run-text';

/** The slash command, with the words the manifest registers. */
export const SLASH_COMMAND = '/skate';

/**
 * `/skate <command>`: the same words as in Teams. Slack wants an answer within three seconds and
 * a command may take longer (compiling the agenda), so it is acknowledged at once and answered
 * through its `response_url`: for the asker only, except `kanal au|skate`, which the channel sees.
 */
export function registerCommands(bolt: App, deps: SlackDeps): void {
  bolt.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const text = typedText(command.text ?? '');
    const parsed = parseCommand(text);
    const user = { teamId: command.team_id, userId: command.user_id };
    // Only a person already linked is known without asking Slack; the ack cannot wait for more.
    const known = await recogniseSlackUser(deps.app, client, { ...user, dmChannel: null }, deps.now(), false);
    const locale = known?.locale ?? deps.defaultLocale;
    await ack(
      parsed.name === 'compile'
        ? { response_type: 'ephemeral', text: messagesFor(locale).commands.compiling }
        : undefined,
    );
    const turn: Turn = { person: known };
    await guarded(
      deps,
      'command',
      turn,
      async () => {
        const answer = await runTypedCommand(deps, client, { user, channel: command.channel_id, text }, turn, parsed);
        for (const [i, view] of answer.replies.entries()) {
          await respond({
            response_type:
              answer.public && i === 0 && !isDirectMessage(command.channel_id) ? 'in_channel' : 'ephemeral',
            ...renderView(view, deps.render),
          });
        }
      },
      (view) => respond({ response_type: 'ephemeral', ...renderView(view, deps.render) }),
    );
  });
}
