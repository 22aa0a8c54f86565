/**
 * What the owners reported in the demo's past round, and the secretariat's
 * draft recommendations. Lights follow from the forecast: schedule and cost are
 * green on plan, yellow within the initiative's tolerance, red beyond it.
 */
import type { Email, Light } from '../../domain/model';

/** An initiative of the demo, as `[yearsBack, n]` (see `demoInitiativeId`). */
export type Slot = readonly [yearsBack: number, n: number];

/** One owner's report in the past round. */
export interface ReportSpec {
  slot: Slot;
  author: Email;
  /** Saves before submission, counting the submission. */
  version: number;
  /** Business days after the round opened that the report was submitted; under 15, the days to the deadline. */
  submittedAfterDays: number;
  overall: Light;
  result: Light;
  schedule: Light;
  cost: Light;
  /** Forecast completion date minus agreed date, in days. */
  delayDays: number;
  /** Forecast cost over agreed cost, in per cent. */
  overrunPercent: number;
  progress: string;
  deviations: string;
  correctiveActions: string;
  asksSkateAttention: boolean;
  /** The secretariat's draft; null means the standard text for the overall light. */
  recommendation: string | null;
}

/** The initiative that did not report in the past round. */
export const MISSING_REPORT: Slot = [1, 3];

const green = { overall: 'green', result: 'green', schedule: 'green', cost: 'green' } as const;
const onPlan = { delayDays: 0, overrunPercent: 0, deviations: '', correctiveActions: '', asksSkateAttention: false };

