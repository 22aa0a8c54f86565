import { type Locale, VOTE_CHOICES, type Vote } from '../domain/model';
import { messagesFor } from '../i18n';
import type { MessageView } from './message-view';

/** An AU member's own view of a review item: the post, their vote, and the inputs to (re)vote. */
export interface VoteCardView {
  kind: 'review-vote';
  locale: Locale;
  item: MessageView;
  roundId: string;
  initiativeId: string;
  myVote: { choice: string; comment: string; recused: boolean } | null;
  choices: { title: string; value: string }[];
  labels: { choice: string; comment: string; recused: string; submit: string; yourVote: string };
  /** Whether to ask the member to declare habilitet (same agency or a contact of the initiative). */
  askRecusal: boolean;
  closed: boolean;
  error: string | null;
}

export function voteCardView(
  item: MessageView,
  myVote: Vote | null,
  askRecusal: boolean,
  closed: boolean,
  error: string | null,
): VoteCardView {
  const locale = item.locale;
  const t = messagesFor(locale);
  const v = t.vote;
  return {
    kind: 'review-vote',
    locale,
    item,
    roundId: String(item.data.roundId ?? ''),
    initiativeId: String(item.data.initiativeId ?? ''),
    myVote: myVote
      ? {
          choice: myVote.recused ? v.recusedVote : t.voteChoices[myVote.choice],
          comment: myVote.comment,
          recused: myVote.recused,
        }
      : null,
    choices: VOTE_CHOICES.map((c) => ({ title: t.voteChoices[c], value: c })),
    labels: { choice: v.choice, comment: v.comment, recused: v.recused, submit: v.submit, yourVote: v.yourVote },
    askRecusal,
    closed,
    error,
  };
}

/** A command's answer as a table (e.g. `status`). */
export interface TableView {
  kind: 'table';
  locale: Locale;
  title: string;
  lines: string[];
  columns: string[];
  rows: string[][];
}
