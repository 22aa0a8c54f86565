import type { Vote } from '../../../src/domain/model';
import { DEFAULT_VOTING_RULES, tallyVotes, type VotingRules } from '../../../src/domain/vote-tally';
import { aVote } from '../../helpers/builders';

const members = ['a@nav.example.no', 'b@skatteetaten.example.no', 'c@brreg.example.no', 'd@digdir.example.no'];

function votes(...choices: [string, Vote['choice']][]): Vote[] {
  return choices.map(([voter, choice]) => aVote({ voter, choice, comment: choice === 'disagree' ? 'Nei.' : '' }));
}

const rules = (r: Partial<VotingRules>): VotingRules => ({ ...DEFAULT_VOTING_RULES, ...r });

describe('tallyVotes', () => {
  it('reports nobody voting as not voted', () => {
    const tally = tallyVotes([], members, DEFAULT_VOTING_RULES);
    expect(tally).toEqual({
      counts: { agree: 0, disagree: 0 },
      counted: 0,
      needed: 2,
      members: 4,
      recused: [],
      notVoted: members,
      quorumReached: false,
      outcome: 'not-voted',
      dissent: [],
      requests: {
        'oral-briefing': { count: 0, asked: false, reasons: [] },
        'separate-item': { count: 0, asked: false, reasons: [] },
      },
    });
  });

  it('counts positions and lists who has not voted, in member order', () => {
    const tally = tallyVotes(
      votes(['c@brreg.example.no', 'agree'], ['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']),
      members,
      DEFAULT_VOTING_RULES,
    );
    expect(tally.counts).toEqual({ agree: 3, disagree: 0 });
    expect(tally.counted).toBe(3);
    expect(tally.notVoted).toEqual(['d@digdir.example.no']);
    expect(tally.outcome).toBe('adopted');
  });

  describe('latest vote wins', () => {
    it('counts only the latest vote of a voter who changed their mind', () => {
      const history = [
        aVote({ voter: 'a@nav.example.no', choice: 'disagree', comment: 'Uenig.', at: '2026-11-27T09:00:00.000Z' }),
        aVote({ voter: 'a@nav.example.no', choice: 'agree', at: '2026-11-27T10:00:00.000Z' }),
      ];
      const tally = tallyVotes(history, members, DEFAULT_VOTING_RULES);
      expect(tally.counts).toEqual({ agree: 1, disagree: 0 });
      expect(tally.dissent).toEqual([]);
    });

    it('goes by time, not by position in the list', () => {
      const history = [
        aVote({ voter: 'a@nav.example.no', choice: 'agree', at: '2026-11-28T08:00:00.000Z' }),
        aVote({ voter: 'a@nav.example.no', choice: 'disagree', comment: 'x', at: '2026-11-27T08:00:00.000Z' }),
      ];
      expect(tallyVotes(history, members, DEFAULT_VOTING_RULES).counts.agree).toBe(1);
    });

    it('takes the one listed last when two votes have the same time', () => {
      const history = [
        aVote({ voter: 'a@nav.example.no', choice: 'agree' }),
        aVote({ voter: 'a@nav.example.no', choice: 'disagree', comment: 'x' }),
      ];
      expect(tallyVotes(history, members, DEFAULT_VOTING_RULES).counts).toEqual({ agree: 0, disagree: 1 });
    });

    it('lets a later recusal replace a vote, and a later vote withdraw a recusal', () => {
      const recusedLater = [
        aVote({ voter: 'a@nav.example.no', at: '2026-11-27T09:00:00.000Z' }),
        aVote({ voter: 'a@nav.example.no', recused: true, at: '2026-11-27T10:00:00.000Z' }),
      ];
      expect(tallyVotes(recusedLater, members, DEFAULT_VOTING_RULES)).toMatchObject({
        counted: 0,
        recused: ['a@nav.example.no'],
        outcome: 'not-quorate',
      });
      const votedLater = [...recusedLater, aVote({ voter: 'a@nav.example.no', at: '2026-11-27T11:00:00.000Z' })];
      expect(tallyVotes(votedLater, members, DEFAULT_VOTING_RULES)).toMatchObject({ counted: 1, recused: [] });
    });
  });

  it('counts only the votes on the version asked for: a new version clears the votes on the old', () => {
    const old = votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']);
    const renewed = [...old, aVote({ voter: 'c@brreg.example.no', recommendationVersion: 2 })];
    expect(tallyVotes(renewed, members, DEFAULT_VOTING_RULES, 1)).toMatchObject({ counted: 2, outcome: 'adopted' });
    expect(tallyVotes(renewed, members, DEFAULT_VOTING_RULES, 2)).toMatchObject({
      counted: 1,
      outcome: 'not-quorate',
      notVoted: ['a@nav.example.no', 'b@skatteetaten.example.no', 'd@digdir.example.no'],
    });
  });

  it('ignores votes from people who are not eligible', () => {
    const tally = tallyVotes(
      votes(['outsider@example.no', 'disagree'], ['a@nav.example.no', 'agree']),
      members,
      DEFAULT_VOTING_RULES,
    );
    expect(tally.counted).toBe(1);
    expect(tally.dissent).toEqual([]);
  });

  it('treats a member listed twice as one member', () => {
    const tally = tallyVotes(
      votes(['a@nav.example.no', 'agree']),
      ['a@nav.example.no', 'a@nav.example.no', 'b@skatteetaten.example.no'],
      DEFAULT_VOTING_RULES,
    );
    expect(tally.notVoted).toEqual(['b@skatteetaten.example.no']);
    expect(tally.quorumReached).toBe(true);
  });

  it('lists recused members without counting them, nor their comments or requests', () => {
    const tally = tallyVotes(
      [
        aVote({ voter: 'd@digdir.example.no', choice: 'disagree', comment: 'Inhabil, men uenig.', recused: true }),
        aVote({ voter: 'a@nav.example.no', request: 'separate-item', requestReason: 'Egen sak.', recused: true }),
        aVote({ voter: 'b@skatteetaten.example.no', choice: 'agree' }),
      ],
      members,
      DEFAULT_VOTING_RULES,
    );
    expect(tally.recused).toEqual(['a@nav.example.no', 'd@digdir.example.no']);
    expect(tally.notVoted).toEqual(['c@brreg.example.no']);
    expect(tally.counted).toBe(1);
    expect(tally.counts).toEqual({ agree: 1, disagree: 0 });
    expect(tally.dissent).toEqual([]);
    expect(tally.requests['separate-item']).toEqual({ count: 0, asked: false, reasons: [] });
  });

  describe('AU’s requests apart from the position', () => {
    it('a member who agrees and asks for a briefing counts for the recommendation', () => {
      const tally = tallyVotes(
        [
          aVote({ voter: 'a@nav.example.no', request: 'oral-briefing', requestReason: 'Planen.' }),
          aVote({ voter: 'b@skatteetaten.example.no' }),
          aVote({ voter: 'c@brreg.example.no', choice: 'disagree', comment: 'For mildt.' }),
        ],
        members,
        DEFAULT_VOTING_RULES,
      );
      expect(tally.outcome).toBe('adopted');
      expect(tally.requests['oral-briefing']).toEqual({
        count: 1,
        asked: false,
        reasons: [{ voter: 'a@nav.example.no', comment: 'Planen.' }],
      });
    });

    it('AU asks when at least the configured share of counted votes ask: half by default', () => {
      const ask = (voter: string) => aVote({ voter, request: 'separate-item', requestReason: 'Særskilt.' });
      const two = [ask('a@nav.example.no'), ask('b@skatteetaten.example.no'), aVote({ voter: 'c@brreg.example.no' })];
      expect(tallyVotes(two, members, DEFAULT_VOTING_RULES).requests['separate-item'].asked).toBe(true);
      const one = [
        ask('a@nav.example.no'),
        aVote({ voter: 'b@skatteetaten.example.no' }),
        aVote({ voter: 'c@brreg.example.no' }),
      ];
      expect(tallyVotes(one, members, DEFAULT_VOTING_RULES).requests['separate-item'].asked).toBe(false);
      expect(tallyVotes(one, members, rules({ requestShare: 1 / 3 })).requests['separate-item'].asked).toBe(true);
    });

    it('AU asks nothing without a quorum, however many of the few ask', () => {
      const tally = tallyVotes(
        [aVote({ voter: 'a@nav.example.no', request: 'oral-briefing', requestReason: 'Planen.' })],
        members,
        DEFAULT_VOTING_RULES,
      );
      expect(tally.outcome).toBe('not-quorate');
      expect(tally.requests['oral-briefing'].asked).toBe(false);
    });
  });

  describe('quorum', () => {
    it('as a fraction: exactly half of the members is enough, one fewer is not', () => {
      const two = votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']);
      expect(tallyVotes(two, members, DEFAULT_VOTING_RULES).quorumReached).toBe(true);
      expect(tallyVotes(votes(['a@nav.example.no', 'agree']), members, DEFAULT_VOTING_RULES).quorumReached).toBe(false);
    });

    it('as a fraction rounds up: half of 5 members needs 3 votes', () => {
      const five = [...members, 'e@ssb.example.no'];
      const two = votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']);
      expect(tallyVotes(two, five, DEFAULT_VOTING_RULES)).toMatchObject({ outcome: 'not-quorate', needed: 3 });
      const three = [...two, aVote({ voter: 'c@brreg.example.no' })];
      expect(tallyVotes(three, five, DEFAULT_VOTING_RULES).outcome).toBe('adopted');
    });

    it('as a fraction includes recused members in the base', () => {
      const recusedTwo = [
        aVote({ voter: 'c@brreg.example.no', recused: true }),
        aVote({ voter: 'd@digdir.example.no', recused: true }),
      ];
      const tally = tallyVotes([...recusedTwo, aVote({ voter: 'a@nav.example.no' })], members, DEFAULT_VOTING_RULES);
      expect(tally.quorumReached).toBe(false);
    });

    it('is not fooled by floating-point noise (0.1 × 30 members = 3 votes)', () => {
      const thirty = Array.from({ length: 30 }, (_, i) => `m${i}@nav.example.no`);
      const three = thirty.slice(0, 3).map((voter) => aVote({ voter }));
      expect(tallyVotes(three, thirty, rules({ quorum: 0.1 })).quorumReached).toBe(true);
    });

    it('as a count: at least that many counted votes', () => {
      const two = votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']);
      expect(tallyVotes(two, members, rules({ quorum: 3 })).quorumReached).toBe(false);
      expect(
        tallyVotes([...two, aVote({ voter: 'c@brreg.example.no' })], members, rules({ quorum: 3 })).quorumReached,
      ).toBe(true);
    });

    it('as a count of 1 means one vote, not all members', () => {
      expect(tallyVotes(votes(['a@nav.example.no', 'agree']), members, rules({ quorum: 1 })).outcome).toBe('adopted');
    });

    it('no votes is «not voted», whatever the quorum', () => {
      expect(tallyVotes([], members, rules({ quorum: 0 })).outcome).toBe('not-voted');
    });
  });

  describe('majority', () => {
    it('simple majority: a tie is rejected', () => {
      const tie = votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'disagree']);
      expect(tallyVotes(tie, members, DEFAULT_VOTING_RULES).outcome).toBe('rejected');
    });

    it('simple majority: more than half is adopted', () => {
      const three = votes(
        ['a@nav.example.no', 'agree'],
        ['b@skatteetaten.example.no', 'agree'],
        ['c@brreg.example.no', 'disagree'],
      );
      expect(tallyVotes(three, members, DEFAULT_VOTING_RULES).outcome).toBe('adopted');
    });

    it('two thirds: exactly two thirds is adopted, less is not', () => {
      const twoThirds = rules({ quorum: 1, majority: 2 / 3 });
      const twoOfThree = votes(
        ['a@nav.example.no', 'agree'],
        ['b@skatteetaten.example.no', 'agree'],
        ['c@brreg.example.no', 'disagree'],
      );
      expect(tallyVotes(twoOfThree, members, twoThirds).outcome).toBe('adopted');
      const twoOfFour = [...twoOfThree, aVote({ voter: 'd@digdir.example.no', choice: 'disagree', comment: 'x' })];
      expect(tallyVotes(twoOfFour, members, twoThirds).outcome).toBe('rejected');
    });

    it('unanimity with majority 1', () => {
      const all = rules({ quorum: 1, majority: 1 });
      expect(
        tallyVotes(votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']), members, all).outcome,
      ).toBe('adopted');
      expect(
        tallyVotes(votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'disagree']), members, all)
          .outcome,
      ).toBe('rejected');
    });

    it('no quorum takes precedence over a majority', () => {
      expect(tallyVotes(votes(['a@nav.example.no', 'agree']), members, DEFAULT_VOTING_RULES).outcome).toBe(
        'not-quorate',
      );
    });
  });
});
