import type { Form } from '../../../views/form';
import type { VoteCardView } from '../../../views/vote-view';

/**
 * The vote card's form, with the position `preset` chosen: «Uenig» on the review item opens
 * the vote modal with disagreement already picked, so the member only writes why.
 */
export function voteFormOf(view: VoteCardView, preset: string | null): Form {
  if (!preset) return view.form;
  return {
    ...view.form,
    sections: view.form.sections.map((s) => ({
      ...s,
      inputs: s.inputs.map((i) =>
        i.kind === 'choice' && i.name === 'choice' && i.choices.some((c) => c.value === preset)
          ? { ...i, value: preset }
          : i,
      ),
    })),
  };
}
