/**
 * Demo initiatives (tiltak) on the themes of the strategy and the seeds. Ids,
 * agreed dates and the delegation are placed relative to the demo's `now`, so
 * the data looks current whenever it is built.
 */
import { addDays } from '../../domain/calendar';
import type { Initiative, IsoDate } from '../../domain/model';

/** The dates the initiatives are placed around. */
export interface InitiativeClock {
  /** Oslo date of `now`. */
  today: IsoDate;
  /** Oslo year of `now`. */
  year: number;
  /** Year of the previous quarter: the newest initiatives are registered in it. */
  registrationYear: number;
  /** Agreed (and actual) completion date of the finished initiative, inside the previous quarter. */
  finishedOn: IsoDate;
}

const MNOK = 1_000_000;

/** The id of the demo initiative number `n` registered `yearsBack` years before `registrationYear`. */
export function demoInitiativeId(registrationYear: number, yearsBack: number, n: number): string {
  return `T-${registrationYear - yearsBack}-${String(n).padStart(2, '0')}`;
}

type Defaults = Pick<Initiative, 'delegations' | 'acceptance' | 'phase' | 'track' | 'lifeEvents'>;
type Row = Partial<Defaults> & Omit<Initiative, keyof Defaults>;

/** Fresh defaults per initiative, so no two initiatives share an array. */
function withDefaults(row: Row): Initiative {
  return { delegations: [], acceptance: 'accepted', phase: 'execution', track: 'skate', lifeEvents: [], ...row };
}

