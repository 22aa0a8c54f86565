import type { FormKinds } from './form';
import type { ActionId } from './message-view';
import { REPORT_FORM_KINDS } from './report-form-view';
import { VOTE_FORM_KINDS } from './vote-view';

/**
 * The inputs each form-sending action carries, by kind: a channel decodes its payload with these
 * (Teams sends every input as a string; Slack sends typed state), so the use cases get `FormValues`.
 */
export const FORM_KINDS_BY_ACTION: Partial<Record<ActionId, FormKinds>> = {
  'report.save': REPORT_FORM_KINDS,
  'report.submit': REPORT_FORM_KINDS,
  'review.vote': VOTE_FORM_KINDS,
};
