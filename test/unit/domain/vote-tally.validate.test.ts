import { needsRecusalQuestion, VOTE_COMMENT_LIMIT, validateVote } from '../../../src/domain/vote-tally';
import { anInitiative, aPerson } from '../../helpers/builders';

describe('validateVote', () => {
  it('accepts agree and oral-briefing without a comment', () => {
    expect(validateVote('agree', '')).toEqual([]);
    expect(validateVote('oral-briefing', '')).toEqual([]);
  });

  it.each(['', '  '])('requires a comment to disagree (%j)', (comment) => {
    expect(validateVote('disagree', comment)).toEqual([{ code: 'VOTE.COMMENT_REQUIRED', field: 'comment' }]);
  });

  it('requires a justification for a separate item', () => {
    expect(validateVote('separate-item', '')).toEqual([{ code: 'VOTE.JUSTIFICATION_REQUIRED', field: 'comment' }]);
    expect(validateVote('separate-item', 'Vesentlig kostnadsøkning.')).toEqual([]);
  });

  it('allows a comment of exactly the limit and rejects one character more', () => {
    expect(validateVote('disagree', 'x'.repeat(VOTE_COMMENT_LIMIT))).toEqual([]);
    expect(validateVote('agree', 'x'.repeat(VOTE_COMMENT_LIMIT + 1))).toEqual([
      { code: 'VOTE.TOO_LONG', field: 'comment', params: { max: VOTE_COMMENT_LIMIT } },
    ]);
  });
});

describe('needsRecusalQuestion', () => {
  const initiative = anInitiative({ ownerOrganisationId: 'digdir', contacts: ['kari.nordmann@digdir.example.no'] });

  it('asks an AU member from the owning agency', () => {
    expect(
      needsRecusalQuestion(
        aPerson({ email: 'per@digdir.example.no', roles: ['au'], organisationId: 'digdir' }),
        initiative,
      ),
    ).toBe(true);
  });

  it('does not ask an AU member from another agency', () => {
    expect(
      needsRecusalQuestion(aPerson({ email: 'ola@nav.example.no', roles: ['au'], organisationId: 'nav' }), initiative),
    ).toBe(false);
  });

  it('does not ask an AU member without an organisation', () => {
    expect(
      needsRecusalQuestion(aPerson({ email: 'x@y.example.no', roles: ['au'], organisationId: null }), initiative),
    ).toBe(false);
  });

  it('asks an AU member who is a contact of the initiative, whatever their organisation', () => {
    const contact = aPerson({ email: 'kari.nordmann@digdir.example.no', roles: ['au', 'owner'], organisationId: null });
    expect(needsRecusalQuestion(contact, initiative)).toBe(true);
  });

  it('does not ask people who do not vote', () => {
    expect(needsRecusalQuestion(aPerson({ roles: ['owner'], organisationId: 'digdir' }), initiative)).toBe(false);
  });
});
