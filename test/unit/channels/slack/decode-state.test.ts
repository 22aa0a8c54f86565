import { decodeViewState } from '../../../../src/channels/slack/blocks/decode-state';
import { REPORT_FORM_KINDS } from '../../../../src/views/report-form-view';

/** `view.state.values` as Slack sends it for the report modal (block id → action id → state). */
const state = {
  overall: {
    overall: { type: 'radio_buttons', selected_option: { text: { type: 'plain_text', text: 'Rød' }, value: 'red' } },
  },
  result: { result: { type: 'static_select', selected_option: null } },
  forecastCompletionDate: { forecastCompletionDate: { type: 'datepicker', selected_date: '2027-06-30' } },
  forecastCostNok: { forecastCostNok: { type: 'number_input', value: '1500000.5' } },
  progress: { progress: { type: 'plain_text_input', value: 'Halvveis <!channel>' } },
  deviations: { deviations: { type: 'plain_text_input', value: null } },
  sdgs: {
    sdgs: {
      type: 'multi_static_select',
      selected_options: [{ value: '9' }, { value: '16' }],
    },
  },
  asksSkateAttention: { asksSkateAttention: { type: 'checkboxes', selected_options: [{ value: 'true' }] } },
  notOurs: { notOurs: { type: 'plain_text_input', value: 'ignored' } },
};

describe('decodeViewState', () => {
  it('turns Slack’s typed state into the neutral form values, by input kind', () => {
    expect(decodeViewState(state, REPORT_FORM_KINDS)).toEqual({
      overall: 'red',
      result: null,
      forecastCompletionDate: '2027-06-30',
      forecastCostNok: 1_500_000.5,
      progress: 'Halvveis <!channel>',
      deviations: '',
      sdgs: ['9', '16'],
      asksSkateAttention: true,
    });
  });

  it('reads an unticked toggle as false, a blank number as none and a bad one as NaN', () => {
    const values = decodeViewState(
      {
        a: { asksSkateAttention: { type: 'checkboxes', selected_options: [] } },
        b: { forecastCostNok: { type: 'number_input', value: '' } },
      },
      REPORT_FORM_KINDS,
    );
    expect(values).toEqual({ asksSkateAttention: false, forecastCostNok: null });
    expect(
      decodeViewState({ b: { forecastCostNok: { value: '12abc' } } }, REPORT_FORM_KINDS).forecastCostNok,
    ).toBeNaN();
  });

  it('survives what is not a state at all', () => {
    expect(decodeViewState(undefined, REPORT_FORM_KINDS)).toEqual({});
    expect(decodeViewState([1, 2], REPORT_FORM_KINDS)).toEqual({});
  });
});
