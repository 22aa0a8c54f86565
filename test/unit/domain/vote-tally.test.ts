import type { Vote } from '../../../src/domain/model';
import { DEFAULT_VOTING_RULES, tallyVotes } from '../../../src/domain/vote-tally';
import { aVote } from '../../helpers/builders';

const members = ['a@nav.example.no', 'b@skatteetaten.example.no', 'c@brreg.example.no', 'd@digdir.example.no'];

function votes(...choices: [string, Vote['choice']][]): Vote[] {
  return choices.map(([voter, choice]) => aVote({ voter, choice }));
}

describe('tallyVotes', () => {
  it('reports nobody voting as no quorum', () => {
    const tally = tallyVotes([], members, DEFAULT_VOTING_RULES);
    expect(tally).toEqual({
      counts: { agree: 0, disagree: 0, 'oral-briefing': 0, 'separate-item': 0 },
      counted: 0,
      recused: [],
      notVoted: members,
      quorumReached: false,
      outcome: 'no-quorum',
      dissent: [],
      oralBriefingRequested: false,
      separateItem: { requested: false, justifications: [] },
    });
  });

  it('counts every choice and lists who has not voted, in member order', () => {
    const tally = tallyVotes(
      votes(
        ['c@brreg.example.no', 'agree'],
        ['a@nav.example.no', 'oral-briefing'],
        ['b@skatteetaten.example.no', 'agree'],
      ),
      members,
      DEFAULT_VOTING_RULES,
    );
    expect(tally.counts).toEqual({ agree: 2, disagree: 0, 'oral-briefing': 1, 'separate-item': 0 });
    expect(tally.counted).toBe(3);
    expect(tally.notVoted).toEqual(['d@digdir.example.no']);
    expect(tally.oralBriefingRequested).toBe(true);
    expect(tally.outcome).toBe('agreed');
  });

  describe('latest vote wins', () => {
    it('counts only the latest vote of a voter who changed their mind', () => {
      const history = [
        aVote({ voter: 'a@nav.example.no', choice: 'disagree', comment: 'Uenig.', at: '2026-11-27T09:00:00.000Z' }),
        aVote({ voter: 'a@nav.example.no', choice: 'agree', at: '2026-11-27T10:00:00.000Z' }),
      ];
      const tally = tallyVotes(history, members, DEFAULT_VOTING_RULES);
      expect(tally.counts.agree).toBe(1);
      expect(tally.counts.disagree).toBe(0);
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
        aVote({ voter: 'a@nav.example.no', choice: 'oral-briefing' }),
      ];
      expect(tallyVotes(history, members, DEFAULT_VOTING_RULES).counts).toMatchObject({ agree: 0, 'oral-briefing': 1 });
    });

    it('lets a later recusal replace a vote, and a later vote withdraw a recusal', () => {
      const recusedLater = [
        aVote({ voter: 'a@nav.example.no', at: '2026-11-27T09:00:00.000Z' }),
        aVote({ voter: 'a@nav.example.no', recused: true, at: '2026-11-27T10:00:00.000Z' }),
      ];
      expect(tallyVotes(recusedLater, members, DEFAULT_VOTING_RULES)).toMatchObject({
        counted: 0,
        recused: ['a@nav.example.no'],
      });
      const votedLater = [...recusedLater, aVote({ voter: 'a@nav.example.no', at: '2026-11-27T11:00:00.000Z' })];
      expect(tallyVotes(votedLater, members, DEFAULT_VOTING_RULES)).toMatchObject({ counted: 1, recused: [] });
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
      {
        quorum: 0.5,
        majority: 0.5,
      },
    );
    expect(tally.notVoted).toEqual(['b@skatteetaten.example.no']);
    expect(tally.quorumReached).toBe(true);
  });

  it('lists recused members without counting them, nor their comments', () => {
    const tally = tallyVotes(
      [
        aVote({ voter: 'd@digdir.example.no', choice: 'disagree', comment: 'Inhabil, men uenig.', recused: true }),
        aVote({ voter: 'a@nav.example.no', choice: 'separate-item', comment: 'Egen sak.', recused: true }),
        aVote({ voter: 'b@skatteetaten.example.no', choice: 'agree' }),
      ],
      members,
      DEFAULT_VOTING_RULES,
    );
    expect(tally.recused).toEqual(['a@nav.example.no', 'd@digdir.example.no']);
    expect(tally.notVoted).toEqual(['c@brreg.example.no']);
    expect(tally.counted).toBe(1);
    expect(tally.counts).toEqual({ agree: 1, disagree: 0, 'oral-briefing': 0, 'separate-item': 0 });
    expect(tally.dissent).toEqual([]);
    expect(tally.separateItem).toEqual({ requested: false, justifications: [] });
  });

  it('collects dissent and separate-item justifications with their voters', () => {
    const tally = tallyVotes(
      [
        aVote({ voter: 'b@skatteetaten.example.no', choice: 'separate-item', comment: 'Kostnaden har doblet seg.' }),
        aVote({ voter: 'a@nav.example.no', choice: 'disagree', comment: 'Innstillingen er for mild.' }),
      ],
      members,
      DEFAULT_VOTING_RULES,
    );
    expect(tally.dissent).toEqual([{ voter: 'a@nav.example.no', comment: 'Innstillingen er for mild.' }]);
    expect(tally.separateItem).toEqual({
      requested: true,
      justifications: [{ voter: 'b@skatteetaten.example.no', comment: 'Kostnaden har doblet seg.' }],
    });
    expect(tally.oralBriefingRequested).toBe(false);
  });

  describe('quorum', () => {
    it('as a fraction: exactly half of the members is enough, one fewer is not', () => {
      expect(
        tallyVotes(
          votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']),
          members,
          DEFAULT_VOTING_RULES,
        ).quorumReached,
      ).toBe(true);
      expect(tallyVotes(votes(['a@nav.example.no', 'agree']), members, DEFAULT_VOTING_RULES).quorumReached).toBe(false);
    });

    it('as a fraction rounds up: half of 5 members needs 3 votes', () => {
      const five = [...members, 'e@ssb.example.no'];
      const two = votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']);
      expect(tallyVotes(two, five, DEFAULT_VOTING_RULES).outcome).toBe('no-quorum');
      expect(tallyVotes([...two, aVote({ voter: 'c@brreg.example.no' })], five, DEFAULT_VOTING_RULES).outcome).toBe(
        'agreed',
      );
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
      expect(tallyVotes(three, thirty, { quorum: 0.1, majority: 0.5 }).quorumReached).toBe(true);
    });

    it('as a count: at least that many counted votes', () => {
      const rules = { quorum: 3, majority: 0.5 };
      const two = votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']);
      expect(tallyVotes(two, members, rules).quorumReached).toBe(false);
      expect(tallyVotes([...two, aVote({ voter: 'c@brreg.example.no' })], members, rules).quorumReached).toBe(true);
    });

    it('as a count of 1 means one vote, not all members', () => {
      expect(tallyVotes(votes(['a@nav.example.no', 'agree']), members, { quorum: 1, majority: 0.5 }).outcome).toBe(
        'agreed',
      );
    });

    it('of 0 is always reached, but no votes agree nothing', () => {
      expect(tallyVotes([], members, { quorum: 0, majority: 0.5 })).toMatchObject({
        quorumReached: true,
        outcome: 'not-agreed',
      });
    });
  });

  describe('majority', () => {
    it('simple majority: a tie is not agreed', () => {
      const tie = votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'disagree']);
      expect(tallyVotes(tie, members, DEFAULT_VOTING_RULES).outcome).toBe('not-agreed');
    });

    it('simple majority: more than half is agreed', () => {
      const three = votes(
        ['a@nav.example.no', 'agree'],
        ['b@skatteetaten.example.no', 'agree'],
        ['c@brreg.example.no', 'disagree'],
      );
      expect(tallyVotes(three, members, DEFAULT_VOTING_RULES).outcome).toBe('agreed');
    });

    it('counts oral-briefing and separate-item votes against the recommendation', () => {
      const three = votes(
        ['a@nav.example.no', 'agree'],
        ['b@skatteetaten.example.no', 'oral-briefing'],
        ['c@brreg.example.no', 'separate-item'],
      );
      expect(tallyVotes(three, members, DEFAULT_VOTING_RULES).outcome).toBe('not-agreed');
    });

    it('two thirds: exactly two thirds is agreed, less is not', () => {
      const rules = { quorum: 1, majority: 2 / 3 };
      const twoOfThree = votes(
        ['a@nav.example.no', 'agree'],
        ['b@skatteetaten.example.no', 'agree'],
        ['c@brreg.example.no', 'disagree'],
      );
      expect(tallyVotes(twoOfThree, members, rules).outcome).toBe('agreed');
      const twoOfFour = [...twoOfThree, aVote({ voter: 'd@digdir.example.no', choice: 'disagree' })];
      expect(tallyVotes(twoOfFour, members, rules).outcome).toBe('not-agreed');
    });

    it('unanimity with majority 1', () => {
      const rules = { quorum: 1, majority: 1 };
      expect(
        tallyVotes(votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'agree']), members, rules)
          .outcome,
      ).toBe('agreed');
      expect(
        tallyVotes(votes(['a@nav.example.no', 'agree'], ['b@skatteetaten.example.no', 'oral-briefing']), members, rules)
          .outcome,
      ).toBe('not-agreed');
    });

    it('no quorum takes precedence over a majority', () => {
      expect(tallyVotes(votes(['a@nav.example.no', 'agree']), members, DEFAULT_VOTING_RULES).outcome).toBe('no-quorum');
    });
  });
});
