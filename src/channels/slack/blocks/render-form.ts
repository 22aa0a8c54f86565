import type { InputBlock, InputBlockElement, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { Locale } from '../../../domain/model';
import { messagesFor } from '../../../i18n';
import type { Choice, Form, FormInput } from '../../../views/form';
import { BLOCK_KIT_LIMITS as L } from '../slack-limits';
import { buttons, context, fitted, header, paragraphs } from './builders';
import { plain, truncate } from './text';

/** A form as a Slack modal, with what the modal needs beyond the form. */
export interface ModalSpec {
  locale: Locale;
  title: string;
  /** Lines above the form: its introduction, a notice (draft saved, what to fix). */
  intro: string[];
  form: Form;
  /** Carried through Slack in `private_metadata` (ids, the report version, where the request came from). */
  metadata: Record<string, string | undefined>;
}

/**
 * The neutral form as a modal: each section a header and its read-only lines, each input an
 * input block whose `block_id` and `action_id` are the input's name (so `view.state.values`
 * decodes by name), its error shown under it. The primary button is the modal's submit
 * (its action is the `callback_id`); the others are buttons at the bottom (e.g. «Lagre
 * utkast»), whose press carries the modal's state like a submission.
 */
export function renderFormModal(spec: ModalSpec): ModalView {
  const t = messagesFor(spec.locale);
  const blocks: KnownBlock[] = [...paragraphs(spec.intro)];
  for (const section of spec.form.sections) {
    if (section.title) blocks.push(...header(section.title));
    blocks.push(...paragraphs(section.lines));
    for (const input of section.inputs) {
      blocks.push(inputBlock(input));
      if (input.error) blocks.push(context(`⚠️ ${input.error}`));
    }
  }
  const primary = spec.form.buttons.find((b) => b.primary) ?? null;
  const others = spec.form.buttons.filter((b) => b !== primary);
  const tail = buttons(others.map((b) => ({ action: b.action, label: b.label, data: {} })));
  const body = fitted(blocks, L.surfaceBlocks - tail.length, t.slack.moreRows);
  return {
    type: 'modal',
    callback_id: primary?.action ?? 'form',
    title: plain(spec.title, L.modalTitle),
    close: plain(t.slack.cancel, L.modalButton),
    ...(primary ? { submit: plain(primary.label, L.modalButton) } : {}),
    private_metadata: JSON.stringify(spec.metadata).slice(0, L.privateMetadata),
    blocks: [...body, ...tail],
  };
}

/** A modal that only says something (a refusal, a receipt seen from the Home tab). */
export function infoModal(locale: Locale, title: string, blocks: KnownBlock[]): ModalView {
  return {
    type: 'modal',
    title: plain(title, L.modalTitle),
    close: plain(messagesFor(locale).slack.close, L.modalButton),
    blocks: blocks.slice(0, L.surfaceBlocks),
  };
}

function inputBlock(input: FormInput): InputBlock {
  return {
    type: 'input',
    block_id: truncate(input.name, L.id),
    label: plain(input.label, L.label),
    optional: !input.required,
    ...(input.hint ? { hint: plain(input.hint, L.hint) } : {}),
    element: elementOf(input),
  };
}

function option(choice: Choice): PlainTextOption {
  return { text: plain(choice.title, L.optionText), value: choice.value.slice(0, L.optionValue) };
}

function elementOf(input: FormInput): InputBlockElement {
  const action_id = truncate(input.name, L.id);
  switch (input.kind) {
    case 'choice': {
      const options = input.choices.map(option);
      const initial = options.find((o) => o.value === input.value);
      const radio = input.style === 'expanded' && options.length <= L.radioOptions;
      return radio
        ? { type: 'radio_buttons', action_id, options, ...(initial ? { initial_option: initial } : {}) }
        : {
            type: 'static_select',
            action_id,
            options: options.slice(0, L.staticSelectOptions),
            ...(initial ? { initial_option: initial } : {}),
          };
    }
    case 'multi-choice': {
      const options = input.choices.map(option).slice(0, L.staticSelectOptions);
      const initial = options.filter((o) => o.value !== undefined && input.value.includes(o.value));
      return {
        type: 'multi_static_select',
        action_id,
        options,
        ...(initial.length ? { initial_options: initial } : {}),
      };
    }
    case 'date':
      return { type: 'datepicker', action_id, ...(input.value ? { initial_date: input.value } : {}) };
    case 'number':
      return {
        type: 'number_input',
        action_id,
        is_decimal_allowed: true,
        ...(input.value !== null && Number.isFinite(input.value) ? { initial_value: String(input.value) } : {}),
        ...(input.min !== null ? { min_value: String(input.min) } : {}),
        ...(input.max !== null ? { max_value: String(input.max) } : {}),
      };
    case 'short-text':
    case 'long-text': {
      const max = Math.min(input.maxLength, L.textInput);
      return {
        type: 'plain_text_input',
        action_id,
        multiline: input.kind === 'long-text',
        max_length: max,
        ...(input.value ? { initial_value: Array.from(input.value).slice(0, max).join('') } : {}),
      };
    }
    case 'toggle': {
      const yes: PlainTextOption = { text: plain(input.title, L.optionText), value: 'true' };
      return { type: 'checkboxes', action_id, options: [yes], ...(input.value ? { initial_options: [yes] } : {}) };
    }
  }
}
