import type { AgendaInput } from '../../../src/domain/agenda/agenda-document';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import { defaultRecommendation } from '../../../src/domain/agenda/default-recommendation';
import type { Initiative, Light, ReportFields, StatusReport } from '../../../src/domain/model';
import { recommendationText } from '../../../src/i18n/recommendation-text';
import {
  AU,
  agreeAndAsk,
  allAgree,
  baseInput,
  decision,
  fields,
  INITIATIVES,
  initiative,
  recommendation,
  report,
  round,
  storedDefault,
  vote,
} from '../../fixtures/agenda/world';
import { handMadeCase } from '../../helpers/agenda-cases';

const A = (): Initiative => INITIATIVES.datakatalog(); // T-2025-01, brreg
const B = (): Initiative => INITIATIVES.apiKatalog(); // T-2025-04, skatteetaten
const C = (): Initiative => INITIATIVES.jobb(); // T-2026-01, nav

function input(parts: Partial<AgendaInput> = {}): AgendaInput {
  return baseInput('nb', { initiatives: [A(), B(), C()], reports: [], votes: [], recommendations: [], ...parts });
}

const green = (extra: Partial<ReportFields> = {}): ReportFields => fields({ progress: 'Som planlagt.', ...extra });
const overall = (id: string, light: Light, roundId: string): StatusReport =>
  report(id, green({ overall: light }), { roundId });

describe('composeAgenda: what the agenda covers', () => {
  it('covers accepted Skate-track initiatives not finally treated, in id order', () => {
    const doc = composeAgenda(
      input({
        initiatives: [
          C(),
          { ...A(), phase: 'final-treatment-done' },
          { ...B(), track: 'line' },
          initiative({ ...INITIATIVES.frivillige(), acceptance: 'proposed' }),
          initiative({ ...INITIATIVES.kompetanse(), acceptance: 'declined' }),
          INITIATIVES.arkiv(),
          INITIATIVES.sykeBarn(),
        ],
      }),
    );
    // T-2024-06 is in final treatment: AU treats it, but it is asked for no report, so it is not listed as missing.
    expect(doc.statusOverview.map((r) => r.initiativeId)).toEqual(['T-2025-03', 'T-2026-01']);
    expect(doc.appendix.map((r) => r.initiativeId)).toEqual(['T-2025-03', 'T-2026-01']);
    expect(doc.auTreatment.map((r) => r.initiativeId)).toEqual(['T-2024-06', 'T-2025-03', 'T-2026-01']);
    expect(doc.missingReports.map((r) => r.initiativeId)).toEqual(['T-2025-03', 'T-2026-01']);
    expect(doc.finalTreatment.map((r) => r.initiativeId)).toEqual(['T-2024-06']);
    expect(doc.background.expected).toBe(2);
  });

  it('fills the header from the round, the meeting and the case number', () => {
    const doc = composeAgenda(input({ caseNumber: '03/2027', revision: 2, skateMeetingDate: '2027-03-11' }));
    expect(doc.header).toEqual({
      forum: 'Skate',
      meetingDate: '2027-03-11',
      caseNumber: '03/2027',
      caseNumberConfirmed: true,
      quarter: 4,
      year: 2026,
      caseType: 'behandlingssak',
      revision: 2,
    });
    expect(doc.round).toBe('2026-Q4');
    expect(doc.locale).toBe('nb');
    expect([doc.presenter, doc.preparedBy, doc.place, doc.preparedOn]).toEqual([
      'Ingrid Haugland',
      'Skatesekretariatet',
      'Oslo',
      '2026-12-04',
    ]);
  });

  it('counts the reporting basis; a draft or another round’s report counts as missing', () => {
    const doc = composeAgenda(
      input({
        round: { ...round(), deadline: '2026-11-26T23:30:00.000Z' },
        reports: [
          report('T-2025-01', green({ overall: 'yellow', cost: 'red', forecastCostNok: 50_000_000 })),
          report('T-2025-04', green(), { state: 'draft' }),
          report('T-2026-01', green(), { roundId: '2026-Q3' }),
        ],
        history: [
          { round: '2026-Q2', reports: [] },
          { round: '2026-Q3', reports: [] },
          { round: '2026-Q4', reports: [] },
        ],
      }),
    );
    expect(doc.background).toEqual({
      expected: 3,
      submitted: 1,
      missing: 2,
      byOverall: { green: 0, yellow: 1, red: 0 },
      significantDeviations: 1,
      deadline: '2026-11-27', // 23:30 UTC is past midnight in Oslo
      auMeeting: '2026-12-03',
      previousRound: '2026-Q3',
      auAdopted: 0,
      auTreated: 3,
    });
    expect(doc.missingReports.map((m) => m.initiativeId)).toEqual(['T-2025-04', 'T-2026-01']);
  });

  it('has no previous round without history', () => {
    expect(composeAgenda(input()).background.previousRound).toBeNull();
  });
});

