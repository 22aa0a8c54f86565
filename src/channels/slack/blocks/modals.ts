import type { ModalView } from '@slack/types';
import { messagesFor } from '../../../i18n';
import type { ReceiptView, ReportFormView } from '../../../views/report-form-view';
import type { VoteCardView } from '../../../views/vote-view';
import { infoModal, renderFormModal } from './render-form';
import { renderReceipt } from './render-receipt';
import { voteFormOf } from './view-forms';

/**
 * Where a modal was opened from, so its outcome can be shown there: the message whose
 * button opened it (its channel and ts, or the response_url of an ephemeral one).
 */
export interface ModalOrigin {
  channel?: string;
  ts?: string;
  /** The thread the message is in, where an answer to it belongs. */
  threadTs?: string;
  responseUrl?: string;
}

/** What a report or vote modal carries in `private_metadata`. */
export interface ModalMetadata extends ModalOrigin {
  roundId: string;
  initiativeId: string;
  baseVersion?: string;
}

/** The report form as a modal: pre-filled, errors under their fields, «Lagre utkast» and «Send inn». */
export function reportModal(view: ReportFormView, origin: ModalOrigin): ModalView {
  const t = messagesFor(view.locale);
  const metadata: ModalMetadata = {
    ...originOnly(origin),
    roundId: view.roundId,
    initiativeId: view.initiativeId,
    baseVersion: String(view.baseVersion),
  };
  return renderFormModal({
    locale: view.locale,
    title: t.slack.reportModalTitle(view.initiativeId),
    intro: [view.title, view.intro, view.notice ?? '', view.formError ?? ''],
    form: view.form,
    metadata: { ...metadata },
  });
}

/** The vote as a modal: position, comment or justification, and recusal where it applies. */
export function voteModal(view: VoteCardView, preset: string | null, origin: ModalOrigin): ModalView {
  const t = messagesFor(view.locale);
  const metadata: ModalMetadata = { ...originOnly(origin), roundId: view.roundId, initiativeId: view.initiativeId };
  return renderFormModal({
    locale: view.locale,
    title: t.slack.voteModalTitle(view.initiativeId),
    intro: [view.item.title, view.item.summary],
    form: voteFormOf(view, preset),
    metadata: { ...metadata },
  });
}

/** A submitted report seen from where no message can change (the Home tab): the receipt in a modal. */
export function receiptModal(view: ReceiptView): ModalView {
  return infoModal(
    view.locale,
    messagesFor(view.locale).slack.reportModalTitle(view.initiativeId),
    renderReceipt(view).blocks,
  );
}

/** Reads a modal's `private_metadata` back; unknown fields are dropped. */
export function metadataOf(raw: unknown): ModalMetadata {
  let parsed: Record<string, unknown> = {};
  try {
    const value: unknown = typeof raw === 'string' && raw !== '' ? JSON.parse(raw) : {};
    if (value && typeof value === 'object' && !Array.isArray(value)) parsed = value as Record<string, unknown>;
  } catch {
    // Not ours: no metadata.
  }
  const str = (k: string) => (typeof parsed[k] === 'string' ? (parsed[k] as string) : undefined);
  const out: ModalMetadata = { roundId: str('roundId') ?? '', initiativeId: str('initiativeId') ?? '' };
  for (const k of ['baseVersion', 'channel', 'ts', 'threadTs', 'responseUrl'] as const) {
    const v = str(k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The origin part of some metadata: a modal shown again keeps where it came from, not its old version. */
function originOnly(origin: ModalOrigin): ModalOrigin {
  const out: ModalOrigin = {};
  for (const k of ['channel', 'ts', 'threadTs', 'responseUrl'] as const) {
    const v = origin[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}