/** The reports of the past round. */
export const REPORT_SPECS: readonly ReportSpec[] = [
  {
    slot: [2, 1],
    author: 'kristin.hovland@example.no',
    version: 1,
    submittedAfterDays: 6,
    ...green,
    ...onPlan,
    progress:
      'Søk på tvers av datasett, begreper og informasjonsmodeller er lansert. 11 av 15 Skate-virksomheter har nå beskrevet sine viktigste datasett.',
    recommendation: null,
  },
  {
    slot: [2, 2],
    author: 'sindre.aune@example.no',
    version: 2,
    submittedAfterDays: 12,
    overall: 'yellow',
    result: 'yellow',
    schedule: 'yellow',
    cost: 'green',
    delayDays: 45,
    overrunPercent: 0,
    progress:
      'Sandkassen er tatt i bruk av fire virksomheter. 22 nye datasett er delt, hvorav fem fra private aktører.',
    deviations:
      'Færre private virksomheter deler data enn forutsatt. Målet om 40 nye datasett nås trolig halvannen måned etter avtalt tid.',
    correctiveActions: '',
    asksSkateAttention: false,
    recommendation: 'Skate ber Digdir orientere AU om tiltak for å øke deltakelsen fra næringslivet i Datafabrikken.',
  },
  {
    slot: [2, 3],
    author: 'hanne.moen@example.no',
    version: 3,
    submittedAfterDays: 14,
    overall: 'red',
    result: 'yellow',
    schedule: 'red',
    cost: 'yellow',
    delayDays: 150,
    overrunPercent: 8,
    progress:
      'Felles oversikt over rettigheter er i pilot i to helseforetak. Avtale om deling av data med NAV for forhåndsutfylling av pleiepenger er ikke på plass.',
    deviations:
      'Avklaringen av hjemmel for deling av helseopplysninger med NAV har tatt lengre tid enn planlagt. Ferdigdato forskyves om lag fem måneder.',
    correctiveActions:
      'Helsedirektoratet og NAV etablerer en felles juridisk arbeidsgruppe, og leveransene deles i to: oversiktstjenesten settes i produksjon først, forhåndsutfyllingen når hjemmel er avklart. Revidert plan legges fram for AU.',
    asksSkateAttention: true,
    recommendation:
      'Skate ber Helsedirektoratet legge fram revidert plan med nye milepæler, og ber Skate-virksomhetene bidra til å avklare hjemmel for deling av helseopplysninger.',
  },
  {
    slot: [2, 4],
    author: 'linn.halvorsen@example.no',
    version: 1,
    submittedAfterDays: 4,
    overall: 'green',
    result: 'green',
    schedule: 'green',
    cost: 'yellow',
    delayDays: 0,
    overrunPercent: 5,
    progress:
      'Ny registrering for arbeidssøkere er i produksjon. Kompetansekartlegging med data fra utdanningsregistrene testes med 500 brukere.',
    deviations: 'Kostnaden til integrasjon mot utdanningsregistrene er om lag fem prosent høyere enn estimert.',
    correctiveActions: '',
    asksSkateAttention: false,
    recommendation: null,
  },
  {
    slot: [2, 5],
    author: 'lukas.weber@example.no',
    version: 1,
    submittedAfterDays: 9,
    overall: 'yellow',
    result: 'green',
    schedule: 'yellow',
    cost: 'green',
    delayDays: 30,
    overrunPercent: 0,
    progress: 'Felles inngang er lansert på norsk og engelsk. Bestilling av skattekort er integrert.',
    deviations:
      'Integrasjonen mot Folkeregisteret er forsinket med om lag en måned på grunn av avhengighet til ny versjon av tjenesten.',
    correctiveActions: '',
    asksSkateAttention: false,
    recommendation: null,
  },
  {
    slot: [2, 6],
    author: 'ole.mathisen@example.no',
    version: 1,
    submittedAfterDays: 3,
    ...green,
    ...onPlan,
    progress:
      'Tiltaket er fullført innen avtalt tid og kostnad. 14 statlige virksomheter har avlevert gjennom den nye tjenesten, og avlevert materiale er søkbart.',
    // Finished: the default is the final-treatment point, which says the same in every language.
    recommendation: null,
  },
  {
    slot: [1, 1],
    author: 'maria.lie@example.no',
    version: 2,
    submittedAfterDays: 10,
    ...green,
    ...onPlan,
    progress:
      'Fullmakt til pårørende er i produksjon for tre tjenester. Fire nye tjenester er i gang med å ta løsningen i bruk.',
    recommendation: null,
  },
  {
    slot: [1, 2],
    author: 'henrik.aasen@example.no',
    version: 2,
    submittedAfterDays: 13,
    overall: 'red',
    result: 'green',
    schedule: 'yellow',
    cost: 'red',
    delayDays: 20,
    overrunPercent: 25,
    progress: '18 API-er er beskrevet i felles API-katalog. Tilgangsstyring gjennom Maskinporten er standardisert.',
    deviations:
      'Tilpasning av eldre API-er hos dataeierne er mer omfattende enn antatt. Prognosen for kostnad er 25 prosent over avtalt ramme.',
    correctiveActions:
      'Skatteetaten prioriterer de 30 mest brukte API-ene og utsetter resten til en ny fase. Revidert kostnadsestimat legges fram for AU.',
    asksSkateAttention: true,
    recommendation:
      'Skate ber Skatteetaten avgrense første leveranse slik at kostnaden holdes innenfor toleransen, og legge fram revidert kostnadsestimat.',
  },
  {
    slot: [1, 4],
    author: 'silje.eide@example.no',
    version: 1,
    submittedAfterDays: 7,
    ...green,
    ...onPlan,
    progress: 'Utkast til strategi er på høring i kommunene. E-læringskurset er testet med tre departementer.',
    recommendation: null,
  },
  {
    slot: [1, 5],
    author: 'nina.fossum@example.no',
    version: 1,
    submittedAfterDays: 11,
    overall: 'yellow',
    result: 'yellow',
    schedule: 'green',
    cost: 'green',
    delayDays: 0,
    overrunPercent: 0,
    progress: 'Samlet oversikt over avdødes formue og gjeld er i produksjon for banker og Skatteetatens egne data.',
    deviations:
      'Opplysninger om avtaler fra forsikringsselskapene kommer ikke med i første versjon; avtale med bransjen gjenstår.',
    correctiveActions: '',
    asksSkateAttention: false,
    recommendation: null,
  },
  {
    slot: [0, 1],
    author: 'oyvind.rasmussen@example.no',
    version: 1,
    submittedAfterDays: 8,
    overall: 'green',
    result: 'green',
    schedule: 'green',
    cost: 'yellow',
    delayDays: 0,
    overrunPercent: 10,
    progress: '60 prosent av tjenestene er flyttet til ny plattform. Avviklingsplan for gammel plattform er vedtatt.',
    deviations: 'Økt bruk av eksterne konsulenter gir en kostnadsprognose om lag ti prosent over avtalt ramme.',
    correctiveActions: '',
    asksSkateAttention: false,
    recommendation: null,
  },
  {
    slot: [0, 3],
    author: 'amir.haddad@example.no',
    version: 1,
    submittedAfterDays: 5,
    ...green,
    ...onPlan,
    progress:
      'Tillitsmodellen er på høring i sektoren. Risikovurdering av de nasjonale samhandlingsløsningene er gjennomført.',
    recommendation: null,
  },
];
