import { needsRecusalQuestion, VOTE_COMMENT_LIMIT, validateVote } from '../../../src/domain/vote-tally';
import { anInitiative, aPerson } from '../../helpers/builders';

const vote = (
  choice: 'agree' | 'disagree',
  comment = '',
  request: 'oral-briefing' | 'separate-item' | null = null,
  requestReason = '',
) => ({
  choice,
  comment,
  request,
  requestReason,
});

describe('validateVote', () => {
  it('accepts agree without a comment, and a request with its reason', () => {
    expect(validateVote(vote('agree'))).toEqual([]);
    expect(validateVote(vote('agree', '', 'oral-briefing', 'Den reviderte planen.'))).toEqual([]);
  });

  it.each(['', '  '])('requires a comment to disagree (%j)', (comment) => {
    expect(validateVote(vote('disagree', comment))).toEqual([{ code: 'VOTE.COMMENT_REQUIRED', field: 'comment' }]);
  });

  it.each(['oral-briefing', 'separate-item'] as const)('requires a reason for a request: %s', (request) => {
    expect(validateVote(vote('agree', '', request, ' '))).toEqual([
      { code: 'VOTE.JUSTIFICATION_REQUIRED', field: 'requestReason' },
    ]);
  });

  it('checks the position and the request apart: a dissent may ask for a separate item too', () => {
    expect(validateVote(vote('disagree', 'For mildt.', 'separate-item', 'Vesentlig kostnadsøkning.'))).toEqual([]);
    expect(validateVote(vote('disagree', '', 'separate-item', ''))).toEqual([
      { code: 'VOTE.COMMENT_REQUIRED', field: 'comment' },
      { code: 'VOTE.JUSTIFICATION_REQUIRED', field: 'requestReason' },
    ]);
  });

  it('allows a comment of exactly the limit and rejects one character more', () => {
    expect(validateVote(vote('disagree', 'x'.repeat(VOTE_COMMENT_LIMIT)))).toEqual([]);
    expect(validateVote(vote('agree', 'x'.repeat(VOTE_COMMENT_LIMIT + 1)))).toEqual([
      { code: 'VOTE.TOO_LONG', field: 'comment', params: { max: VOTE_COMMENT_LIMIT } },
    ]);
    expect(validateVote(vote('agree', '', 'oral-briefing', 'x'.repeat(VOTE_COMMENT_LIMIT + 1)))).toEqual([
      { code: 'VOTE.TOO_LONG', field: 'requestReason', params: { max: VOTE_COMMENT_LIMIT } },
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
