import type { DomainError } from '../domain/errors';
import { AU_REQUESTS, type Locale, VOTE_CHOICES, type Vote } from '../domain/model';
import { VOTE_COMMENT_LIMIT } from '../domain/vote-tally';
import { describeError, messagesFor } from '../i18n';
import type { Form, FormInput, FormKinds } from './form';
import type { MessageView } from './message-view';

/** The value of the request input that asks for nothing more. */
export const NO_REQUEST = 'none';

/** The kind of each input of the vote form: what a channel needs to decode what the member sent. */
export const VOTE_FORM_KINDS: FormKinds = {
  choice: 'choice',
  comment: 'long-text',
  request: 'choice',
  requestReason: 'long-text',
  recused: 'toggle',
};

/**
 * An AU member's own view of a review item: the post, their vote, and the form to (re)vote.
 * The member's position on the recommendation (agree / disagree) is one input; their wish
 * that AU ask for an oral briefing or recommend a separate item is another, with its reason:
 * agreeing and wanting a briefing are not exclusive. `form` is the channel-neutral form; the
 * fields beside it (`choices`, `labels`, `values`…) carry the same for the Teams template.
 */
export interface VoteCardView {
  kind: 'review-vote';
  locale: Locale;
  item: MessageView;
  roundId: string;
  initiativeId: string;
  /** The version of the recommendation this card votes on. */
  version: number;
  myVote: { choice: string; comment: string; request: string | null; requestReason: string; recused: boolean } | null;
  /** The member had voted on an earlier version, which a change cleared: they must vote again. */
  cleared: boolean;
  form: Form;
  choices: { title: string; value: string }[];
  requestChoices: { title: string; value: string }[];
  labels: {
    choice: string;
    comment: string;
    request: string;
    requestReason: string;
    recused: string;
    submit: string;
    yourVote: string;
    yourRequest: string;
    cleared: string;
  };
  /** What the inputs hold: the member's current vote, or what they sent with its errors. */
  values: { choice: string; comment: string; request: string; requestReason: string; recused: string };
  /** Whether to ask the member to declare habilitet (same agency or a contact of the initiative). */
  askRecusal: boolean;
  closed: boolean;
  error: string | null;
}

/** What the vote card shows about the member: their vote on the current version, and whether an older one was cleared. */
export interface VoteCardState {
  myVote: Vote | null;
  cleared: boolean;
  version: number;
  askRecusal: boolean;
  closed: boolean;
  /** The errors of the member's last attempt, each next to its input (or `error` for a general one). */
  errors: DomainError[];
  error: string | null;
}

export function voteCardView(item: MessageView, state: VoteCardState): VoteCardView {
  const locale = item.locale;
  const t = messagesFor(locale);
  const v = t.vote;
  const { myVote } = state;
  const fieldError = (field: string): string | null => {
    const e = state.errors.find((x) => x.field === field);
    return e ? describeError(e, locale) : null;
  };
  // Every error also in one line above the inputs: a renderer without per-input errors still shows them.
  const all = state.errors.map((e) => describeError(e, locale));
  const error = [state.error, ...all].filter((x): x is string => x !== null && x !== '').join(' ') || null;
  const choices = VOTE_CHOICES.map((c) => ({ title: t.voteChoices[c], value: c }));
  const requestChoices = [
    { title: v.requestNone, value: NO_REQUEST },
    ...AU_REQUESTS.map((r) => ({ title: t.auRequests[r], value: r })),
  ];
  const values = {
    choice: myVote && !myVote.recused ? myVote.choice : '',
    comment: myVote?.comment ?? '',
    request: myVote?.request ?? NO_REQUEST,
    requestReason: myVote?.requestReason ?? '',
    recused: myVote?.recused ? 'true' : 'false',
  };
  const base = (name: string, label: string, required = false) => ({
    name,
    label,
    hint: null,
    error: fieldError(name),
    required,
  });
  const inputs: FormInput[] = [
    { ...base('choice', v.choice, true), kind: 'choice', value: values.choice || null, choices, style: 'expanded' },
    { ...base('comment', v.comment), kind: 'long-text', value: values.comment, maxLength: VOTE_COMMENT_LIMIT },
    {
      ...base('request', v.request),
      kind: 'choice',
      value: values.request,
      choices: requestChoices,
      style: 'expanded',
    },
    {
      ...base('requestReason', v.requestReason),
      kind: 'long-text',
      value: values.requestReason,
      maxLength: VOTE_COMMENT_LIMIT,
    },
  ];
  if (state.askRecusal) {
    inputs.push({ ...base('recused', v.recused), kind: 'toggle', value: myVote?.recused ?? false, title: v.recused });
  }
  const shown = myVote
    ? {
        choice: myVote.recused ? v.recusedVote : t.voteChoices[myVote.choice],
        comment: myVote.comment,
        request: myVote.request === null ? null : t.auRequests[myVote.request],
        requestReason: myVote.requestReason,
        recused: myVote.recused,
      }
    : null;
  return {
    kind: 'review-vote',
    locale,
    item,
    roundId: item.data.roundId ?? '',
    initiativeId: item.data.initiativeId ?? '',
    version: state.version,
    myVote: shown,
    cleared: state.cleared,
    form: {
      sections: state.closed ? [] : [{ id: 'vote', title: null, lines: state.cleared ? [v.cleared] : [], inputs }],
      buttons: state.closed ? [] : [{ action: 'review.vote', label: v.submit, primary: true }],
    },
    choices,
    requestChoices,
    labels: {
      choice: v.choice,
      comment: v.comment,
      request: v.request,
      requestReason: v.requestReason,
      recused: v.recused,
      submit: v.submit,
      yourVote: v.yourVote,
      yourRequest: v.yourRequest,
      cleared: v.cleared,
    },
    values,
    askRecusal: state.askRecusal,
    closed: state.closed,
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