/** The demo initiatives for `clock`; ids are `T-YYYY-NN` over the last three registration years. */
export function demoInitiatives(clock: InitiativeClock): Initiative[] {
  const y = clock.year;
  const id = (yearsBack: number, n: number): string => demoInitiativeId(clock.registrationYear, yearsBack, n);
  const rows: Row[] = [
    {
      id: id(2, 1),
      title: 'Felles datakatalog – videreutvikling og økt bruk',
      description:
        'Videreutvikle Felles datakatalog slik at den kan brukes etter intensjonene: oversikt over datasett, begreper, API-er og informasjonsmodeller i offentlig sektor.',
      ownerOrganisationId: 'brreg',
      contacts: ['kristin.hovland@example.no'],
      focusArea: 'deling-av-data',
      sdgs: [9, 16, 17],
      agreedResult:
        'Alle statlige virksomheter i Skate har beskrevet sine viktigste datasett og API-er i Felles datakatalog, og katalogen har søk på tvers av datasett, begreper og informasjonsmodeller.',
      agreedCompletionDate: `${y + 1}-06-30`,
      agreedCostNok: 38 * MNOK,
      toleranceDays: 60,
      tolerancePercent: 15,
    },
    {
      id: id(2, 2),
      title: 'Datafabrikken',
      description:
        'Etablere Datafabrikken som arena og tjeneste for deling og viderebruk av data mellom offentlig og privat sektor.',
      ownerOrganisationId: 'digdir',
      contacts: ['sindre.aune@example.no'],
      focusArea: 'privat-sektor',
      sdgs: [8, 9, 17],
      agreedResult:
        'Datafabrikken er i drift med veiledning, sandkasse og minst 40 nye datasett delt fra offentlige og private virksomheter.',
      agreedCompletionDate: `${y}-12-31`,
      agreedCostNok: 52 * MNOK,
      toleranceDays: 60,
      tolerancePercent: 15,
    },
    {
      id: id(2, 3),
      title: 'Livshendelsen «Alvorlig sykt barn»',
      description: 'Sammenhengende tjenester for familier med alvorlig syke barn, på tvers av helse, NAV og kommunene.',
      ownerOrganisationId: 'hdir',
      contacts: ['hanne.moen@example.no', 'bjorn.saether@example.no'],
      lifeEvents: ['alvorlig-sykt-barn'],
      focusArea: 'sammenhengende-tjenester',
      sdgs: [3, 10],
      agreedResult:
        'Foreldre får én digital oversikt over rettigheter, avtaler og kontaktpersoner, og søknad om pleiepenger forhåndsutfylles med data fra helsesektoren.',
      agreedCompletionDate: `${y + 1}-03-31`,
      agreedCostNok: 64 * MNOK,
      toleranceDays: 90,
      tolerancePercent: 15,
    },
    {
      id: id(2, 4),
      title: 'Livshendelsen «Miste og finne jobb»',
      description: 'Sammenhengende tjenester for arbeidssøkere, fra oppsigelse til ny jobb eller kvalifisering.',
      ownerOrganisationId: 'nav',
      contacts: ['linn.halvorsen@example.no'],
      delegations: [
        {
          from: 'linn.halvorsen@example.no',
          to: 'kjetil.odegard@example.no',
          fromDate: addDays(clock.today, -7),
          toDate: addDays(clock.today, 21),
        },
      ],
      lifeEvents: ['miste-og-finne-jobb'],
      focusArea: 'sammenhengende-tjenester',
      sdgs: [4, 8, 10],
      agreedResult:
        'Arbeidssøkere får en samlet digital tjeneste for registrering, dagpenger, kompetansekartlegging og jobbsøk, med data fra Aa-registeret og utdanningsregistrene.',
      agreedCompletionDate: `${y + 1}-12-31`,
      agreedCostNok: 120 * MNOK,
      toleranceDays: 60,
      tolerancePercent: 10,
    },
    {
      id: id(2, 5),
      title: 'Livshendelsen «Ny i Norge»',
      description: 'Sammenhengende tjenester for arbeidsinnvandrere og deres familier de første månedene i Norge.',
      ownerOrganisationId: 'udi',
      contacts: ['lukas.weber@example.no', 'sofie.karlsen@example.no'],
      lifeEvents: ['ny-i-norge'],
      focusArea: 'sammenhengende-tjenester',
      sdgs: [4, 10, 16],
      agreedResult:
        'Én felles digital inngang for oppholdstillatelse, personnummer, skattekort og registrering i Folkeregisteret, med veiledning på norsk og engelsk.',
      agreedCompletionDate: `${y + 1}-06-30`,
      agreedCostNok: 45 * MNOK,
      toleranceDays: 60,
      tolerancePercent: 15,
    },
    {
      id: id(2, 6),
      title: 'Felles løsning for digital arkivering og bevaring',
      description:
        'Felles tjeneste for avlevering og langtidsbevaring av digitalt skapt arkiv fra statlige virksomheter.',
      ownerOrganisationId: 'arkivverket',
      contacts: ['ole.mathisen@example.no'],
      focusArea: 'okosystem',
      sdgs: [16],
      agreedResult:
        'Statlige virksomheter kan avlevere digitalt arkiv gjennom en felles, selvbetjent tjeneste, og avlevert materiale er søkbart for innsyn.',
      agreedCompletionDate: clock.finishedOn,
      agreedCostNok: 27 * MNOK,
      toleranceDays: 30,
      tolerancePercent: 10,
      phase: 'finished',
    },
    {
      id: id(1, 1),
      title: 'eID og fullmakter for innbyggere og næringsliv',
      description:
        'Felles løsning for å gi, forvalte og bruke fullmakter på tvers av offentlige tjenester, basert på ID-porten og Altinn.',
      ownerOrganisationId: 'digdir',
      contacts: ['maria.lie@example.no', 'oyvind.rasmussen@example.no'],
      lifeEvents: ['dodsfall-og-arv', 'starte-og-drive-bedrift'],
      focusArea: 'okosystem',
      sdgs: [10, 16],
      agreedResult:
        'Innbyggere kan gi fullmakt til pårørende og rådgivere i én felles løsning som minst ti offentlige tjenester tar i bruk.',
      agreedCompletionDate: `${y + 2}-06-30`,
      agreedCostNok: 85 * MNOK,
      toleranceDays: 90,
      tolerancePercent: 20,
    },
    {
      id: id(1, 2),
      title: 'Deling av data – felles API-katalog og tilgangsstyring',
      description:
        'Felles beskrivelse av og tilgangsstyring til offentlige API-er, slik at data kan deles sikkert fra kilden.',
      ownerOrganisationId: 'skatteetaten',
      contacts: ['henrik.aasen@example.no'],
      focusArea: 'deling-av-data',
      sdgs: [9, 16],
      agreedResult:
        'Minst 30 offentlige API-er er beskrevet i felles API-katalog med standardisert tilgangsstyring gjennom Maskinporten.',
      agreedCompletionDate: `${y + 1}-03-31`,
      agreedCostNok: 30 * MNOK,
      toleranceDays: 45,
      tolerancePercent: 10,
    },
    {
      id: id(1, 3),
      title: 'Digitaliseringsvennlig regelverk for byggesak',
      description:
        'Gjennomgang av plan- og bygningsregelverket slik at byggesaker kan behandles digitalt og automatisk der det er mulig.',
      ownerOrganisationId: 'dibk',
      contacts: ['torstein.rudi@example.no'],
      focusArea: 'regelverk',
      sdgs: [9, 11],
      agreedResult:
        'Forslag til endringer i byggesaksforskriften med presise, maskinlesbare krav er sendt på høring, og veileder for digitaliseringsvennlig regelverk er tatt i bruk.',
      agreedCompletionDate: `${y + 1}-12-31`,
      agreedCostNok: 12 * MNOK,
      toleranceDays: 60,
      tolerancePercent: 20,
      phase: 'planning',
    },
    {
      id: id(1, 4),
      title: 'Strategi for digital kompetanse i offentlig sektor',
      description:
        'Felles strategi og tiltak for å styrke digital kompetanse hos ledere og medarbeidere i stat og kommune.',
      ownerOrganisationId: 'ks',
      contacts: ['silje.eide@example.no'],
      focusArea: 'digital-kompetanse',
      sdgs: [4, 8],
      agreedResult:
        'Strategien er vedtatt, og et obligatorisk e-læringskurs i digitaliseringsvennlig regelverk er tilgjengelig for alle som arbeider med regelverk.',
      agreedCompletionDate: `${y + 1}-06-30`,
      agreedCostNok: 8 * MNOK,
      toleranceDays: 30,
      tolerancePercent: 20,
    },
    {
      id: id(1, 5),
      title: 'Livshendelsen «Dødsfall og arv»',
      description: 'Sammenhengende tjenester for etterlatte, fra dødsfall til skifte av dødsboet.',
      ownerOrganisationId: 'skatteetaten',
      contacts: ['nina.fossum@example.no', 'henrik.aasen@example.no'],
      lifeEvents: ['dodsfall-og-arv'],
      focusArea: 'sammenhengende-tjenester',
      sdgs: [16],
      agreedResult:
        'Etterlatte får en samlet oversikt over avdødes formue, gjeld og avtaler, og kan melde privat skifte digitalt.',
      agreedCompletionDate: `${y + 2}-03-31`,
      agreedCostNok: 40 * MNOK,
      toleranceDays: 90,
      tolerancePercent: 15,
    },
    {
      id: id(0, 1),
      title: 'Altinn – overgang til nye fellesløsninger',
      description:
        'Flytte tjenesteeiernes skjemaer og meldinger til ny plattform for Altinn, og avvikle den gamle plattformen.',
      ownerOrganisationId: 'digdir',
      contacts: ['oyvind.rasmussen@example.no'],
      lifeEvents: ['starte-og-drive-bedrift', 'konkurs'],
      focusArea: 'okosystem',
      sdgs: [8, 9],
      agreedResult: 'Alle tjenester er flyttet til den nye plattformen, og den gamle plattformen er avviklet.',
      agreedCompletionDate: `${y + 2}-12-31`,
      agreedCostNok: 150 * MNOK,
      toleranceDays: 90,
      tolerancePercent: 20,
    },
    {
      id: id(0, 2),
      title: 'Nasjonal arkitektur for sammenhengende tjenester',
      description:
        'Felles arkitekturprinsipper og referansearkitekturer for sammenhengende tjenester på tvers av sektorer.',
      ownerOrganisationId: 'digdir',
      contacts: ['camilla.dahl@example.no'],
      focusArea: 'okosystem',
      sdgs: [9, 16, 17],
      agreedResult:
        'Oppdaterte arkitekturprinsipper og tre referansearkitekturer er publisert og brukt i minst to livshendelser.',
      agreedCompletionDate: `${y + 1}-12-31`,
      agreedCostNok: 15 * MNOK,
      toleranceDays: 60,
      tolerancePercent: 15,
      phase: 'planning',
      track: 'line',
    },
    {
      id: id(0, 3),
      title: 'Sikker digital samhandling i helsesektoren',
      description:
        'Felles sikkerhetsarkitektur og tillitsmodell for deling av helseopplysninger mellom kommuner, sykehus og fastleger.',
      ownerOrganisationId: 'ehelse',
      contacts: ['amir.haddad@example.no'],
      lifeEvents: ['alvorlig-sykt-barn'],
      focusArea: 'digital-sikkerhet',
      sdgs: [3, 16],
      agreedResult:
        'Felles tillitsmodell og sikkerhetsarkitektur er fastsatt, og de nasjonale samhandlingsløsningene oppfyller kravene.',
      agreedCompletionDate: `${y + 1}-09-30`,
      agreedCostNok: 22 * MNOK,
      toleranceDays: 60,
      tolerancePercent: 10,
      phase: 'planning',
    },
    {
      id: id(0, 4),
      title: 'Sammenhengende tjenester for frivillige organisasjoner',
      description:
        'Enklere registrering, rapportering og søknad om tilskudd for frivillige organisasjoner, med data fra Frivillighetsregisteret.',
      ownerOrganisationId: 'brreg',
      contacts: ['erik.nygard@example.no'],
      lifeEvents: ['starte-og-drive-frivillig-organisasjon'],
      focusArea: 'sammenhengende-tjenester',
      sdgs: [16, 17],
      agreedResult:
        'Frivillige organisasjoner kan registrere seg, endre styre og søke momskompensasjon i én sammenhengende tjeneste.',
      agreedCompletionDate: `${y + 2}-06-30`,
      agreedCostNok: 18 * MNOK,
      toleranceDays: 60,
      tolerancePercent: 15,
      phase: 'concept',
      acceptance: 'proposed',
    },
  ];
  return rows.map(withDefaults);
}