describe('composeAgenda: trend and heat map', () => {
  const history: AgendaInput['history'] = [
    { round: '2026-Q1', reports: [overall('T-2026-01', 'red', '2026-Q1')] },
    { round: '2026-Q2', reports: [overall('T-2025-01', 'red', '2026-Q2'), overall('T-2026-01', 'red', '2026-Q2')] },
    {
      round: '2026-Q3',
      reports: [
        overall('T-2025-01', 'yellow', '2026-Q3'),
        { ...overall('T-2025-04', 'red', '2026-Q3'), state: 'draft' },
      ],
    },
  ];
  const doc = composeAgenda(
    input({
      history: [{ round: '2025-Q4', reports: [overall('T-2026-01', 'green', '2025-Q4')] }, ...history],
      reports: [
        report('T-2025-01', green({ overall: 'yellow' })),
        report('T-2025-04', green({ overall: 'red' })),
        report('T-2026-01', green({ overall: 'green' })),
      ],
    }),
  );
  const trend = (id: string) => doc.statusOverview.find((r) => r.initiativeId === id)?.trend;

  it('compares this round’s overall light with the latest earlier submitted report', () => {
    expect(trend('T-2025-01')).toBe('same'); // yellow in Q3, yellow now
    expect(trend('T-2026-01')).toBe('better'); // red in Q2 (no Q3 report), green now
    expect(trend('T-2025-04')).toBe('new'); // only a draft before
  });

  it('says worse when the light got worse, and new when this round’s report is missing', () => {
    const worse = composeAgenda(
      input({
        history: [{ round: '2026-Q3', reports: [overall('T-2025-01', 'green', '2026-Q3')] }],
        reports: [report('T-2025-01', green({ overall: 'red' }))],
      }),
    );
    expect(worse.statusOverview.map((r) => [r.initiativeId, r.trend, r.overall])).toEqual([
      ['T-2025-01', 'worse', 'red'],
      ['T-2025-04', 'new', null],
      ['T-2026-01', 'new', null],
    ]);
  });

  it('carries the four lights, owner and phase', () => {
    const row = doc.statusOverview.find((r) => r.initiativeId === 'T-2026-01');
    expect(row).toEqual({
      initiativeId: 'T-2026-01',
      title: 'Livshendelsen «Miste og finne jobb»',
      owner: 'Arbeids- og velferdsdirektoratet',
      overall: 'green',
      result: 'green',
      schedule: 'green',
      cost: 'green',
      trend: 'better',
      phase: 'execution',
    });
  });

  it('shows the last four quarters, oldest first, ending with this round', () => {
    expect(doc.heatmap.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(doc.heatmap.rows.map((r) => [r.initiativeId, r.cells])).toEqual([
      ['T-2025-01', [null, 'red', 'yellow', 'yellow']],
      ['T-2025-04', [null, null, null, 'red']],
      ['T-2026-01', ['red', 'red', null, 'green']],
    ]);
  });

  it('has a single column without history', () => {
    const alone = composeAgenda(input({ reports: [report('T-2025-01', green())] }));
    expect(alone.heatmap.quarters).toEqual(['2026-Q4']);
    expect(alone.heatmap.rows.map((r) => r.cells)).toEqual([['green'], [null], [null]]);
  });
});

describe('composeAgenda: significant deviations', () => {
  it('lists submitted reports with a red result, schedule or cost, with the overrides of the forecast', () => {
    const doc = composeAgenda(
      input({
        reports: [
          // Overall red alone is not a significant deviation.
          report('T-2025-01', green({ overall: 'red' })),
          report(
            'T-2025-04',
            green({
              overall: 'red',
              schedule: 'yellow',
              cost: 'red',
              forecastCompletionDate: '2027-04-20',
              forecastCostNok: 37_500_000,
              deviations: 'Dyrere enn antatt.',
              correctiveActions: '',
            }),
          ),
          report(
            'T-2026-01',
            green({
              result: 'red',
              schedule: 'red',
              scheduleOverrideReason: 'Leverandøren har varslet forsinkelse.',
              cost: 'yellow',
              costOverrideReason: 'Usikre lisenskostnader.',
              forecastCompletionDate: '2027-12-31',
              forecastCostNok: 120_000_000,
              correctiveActions: 'Ny plan.',
            }),
          ),
        ],
      }),
    );
    expect(doc.deviations).toEqual([
      {
        initiativeId: 'T-2025-04',
        title: 'Deling av data – felles API-katalog og tilgangsstyring',
        owner: 'Skatteetaten',
        red: ['cost'],
        deviations: 'Dyrere enn antatt.',
        correctiveActions: '',
        overrides: [],
        forecastCompletionDate: '2027-04-20',
        agreedCompletionDate: '2027-03-31',
        forecastCostNok: 37_500_000,
        agreedCostNok: 30_000_000,
      },
      expect.objectContaining({
        initiativeId: 'T-2026-01',
        red: ['result', 'schedule'],
        correctiveActions: 'Ny plan.',
        overrides: [
          { dimension: 'schedule', suggested: 'green', chosen: 'red', reason: 'Leverandøren har varslet forsinkelse.' },
          { dimension: 'cost', suggested: 'green', chosen: 'yellow', reason: 'Usikre lisenskostnader.' },
        ],
      }),
    ]);
    expect(doc.background.significantDeviations).toBe(2);
  });
});

describe('composeAgenda: follow-up of Skate’s decisions', () => {
  const d1 = decision('V-1', 'T-2026-01', 'Legg fram ny plan.');
  const d2 = decision('V-2', 'T-2025-04', 'Avgrens leveransen.');
  const d3 = decision('V-3', 'T-2025-01', 'Beskriv datasettene.');

  it('gives each decision the owner’s answer, in initiative order; null without a report or answer', () => {
    const doc = composeAgenda(
      input({
        decisionsToFollowUp: [d1, d2, d3],
        reports: [
          report(
            'T-2026-01',
            green({ decisionFollowUp: [{ decisionId: 'V-1', state: 'partly', comment: 'Delvis.' }] }),
          ),
          // Answers another decision than the one listed: not an answer to V-3.
          report(
            'T-2025-01',
            green({ decisionFollowUp: [{ decisionId: 'V-0', state: 'followed', comment: 'Gammel.' }] }),
          ),
        ],
      }),
    );
    expect(doc.followUp).toEqual([
      {
        initiativeId: 'T-2025-01',
        title: 'Felles datakatalog – videreutvikling og økt bruk',
        decision: { source: 'typed', text: 'Beskriv datasettene.' },
        decidedOn: '2026-09-17',
        state: null,
        comment: '',
      },
      expect.objectContaining({ initiativeId: 'T-2025-04', state: null, comment: '' }),
      expect.objectContaining({ initiativeId: 'T-2026-01', state: 'partly', comment: 'Delvis.' }),
    ]);
  });

  it('asks every open decision of an initiative, each answered on its own', () => {
    const second = decision('V-4', 'T-2026-01', 'Meld hvem som deltar.');
    const doc = composeAgenda(
      input({
        decisionsToFollowUp: [d1, second],
        reports: [
          report(
            'T-2026-01',
            green({
              decisionFollowUp: [
                { decisionId: 'V-1', state: 'partly', comment: 'Delvis.' },
                { decisionId: 'V-4', state: '', comment: '' },
              ],
            }),
          ),
        ],
      }),
    );
    expect(doc.followUp.map((f) => [f.decision, f.state, f.comment])).toEqual([
      [{ source: 'typed', text: 'Legg fram ny plan.' }, 'partly', 'Delvis.'],
      [{ source: 'typed', text: 'Meld hvem som deltar.' }, null, ''],
    ]);
  });
});

describe('composeAgenda: AU’s treatment', () => {
  it('tallies current AU members’ votes of this round, with the recommendation', () => {
    const doc = composeAgenda(
      input({
        auMembers: [AU.nav, AU.ks, AU.brreg, AU.nav],
        votes: [
          vote('T-2025-01', AU.nav, 'agree'),
          agreeAndAsk('T-2025-01', AU.ks, 'oral-briefing', 'Hvor mange datasett gjenstår?'),
          vote('T-2025-01', 'former.member@example.no', 'disagree', 'Ikke medlem lenger.'),
          { ...vote('T-2025-01', AU.brreg, 'disagree', 'Forrige runde.'), roundId: '2026-Q3' },
        ],
        recommendations: [recommendation('T-2025-01', 'AU anbefaler at Skate tar statusen til orientering.')],
        reports: [report('T-2025-01', green())],
      }),
    );
    const entry = doc.auTreatment[0];
    expect(entry?.members).toBe(3);
    expect(entry?.recommendation).toEqual({
      source: 'typed',
      text: 'AU anbefaler at Skate tar statusen til orientering.',
    });
    expect(entry?.tally.counts).toEqual({ agree: 2, disagree: 0 });
    expect(entry?.tally.notVoted).toEqual([AU.brreg]);
    expect(entry?.tally.outcome).toBe('adopted');
    // One of two counted votes asks: at least half, so AU asks for the briefing.
    expect(entry?.tally.requests['oral-briefing']).toEqual({
      count: 1,
      asked: true,
      reasons: [{ voter: AU.ks, comment: 'Hvor mange datasett gjenstår?' }],
    });
  });

  it('falls back to the default draft, as data, when no recommendation was stored', () => {
    const doc = composeAgenda(input());
    expect(doc.auTreatment[0]?.recommendation).toEqual({
      source: 'default',
      initiativeId: 'T-2025-01',
      title: 'Felles datakatalog – videreutvikling og økt bruk',
      draft: { kind: 'missing-report' },
    });
  });
});

describe('composeAgenda: missing reports, final treatment and SDGs', () => {
  it('names the contact persons of initiatives without a submitted report (the address when unknown)', () => {
    const doc = composeAgenda(
      input({ initiatives: [{ ...A(), contacts: ['kristin.hovland@brreg.example.no', 'ukjent@example.no'] }] }),
    );
    expect(doc.missingReports).toEqual([
      {
        initiativeId: 'T-2025-01',
        title: 'Felles datakatalog – videreutvikling og økt bruk',
        owner: 'Brønnøysundregistrene',
        contacts: ['Kristin Hovland', 'ukjent@example.no'],
      },
    ]);
  });

  it('lists finished initiatives for final treatment, with each agency’s latest written feedback', () => {
    const at = (day: string) => `2026-11-${day}T10:00:00.000Z`;
    const feedback = (organisationId: string | null, text: string, day: string) => ({
      initiativeId: 'T-2024-06',
      author: 'kari.nordmann@digdir.example.no',
      organisationId,
      text,
      at: at(day),
    });
    const doc = composeAgenda(
      input({
        initiatives: [A(), INITIATIVES.arkiv()],
        finalTreatments: [
          {
            initiativeId: 'T-2024-06',
            state: 'feedback',
            requestedBy: 'ole.mathisen@arkivverket.example.no',
            requestedAt: at('10'),
            confirmedBy: 'ingrid.haugland@digdir.example.no',
            confirmedAt: at('11'),
            feedbackDeadline: '2026-11-25',
            decisionId: null,
          },
        ],
        finalFeedback: [
          feedback('digdir', 'Først.', '12'),
          feedback('ks', 'Fra KS.', '13'),
          feedback('digdir', 'Rettet.', '14'),
        ],
      }),
    );
    expect(doc.finalTreatment).toEqual([
      {
        initiativeId: 'T-2024-06',
        title: 'Felles løsning for digital arkivering og bevaring',
        owner: 'Arkivverket',
        agreedResult: 'Statlige virksomheter kan avlevere digitalt arkiv gjennom en felles, selvbetjent tjeneste.',
        feedbackDeadline: '2026-11-25',
        feedback: [
          { from: 'KS', text: 'Fra KS.' },
          { from: 'Digitaliseringsdirektoratet', text: 'Rettet.' },
        ],
      },
    ]);
    // Finished: never missing, whatever the report.
    expect(doc.missingReports.map((m) => m.initiativeId)).not.toContain('T-2024-06');
  });

  it('counts SDGs over the reports, the initiative’s own when the report is missing; most first, then by number', () => {
    const doc = composeAgenda(
      input({
        reports: [
          report('T-2025-01', green({ sdgs: [17, 9, 9] })),
          report('T-2025-04', green({ sdgs: [] })),
          report('T-2026-01', green({ sdgs: [1] }), { state: 'draft' }),
        ],
      }),
    );
    // T-2025-01 reports 9 and 17; T-2025-04 reports none; T-2026-01 is missing, so its own 4, 8, 10.
    expect(doc.sdgs).toEqual([
      { sdg: 4, count: 1 },
      { sdg: 8, count: 1 },
      { sdg: 9, count: 1 },
      { sdg: 10, count: 1 },
      { sdg: 17, count: 1 },
    ]);
    const twice = composeAgenda(
      input({ reports: [report('T-2025-01', green({ sdgs: [16] })), report('T-2025-04', green({ sdgs: [16, 9] }))] }),
    );
    expect(twice.sdgs).toEqual([
      { sdg: 16, count: 2 },
      { sdg: 4, count: 1 },
      { sdg: 8, count: 1 },
      { sdg: 9, count: 1 },
      { sdg: 10, count: 1 },
    ]);
  });
});

describe('composeAgenda: the proposed decision', () => {
  const system = storedDefault;

  it('has a point only for deviations, missing reports, final treatment, separate items, attention and edits', () => {
    const plain = report('T-2025-01', green());
    const kompetanse = INITIATIVES.kompetanse();
    const attention = report(kompetanse.id, green({ asksSkateAttention: true }));
    const red = report('T-2025-04', green({ cost: 'red', forecastCostNok: 40_000_000, correctiveActions: 'Kutt.' }));
    const arkiv = INITIATIVES.arkiv();
    const finished = report(arkiv.id, green());
    const sykeBarn = INITIATIVES.sykeBarn();
    const separate = report(sykeBarn.id, green());
    const frivillige = INITIATIVES.frivillige();
    const edited = report(frivillige.id, green());
    const doc = composeAgenda(
      input({
        initiatives: [A(), B(), C(), kompetanse, arkiv, sykeBarn, frivillige],
        reports: [plain, attention, red, finished, separate, edited],
        votes: [
          ...allAgree(sykeBarn.id).slice(1),
          agreeAndAsk(sykeBarn.id, AU.nav, 'separate-item', 'Egen sak.'),
          agreeAndAsk(sykeBarn.id, AU.ks, 'separate-item', 'Egen sak, også.'),
          agreeAndAsk(sykeBarn.id, AU.brreg, 'separate-item', 'Tre av fem ber om det.'),
          ...[A(), kompetanse, B(), arkiv, frivillige].flatMap((i) => allAgree(i.id)),
        ],
        recommendations: [
          system(A(), plain),
          system(kompetanse, attention),
          system(B(), red),
          system(arkiv, finished),
          system(sykeBarn, separate),
          recommendation(frivillige.id, 'AU anbefaler at Skate ber Brreg involvere kommunene.'),
        ],
      }),
    );
    expect(doc.proposedDecision.points.map((p) => [p.initiativeId, p.kind, p.source])).toEqual([
      ['T-2024-06', 'recommendation', 'au'], // finished
      ['T-2025-03', 'separate-item', 'au'], // AU asks for a separate item
      ['T-2025-04', 'recommendation', 'au'], // red
      ['T-2026-01', 'recommendation', 'undecided'], // missing, and nobody voted
      ['T-2026-02', 'recommendation', 'au'], // asks for attention
      ['T-2026-03', 'recommendation', 'au'], // edited by the secretariat
    ]);
    expect(doc.proposedDecision.points.at(-1)?.content).toEqual({
      source: 'typed',
      text: 'AU anbefaler at Skate ber Brreg involvere kommunene.',
    });
    const red2 = doc.proposedDecision.points[2]?.content;
    expect(red2 && recommendationText(red2, 'nb')).toContain('merker seg vesentlig avvik på kostnad');
  });

  it('takes only an adopted recommendation as AU’s; the secretariat’s decision settles the others', () => {
    const red = report('T-2025-04', green({ cost: 'red', forecastCostNok: 40_000_000, correctiveActions: 'Kutt.' }));
    const base = {
      initiatives: [B()],
      reports: [red],
      recommendations: [system(B(), red)],
    };
    const rejected = [
      vote('T-2025-04', AU.nav, 'agree'),
      vote('T-2025-04', AU.ks, 'disagree', 'Nei.'),
      vote('T-2025-04', AU.brreg, 'disagree', 'Nei.'),
    ];
    const decided = (disposition: 'secretariat-proposal' | 'withdrawn') => [
      { roundId: '2026-Q4', initiativeId: 'T-2025-04', disposition, decidedBy: 'x', at: '2026-12-04T08:00:00.000Z' },
    ];
    const undecided = composeAgenda(input({ ...base, votes: rejected }));
    expect(undecided.proposedDecision.points.map((p) => [p.source, p.vote.outcome])).toEqual([
      ['undecided', 'rejected'],
    ]);
    const own = composeAgenda(input({ ...base, votes: rejected, pointDecisions: decided('secretariat-proposal') }));
    expect(own.proposedDecision.points.map((p) => p.source)).toEqual(['secretariat']);
    const withdrawn = composeAgenda(input({ ...base, votes: rejected, pointDecisions: decided('withdrawn') }));
    expect(withdrawn.proposedDecision).toEqual({
      points: [],
      withdrawn: [
        {
          initiativeId: 'T-2025-04',
          title: 'Deling av data – felles API-katalog og tilgangsstyring',
          vote: { outcome: 'rejected', agree: 1, disagree: 2, counted: 3, needed: 3, members: 5 },
        },
      ],
    });
    // Once AU adopts it, an earlier decision of the secretariat no longer matters.
    const adopted = composeAgenda(
      input({ ...base, votes: allAgree('T-2025-04'), pointDecisions: decided('withdrawn') }),
    );
    expect(adopted.proposedDecision.points.map((p) => p.source)).toEqual(['au']);
  });

  it('knows an edit from the stored flag, not by comparing words with the catalogue', () => {
    const r = report('T-2025-01', green());
    const asDefault = defaultRecommendation(A(), r);
    const wording = recommendationText(asDefault, 'nb');
    // A stored default is no edit even when the catalogue's wording has changed since it was posted.
    const stale = composeAgenda(
      input({
        initiatives: [A()],
        reports: [r],
        recommendations: [{ ...storedDefault(A(), r), text: 'Gammel ordlyd.' }],
      }),
    );
    expect(stale.proposedDecision).toEqual({ points: [], withdrawn: [] });
    expect(stale.auTreatment[0]?.recommendation).toEqual(asDefault);
    // Text the secretariat typed is an edit even when it repeats the default's words.
    const typed = composeAgenda(
      input({ initiatives: [A()], reports: [r], recommendations: [recommendation('T-2025-01', wording)] }),
    );
    expect(typed.proposedDecision.points.map((p) => [p.initiativeId, p.content])).toEqual([
      ['T-2025-01', { source: 'typed', text: wording }],
    ]);
  });

  it('words a default nobody has voted on from the report as it stands, in the reader’s language', () => {
    const late = report('T-2025-01', green());
    // The review stored the default (no code yet) while the report was missing; the report came in later.
    const posted = { ...storedDefault(A(), null), draft: null };
    const doc = composeAgenda({
      ...input({ initiatives: [A()], reports: [late], recommendations: [posted] }),
      locale: 'en',
    });
    const au = doc.auTreatment[0]?.recommendation;
    expect(au).toEqual(defaultRecommendation(A(), late));
    expect(au && recommendationText(au, 'en')).toBe(
      'Skate takes note of the status of T-2025-01 Felles datakatalog – videreutvikling og økt bruk.',
    );
  });

  it('keeps the default AU voted on when a report comes in late: a vote is on the words it saw', () => {
    const late = report('T-2025-01', green());
    const frozen = storedDefault(A(), null);
    const doc = composeAgenda(input({ initiatives: [A()], reports: [late], recommendations: [frozen] }));
    expect(doc.auTreatment[0]?.recommendation).toEqual(defaultRecommendation(A(), null));
  });
});

describe('composeAgenda: the appendix', () => {
  it('names focus area and life events in the document’s language, and has no report when it is missing', () => {
    const doc = composeAgenda({
      ...input({ reports: [report('T-2026-01', green({ sdgs: [10, 4, 8] }))] }),
      locale: 'nn',
    });
    expect(doc.appendix[0]).toEqual({
      initiativeId: 'T-2025-01',
      title: 'Felles datakatalog – videreutvikling og økt bruk',
      owner: 'Brønnøysundregistrene',
      focusArea: 'Auka deling av data og verdiskaping',
      lifeEvents: [],
      phase: 'execution',
      agreedResult:
        'Alle statlige virksomheter i Skate har beskrevet sine viktigste datasett og API-er i Felles datakatalog.',
      agreedCompletionDate: '2027-06-30',
      agreedCostNok: 38_000_000,
      report: null,
    });
    expect(doc.appendix[2]?.lifeEvents).toEqual(['Miste og finne jobb']);
    expect(doc.appendix[2]?.report).toEqual(
      expect.objectContaining({ overall: 'green', sdgs: [4, 8, 10], progress: 'Som planlagt.' }),
    );
  });

  it('shows an unknown owner organisation by its id', () => {
    const doc = composeAgenda(input({ initiatives: [{ ...A(), ownerOrganisationId: 'nyetat' }] }));
    expect(doc.appendix[0]?.owner).toBe('nyetat');
  });
});

describe('composeAgenda is pure', () => {
  it('gives the same document for the same input and leaves the input untouched', () => {
    const given = handMadeCase('red-deviations');
    const before = JSON.stringify(given);
    const first = composeAgenda(given);
    expect(JSON.stringify(given)).toBe(before);
    expect(composeAgenda(handMadeCase('red-deviations'))).toEqual(first);
  });

  it('does not depend on the order of its input lists', () => {
    const given = handMadeCase('missing-and-separate-item');
    const reversed: AgendaInput = {
      ...given,
      initiatives: [...given.initiatives].reverse(),
      reports: [...given.reports].reverse(),
      organisations: [...given.organisations].reverse(),
      people: [...given.people].reverse(),
      recommendations: [...given.recommendations].reverse(),
    };
    expect(composeAgenda(reversed)).toEqual(composeAgenda(given));
  });
});
