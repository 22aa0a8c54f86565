import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { handleCardAction } from '../../../app/actions/handle-action';
import type { Person } from '../../../domain/model';
import type { CardView } from '../../../views/card-view';
import { FORM_KINDS_BY_ACTION } from '../../../views/form-kinds';
import { decodeViewState } from '../blocks/decode-state';
import { metadataOf, reportModal, voteModal } from '../blocks/modals';
import { actionOf, decodeValue } from '../blocks/payload';
import { infoModal } from '../blocks/render-form';
import { renderView } from '../blocks/render-view';
import { guarded, publishHome, type SlackDeps, type Turn } from '../slack-deps';
import { isDirectMessage, recogniseSlackUser } from '../slack-identity';
import { type Interaction, interactionOf } from '../slack-payload';
import { originOf, replaceInPlace, tellPrivately } from './show';

/**
 * Button presses (`block_actions`), by the product's action ids: open the report form as a
 * modal, save a draft from inside it, accept or decline an initiative, vote (at once for
 * «Enig», in a modal for the rest), publish the compiled agenda. Every press is acknowledged
 * first; a modal is opened with the press's `trigger_id`, which Slack honours for 3 seconds,
 * so the form is built from the database alone before anything slower.
 */
export function registerActions(bolt: App, deps: SlackDeps): void {
  bolt.action(/.*/, async ({ ack, body, client }) => {
    await ack();
    const interaction = interactionOf(body);
    const verb = actionOf(interaction.action?.actionId ?? '');
    // Link buttons open in the browser; Slack still tells us, and nothing is to be done.
    if (verb === 'link' || verb === '') return;
    const turn: Turn = { person: null };
    await guarded(
      deps,
      verb,
      turn,
      () => press(deps, client, interaction, verb, turn),
      (view) => tellPrivately(client, interaction, view, deps.render),
    );
  });
}

async function press(deps: SlackDeps, client: WebClient, interaction: Interaction, verb: string, turn: Turn) {
  const dm = interaction.message && isDirectMessage(interaction.message.channel) ? interaction.message.channel : null;
  const person = await recogniseSlackUser(deps.app, client, { ...interaction.user, dmChannel: dm }, deps.now());
  turn.person = person;
  const data = decodeValue(interaction.action?.value);
  // The press's trigger makes it one delivery: Slack's retry of the same press has the same one.
  const delivery = interaction.triggerId ? `${interaction.triggerId}:${verb}` : null;
  const run = async (values = {}) => {
    const result = await handleCardAction(
      { verb, data, values, idempotencyKey: { platform: 'slack', id: delivery } },
      { app: deps.app, person, now: deps.now(), defaultLocale: deps.defaultLocale },
    );
    if (result.wake) deps.wake();
    return result.view;
  };
  switch (verb) {
    case 'report.open':
    case 'report.edit':
      return openReport(deps, client, interaction, await run());
    case 'report.save':
      return saveDraft(deps, client, interaction, person);
    case 'review.open':
      return openVote(deps, client, interaction, await run(), data.choice ?? null);
    case 'review.vote': {
      const view = await run({ choice: data.choice ?? '' });
      await tellPrivately(client, interaction, view, deps.render);
      if (person) await publishHome(deps, client, interaction.user, person);
      return;
    }
    default:
      // Acceptance and publishing answer in place of the card; an unknown id gets the app's refusal there.
      return replaceInPlace(client, interaction, await run(), deps.render);
  }
}

/** The report form as a modal; a submitted report shows its receipt where the button was. */
async function openReport(deps: SlackDeps, client: WebClient, interaction: Interaction, view: CardView) {
  if (view.kind === 'report-form' && interaction.triggerId) {
    await client.views.open({ trigger_id: interaction.triggerId, view: reportModal(view, originOf(interaction)) });
  } else if (view.kind === 'report-receipt') {
    await replaceInPlace(client, interaction, view, deps.render);
  } else {
    await tellPrivately(client, interaction, view, deps.render);
  }
}

/** «Lagre utkast» inside the modal: saves what it holds and shows the form again, saying so. */
async function saveDraft(deps: SlackDeps, client: WebClient, interaction: Interaction, person: Person | null) {
  const modal = interaction.view;
  if (!modal) return;
  const meta = metadataOf(modal.privateMetadata);
  const result = await handleCardAction(
    {
      verb: 'report.save',
      data: { roundId: meta.roundId, initiativeId: meta.initiativeId, baseVersion: meta.baseVersion ?? '0' },
      values: decodeViewState(modal.state, FORM_KINDS_BY_ACTION['report.save'] ?? {}),
      idempotencyKey: { platform: 'slack', id: interaction.triggerId ? `${interaction.triggerId}:report.save` : null },
    },
    { app: deps.app, person, now: deps.now(), defaultLocale: deps.defaultLocale },
  );
  if (result.wake) deps.wake();
  const { view } = result;
  const next =
    view.kind === 'report-form'
      ? reportModal(view, meta)
      : infoModal(view.locale, meta.initiativeId || ' ', renderView(view, deps.render).blocks);
  // The hash makes Slack refuse the update if the modal changed meanwhile (a second press).
  await client.views.update({ view_id: modal.id, hash: modal.hash, view: next });
}

/** The vote modal, with the position the pressed button chose; a refusal is told privately. */
async function openVote(
  deps: SlackDeps,
  client: WebClient,
  interaction: Interaction,
  view: CardView,
  choice: string | null,
) {
  if (view.kind === 'review-vote' && !view.closed && interaction.triggerId) {
    await client.views.open({
      trigger_id: interaction.triggerId,
      view: voteModal(view, choice, originOf(interaction)),
    });
  } else {
    await tellPrivately(client, interaction, view, deps.render);
  }
}
