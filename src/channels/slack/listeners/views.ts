import type { App } from '@slack/bolt';
import { handleCardAction } from '../../../app/actions/handle-action';
import type { CardView } from '../../../views/card-view';
import { type FormKinds, formInputs } from '../../../views/form';
import { FORM_KINDS_BY_ACTION } from '../../../views/form-kinds';
import { decodeViewState } from '../blocks/decode-state';
import { type ModalMetadata, metadataOf, reportModal } from '../blocks/modals';
import { infoModal } from '../blocks/render-form';
import { renderView } from '../blocks/render-view';
import { guarded, publishHome, type SlackDeps, type Turn } from '../slack-deps';
import { recogniseSlackUser } from '../slack-identity';
import { type Interaction, interactionOf } from '../slack-payload';
import { submissionId } from '../slack-request';
import { showAtOrigin } from './show';

/** A modal's answer to its submission (Slack's `response_action`). */
type ViewAnswer =
  | { response_action: 'errors'; errors: Record<string, string> }
  | { response_action: 'update'; view: ReturnType<typeof infoModal> }
  | { response_action: 'clear' };

/**
 * Modal submissions. The report: the domain's validation errors go back onto their fields
 * (`response_action: errors`); a submitted report closes the modal and the request message it
 * came from turns into the receipt. The vote: errors likewise; a cast vote closes the modal and
 * the member sees it privately. The submission's `view.id` + `view.hash` + what it held is its
 * idempotency key (see `submissionId`), so a replayed submission is applied once and a corrected
 * one is not mistaken for it. Closing a modal changes nothing.
 */
export function registerViews(bolt: App, deps: SlackDeps): void {
  bolt.view('report.submit', async ({ ack, body, client }) => {
    const interaction = interactionOf(body);
    const turn: Turn = { person: null };
    let acked = false;
    const answer = async (response: ViewAnswer) => {
      if (acked) return;
      acked = true;
      await ack(response);
    };
    await guarded(
      deps,
      'report.submit',
      turn,
      async () => {
        const { view, meta } = await submit(
          deps,
          client,
          interaction,
          'report.submit',
          FORM_KINDS_BY_ACTION['report.submit'] ?? {},
          turn,
        );
        if (view.kind === 'report-form') {
          const errors = fieldErrors(formInputs(view.form).map((i) => [i.name, i.error]));
          await answer(
            errors
              ? { response_action: 'errors', errors }
              : { response_action: 'update', view: reportModal(view, meta) },
          );
          return;
        }
        if (view.kind !== 'report-receipt') {
          await answer({ response_action: 'update', view: noticeModal(view, meta, deps) });
          return;
        }
        await answer({ response_action: 'clear' });
        await showAtOrigin(client, meta, renderView(view, deps.render));
        if (turn.person) await publishHome(deps, client, interaction.user, turn.person);
      },
      (view) => answer({ response_action: 'update', view: noticeModal(view, metadataOf(undefined), deps) }),
    );
  });

  bolt.view('review.vote', async ({ ack, body, client }) => {
    const interaction = interactionOf(body);
    const turn: Turn = { person: null };
    let acked = false;
    const answer = async (response: ViewAnswer) => {
      if (acked) return;
      acked = true;
      await ack(response);
    };
    await guarded(
      deps,
      'review.vote',
      turn,
      async () => {
        const { view, meta } = await submit(
          deps,
          client,
          interaction,
          'review.vote',
          FORM_KINDS_BY_ACTION['review.vote'] ?? {},
          turn,
        );
        if (view.kind !== 'review-vote') {
          await answer({ response_action: 'update', view: noticeModal(view, meta, deps) });
          return;
        }
        const inputs = formInputs(view.form);
        const own = fieldErrors(inputs.map((i) => [i.name, i.error]));
        if (own || view.error) {
          // An error of no input (the vote closed meanwhile) is shown on the first, where the member looks.
          await answer({
            response_action: 'errors',
            errors: own ?? { [inputs[0]?.name ?? 'choice']: view.error ?? '' },
          });
          return;
        }
        await answer({ response_action: 'clear' });
        if (meta.channel) {
          await client.chat.postEphemeral({
            channel: meta.channel,
            user: interaction.user.userId,
            ...(meta.threadTs ? { thread_ts: meta.threadTs } : {}),
            ...renderView(view, deps.render),
          });
        }
        if (turn.person) await publishHome(deps, client, interaction.user, turn.person);
      },
      (view) => answer({ response_action: 'update', view: noticeModal(view, metadataOf(undefined), deps) }),
    );
  });

  // Nothing is saved on close: a modal closed unsent is a change of mind.
  bolt.view({ type: 'view_closed', callback_id: /.*/ }, async ({ ack }) => {
    await ack();
  });
}

/** Runs a modal's submission through the app's action handler, as the person behind it. */
async function submit(
  deps: SlackDeps,
  client: Parameters<typeof recogniseSlackUser>[1],
  interaction: Interaction,
  verb: 'report.submit' | 'review.vote',
  kinds: FormKinds,
  turn: Turn,
): Promise<{ view: CardView; meta: ModalMetadata }> {
  const modal = interaction.view;
  const meta = metadataOf(modal?.privateMetadata);
  // Linked when they pressed the button that opened the modal: no call to Slack before the ack.
  const person = await recogniseSlackUser(
    deps.app,
    client,
    { ...interaction.user, dmChannel: null },
    deps.now(),
    false,
  );
  turn.person = person;
  const result = await handleCardAction(
    {
      verb,
      data: { roundId: meta.roundId, initiativeId: meta.initiativeId, baseVersion: meta.baseVersion ?? '0' },
      values: decodeViewState(modal?.state, kinds),
      idempotencyKey: {
        platform: 'slack',
        id: modal ? submissionId({ id: modal.id, hash: modal.hash, state: { values: modal.state } }) : null,
      },
    },
    { app: deps.app, person, now: deps.now(), defaultLocale: deps.defaultLocale },
  );
  if (result.wake) deps.wake();
  return { view: result.view, meta };
}

/** `{ block_id: message }` for the inputs with an error, or null when none has one. */
function fieldErrors(entries: [string, string | null][]): Record<string, string> | null {
  const errors = Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== null && e[1] !== ''));
  return Object.keys(errors).length > 0 ? errors : null;
}

function noticeModal(view: CardView, meta: ModalMetadata, deps: SlackDeps) {
  return infoModal(view.locale, meta.initiativeId || ' ', renderView(view, deps.render).blocks);
}
