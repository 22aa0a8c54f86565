import type { ErrorCode, ErrorParams } from '../domain/errors';
import type { ImportIssueCode } from '../domain/import-issues';
import { formatDate } from './format';

/** The compiled paper's formats, as a sentence names them. */
const FORMAT_NAMES: Record<string, string> = {
  docx: 'Word-dokumentet',
  png: 'Varmekartet',
  md: 'Markdown-utgaven',
  html: 'Nettsiden',
};
type Params = ErrorParams;
/** A date parameter (ISO) as this language writes it. */
const fd = (d: string | number | undefined): string =>
  typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDate(d, 'nb') : String(d ?? '');
type Msg = (p: Params) => string;

/**
 * The message catalogue in Norwegian bokmål: the source of truth. nn.ts and
 * en.ts must have exactly the same shape (`satisfies Messages`).
 */
const roundStates = {
  planned: 'Planlagt',
  open: 'Åpen for rapportering',
  'in-review': 'Til behandling i AU',
  compiled: 'Samlesak sammenstilt',
  closed: 'Avsluttet',
};

/** A round state's name; the raw value when unknown, so a message never breaks. */
const stateName = (state: string | number | undefined): string =>
  roundStates[state as keyof typeof roundStates] ?? String(state);

/** «grønn for 3 tiltak, gul for 1 og rød for 2»: the non-zero counts, with the noun after the first only. */
const series = (items: [number, string][], noun: string, and: string): string => {
  const words = items.filter(([n]) => n > 0).map(([n, w], i) => (i === 0 ? `${w} for ${n} ${noun}` : `${w} for ${n}`));
  const last = words.pop() ?? '';
  return words.length > 0 ? `${words.join(', ')} ${and} ${last}` : last;
};

/** The traffic lights' names. */
const lights = { green: 'Grønn', yellow: 'Gul', red: 'Rød' };

/** A light's name in lower case for mid-sentence, from an error parameter; the raw value when unknown. */
const lightWord = (light: string | number | undefined): string =>
  lights[light as keyof typeof lights]?.toLowerCase() ?? String(light ?? '');

export const nb = {
  languageName: 'norsk bokmål',
  lights,
  lightDimensions: { overall: 'Samlet', result: 'Resultat', schedule: 'Ferdigdato', cost: 'Kostnad' },
  roundStates,
  reportStates: { missing: 'Mangler', draft: 'Utkast', submitted: 'Levert' },
  phases: {
    concept: 'Konsept',
    planning: 'Planlegging',
    execution: 'Gjennomføring',
    finished: 'Ferdig',
    'final-treatment-done': 'Sluttbehandlet',
  },
  acceptance: { proposed: 'Foreslått', accepted: 'Akseptert', declined: 'Avslått' },
  tracks: { skate: 'Skate/AU', line: 'Egen linje' },
  roles: {
    secretariat: 'Skatesekretariatet',
    au: 'AU-medlem',
    skate: 'Skate-medlem',
    owner: 'Tiltakseier',
    'strategy-owner': 'Strategieier',
  },
  forums: { skate: 'Skate', au: 'Skates arbeidsutvalg (AU)' },
  voteChoices: {
    agree: 'Enig',
    disagree: 'Uenig',
  },
  /** What a member may ask AU to ask for, apart from their vote (seed 004, 5.4 and 5.5). */
  auRequests: {
    'oral-briefing': 'Be om muntlig orientering fra tiltaket',
    'separate-item': 'Anbefale egen sak i Skate',
  },
  followUp: { followed: 'Fulgt', partly: 'Delvis fulgt', not: 'Ikke fulgt' },
  yes: 'Ja',
  no: 'Nei',
  none: '–',

  errors: {
    'REPORT.REQUIRED': () => 'Feltet må fylles ut.',
    'REPORT.TOO_LONG': (p) => `Teksten er for lang (høyst ${p.max} tegn).`,
    'REPORT.CORRECTIVE_ACTIONS_REQUIRED': () =>
      'Ved rødt lys på resultat, ferdigdato eller kostnad må du foreslå korreksjonstiltak.',
    'REPORT.FOLLOW_UP_REQUIRED': () => 'Du må svare på om Skates forrige beslutning er fulgt opp, med en kommentar.',
    'REPORT.FORECAST_BEFORE_QUARTER': (p) =>
      `Prognosert ferdigdato kan ikke være før kvartalet starter (${p.quarterStart}).`,
    'REPORT.NEGATIVE_COST': () => 'Kostnaden kan ikke være negativ.',
    'REPORT.INVALID_DATE': () => 'Ugyldig dato.',
    'REPORT.INVALID_NUMBER': () => 'Ugyldig tall.',
    'REPORT.INVALID_SDG': () => 'Bærekraftsmålene må være tall fra 1 til 17, uten gjentakelser.',
    'REPORT.OVERRIDE_REASON_REQUIRED': (p) =>
      `Du har valgt et annet lys enn det foreslåtte (${lightWord(p.suggested)}). Begrunn valget.`,
    'REPORT.INVALID_LIGHT': (p) => `«${p.value}» er ikke et lys. Velg grønn, gul eller rød.`,
    'REPORT.OVERALL_REASON_REQUIRED': (p) =>
      `Samlet status kan ikke være grønnere enn det dårligste av resultat, ferdigdato og kostnad (${lightWord(p.worst)}) uten en begrunnelse. Velg et annet lys, eller begrunn valget.`,
    'REPORT.ROUND_LOCKED': (p) => `Rapporteringsrunden ${p.round} er låst. Rapporten kan ikke lenger endres.`,
    'REPORT.ROUND_NOT_OPEN': (p) => `Rapporteringsrunden ${p.round} er ikke åpnet ennå.`,
    'REPORT.STALE_VERSION': () =>
      'Rapporten er endret etter at du åpnet skjemaet. Skjemaet er oppdatert med det siste; se over og send på nytt.',
    'REPORT.NOT_ACCEPTED': (p) => `Tiltaket ${p.initiative} er ikke akseptert av tiltakseier ennå.`,
    'REPORT.NOT_FOUND': (p) => `Fant ingen rapport for ${p.initiative} i ${p.round}.`,
    'ROUND.INVALID_TRANSITION': (p) =>
      `Runden ${p.round} kan ikke gå fra «${stateName(p.from)}» til «${stateName(p.to)}».`,
    'ROUND.NOT_FOUND': (p) => `Fant ingen rapporteringsrunde ${p.round}.`,
    'ROUND.ALREADY_EXISTS': (p) => `Rapporteringsrunden ${p.round} finnes allerede.`,
    'ROUND.INVALID_QUARTER': (p) => `«${p.value}» er ikke et kvartal. Skriv det som 2026-Q4.`,
    'ROUND.NO_SKATE_MEETING': (p) => `Møteplanen har ikke noe ledig Skate-møte for ${p.round}. Legg inn møtet først.`,
    'ROUND.DEADLINE_TOO_CLOSE': (p) =>
      `Fristen for ${p.round} ville vært ${fd(p.deadline)}, og det er for sent: eierne trenger minst ${p.lead} virkedager. ` +
      `Åpne runden med en senere frist: «runde åpne ${p.round} frist ${fd(p.earliest)}».`,
    'ROUND.TOO_LATE_FOR_MEETING': (p) =>
      `Det er for sent å åpne ${p.round}: med en frist tidligst ${fd(p.earliest)} blir ikke rapportene klare før Skate-møtet ${fd(p.skate)}. ` +
      (p.next ? `Åpne neste kvartal i stedet: «runde åpne ${p.next}».` : 'Legg inn et senere Skate-møte først.'),
    'ROUND.DEADLINE_NOT_BUSINESS_DAY': (p) =>
      `${fd(p.deadline)} er ikke en virkedag. Velg en virkedag fra ${fd(p.earliest)}.`,
    'ROUND.NO_AU_CHANNEL': () =>
      'AU-kanalen er ikke koblet til ennå, så AU kan ikke få sakene. Skriv «kanal au» i AU-kanalen først.',
    'ROUND.NONE': (p) =>
      (p.rounds
        ? `Ingen runde er åpen nå. Rundene som finnes: ${p.rounds}. Nevn den du mener, f.eks. «status ${String(p.rounds).split(', ').at(-1)}».`
        : 'Det finnes ingen rapporteringsrunder ennå.') +
      (p.suggestion ? ` En ny runde kan åpnes med «runde åpne ${p.suggestion}».` : ''),
    'AGENDA.RENDER_FAILED': () =>
      'Saksframlegget kunne ikke lages i noe format. Prøv igjen; skjer det igjen, se i loggen til boten.',
    'VOTE.COMMENT_REQUIRED': () => 'Skriv en kommentar når du er uenig.',
    'VOTE.JUSTIFICATION_REQUIRED': () =>
      'Begrunn ønsket: hva AU skal høre om i en muntlig orientering, eller hvorfor Skate bør behandle tiltaket som egen sak.',
    'VOTE.CLOSED': () => 'Avstemningen er lukket.',
    'VOTE.TOO_LONG': (p) => `Kommentaren er for lang (høyst ${p.max} tegn).`,
    'AUTH.NOT_OWNER': () => 'Bare tiltakseier eller en stedfortreder kan rapportere på dette tiltaket.',
    'AUTH.NOT_AU': () => 'Bare medlemmer av Skates arbeidsutvalg kan stemme.',
    'AUTH.NOT_SECRETARIAT': () => 'Bare Skatesekretariatet kan gjøre dette.',
    'AUTH.NOT_REVIEW_READER': () => 'Bare AU og Skatesekretariatet kan se AUs behandling av tiltakene.',
    'AUTH.NOT_AGENDA_READER': () => 'Bare Skate, AU, strategieier og Skatesekretariatet kan lese samlesaken.',
    'AUTH.UNKNOWN_PERSON': () =>
      'Jeg kjenner deg ikke igjen. Be Skatesekretariatet registrere e-postadressen din, så kan vi snakkes.',
    'INITIATIVE.NOT_FOUND': (p) => `Fant ikke tiltaket ${p.initiative}.`,
    'INITIATIVE.INVALID_ID': (p) => `«${p.value}» er ikke en tiltaks-ID. Skriv den som T-2026-03.`,
    'PERSON.NOT_FOUND': (p) => `Fant ingen person med e-post ${p.email}.`,
    'ORGANISATION.NOT_FOUND': (p) => `Fant ikke virksomheten ${p.organisation}.`,
    'DELEGATION.INVALID_PERIOD': () => 'Stedfortrederperioden må slutte samme dag eller etter at den starter.',
    'DECISION.NOT_FOUND': (p) => `Fant ikke beslutningen ${p.decision}.`,
    'CASE.INVALID_NUMBER': (p) => `«${p.value}» er ikke et saksnummer. Skriv det som 24/2026.`,
    'CASE.NUMBER_TAKEN': (p) =>
      `Saksnummer ${p.caseNumber} er allerede gitt samlesaken for ${p.round}. Et nummer brukes bare én gang.`,
    'AGENDA.POINTS_UNDECIDED': (p) =>
      `Saken kan ikke publiseres ennå. AU har ikke vedtatt forslaget for ${p.initiatives}; avgjør først om punktet skal legges fram som Skatesekretariatets forslag eller trekkes («punkt ${String(p.initiatives).split(', ')[0]} forslag» eller «… trekk»), og sammenstill på nytt.`,
    'AGENDA.NOT_PUBLISHED': (p) => `Samlesaken for ${p.round} er ikke publisert ennå.`,
    'AGENDA.CHANGED_SINCE_PUBLISHED': (p) =>
      `Samlesaken for ${p.round} er endret etter at den ble publisert, så forslaget kan ikke registreres som vedtatt uten videre. Registrer beslutningene med «vedtak ${p.initiative ?? 'T-…'} ⟨tekst⟩».`,
    'POINT.NOT_OPEN': (p) =>
      `${p.initiative} har ikke noe punkt som venter på Skatesekretariatets avgjørelse: AU har vedtatt forslaget, eller tiltaket har ikke eget punkt i saken.`,
    'FINAL.NOT_REQUESTED': (p) =>
      `Tiltakseier har ikke meldt ${p.initiative} ferdig. Tiltakseier gjør det med «ferdig ${p.initiative}».`,
    'FINAL.IN_PROGRESS': (p) => `${p.initiative} er allerede til sluttbehandling.`,
    'FINAL.DONE': (p) => `${p.initiative} er allerede sluttbehandlet.`,
    'FINAL.NOT_IN_TREATMENT': (p) => `${p.initiative} er ikke til sluttbehandling.`,
    'FINAL.NO_FEEDBACK_ROUND': (p) => `Det er ingen skriftlig tilbakemeldingsrunde for ${p.initiative} nå.`,
    'AUTH.NOT_SKATE': () => 'Bare Skates medlemmer gir skriftlig tilbakemelding i sluttbehandlingen av et tiltak.',
    'IMPORT.INVALID_FILE': (p) => `Filen kunne ikke leses: ${p.reason}`,
    'IMPORT.INVALID_ROWS': (p) => `Filen har ${p.count} feil. Ingenting er lagret.`,
    'REQUEST.CONFLICT': () =>
      'Denne handlingen er allerede utført med andre verdier. Ingenting er endret; åpne kortet på nytt og prøv igjen.',
    'INPUT.INVALID': () => 'Denne verdien er ikke gyldig her. Ingenting er lagret; åpne kortet på nytt og prøv igjen.',
    'INPUT.TOO_LONG': (p) => `Teksten er for lang (høyst ${p.max} tegn).`,
    'INPUT.OUT_OF_RANGE': (p) => `Verdien må være mellom ${p.min} og ${p.max}.`,
    'INPUT.INVALID_CHOICE': (p) => `«${p.value}» er ikke et av valgene. Velg et av dem som vises.`,
    'RECOMMENDATION.ROUND_CLOSED': (p) => `Runden ${p.round} er lukket, så innstillingen kan ikke endres lenger.`,
  } satisfies Record<ErrorCode, Msg>,

  importIssues: {
    'empty-file': () => 'Filen er tom eller har bare overskriftsraden.',
    'malformed-csv': (p) => `Filen er ikke gyldig CSV: ${p.reason}`,
    'missing-column': (p) => `Kolonnen «${p.column}» mangler.`,
    'unknown-column': (p) => `Ukjent kolonne «${p.column}». Tillatte kolonner: ${p.allowed}.`,
    required: () => 'Må fylles ut.',
    'invalid-email': (p) => `Ugyldig e-postadresse «${p.value}».`,
    'invalid-id': (p) => `Ugyldig ID «${p.value}» (forventet ${p.format}).`,
    'invalid-date': (p) => `Ugyldig dato «${p.value}» (bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).`,
    'invalid-number': (p) => `Ugyldig tall «${p.value}»${p.min !== undefined ? ` (minst ${p.min})` : ''}.`,
    'invalid-value': (p) => `Ugyldig verdi «${p.value}». Tillatt: ${p.allowed}.`,
    'unknown-organisation': (p) => `Ukjent virksomhet «${p.value}». Importer virksomhetene først.`,
    'unknown-person': (p) => `Ukjent person «${p.value}». Importer personene først.`,
    'unknown-focus-area': (p) => `Ukjent innsatsområde «${p.value}». Tillatt: ${p.allowed}.`,
    'unknown-life-event': (p) => `Ukjent livshendelse «${p.value}». Tillatt: ${p.allowed}.`,
    'invalid-sdg': (p) => `Ugyldig bærekraftsmål «${p.value}» (1–17).`,
    duplicate: (p) => `«${p.value}» finnes allerede på linje ${p.firstLine}.`,
    'invalid-encoding': () =>
      'Filen er ikke lagret som UTF-8, og tegnene kan ikke leses sikkert. Lagre filen som UTF-8 (i Excel: «CSV UTF-8 (kommadelt)») og importer den på nytt.',
    'too-long': (p) => `Teksten «${p.value}» er for lang (høyst ${p.max} tegn).`,
  } satisfies Record<ImportIssueCode, Msg>,

  recommendation: {
    'missing-report': (title: string) =>
      `Skate konstaterer at statusrapporten for ${title} mangler, og ber tiltakseier rapportere til neste møte.`,
    'take-note': (title: string) => `Skate tar status i ${title} til orientering.`,
    'note-deviation': (title: string, dimensions: string, hasCorrectiveActions: boolean) =>
      hasCorrectiveActions
        ? `Skate merker seg vesentlig avvik på ${dimensions} i ${title} og ber tiltakseier gjennomføre de foreslåtte korreksjonstiltakene.`
        : `Skate merker seg vesentlig avvik på ${dimensions} i ${title} og ber tiltakseier legge fram korreksjonstiltak i neste statusrapport.`,
    'final-treatment': (title: string) =>
      `Skate har sluttbehandlet ${title} og anbefaler tiltakseier og strategieier at tiltaket avsluttes som levert i samsvar med avtalt resultat.`,
    'skate-attention': (title: string) =>
      `Skate drøfter forholdene tiltakseier for ${title} ber Skate merke seg, og gir tiltakseier sine råd.`,
    'separate-item': (title: string) => `Skate behandler status i ${title} som egen sak i et senere møte.`,
  },

  // A no-break space after the number: «4. kvartal» at the start of a line must not read as a numbered list.
  quarterLabel: (quarter: number, year: number) => `${quarter}.\u00a0kvartal ${year}`,
  cycle: {
    facts: {
      initiative: 'Tiltak',
      round: 'Periode',
      deadline: 'Frist',
      lockAt: 'Siste frist for sen rapport',
      skateMeeting: 'Skate-møte',
      auMeeting: 'AU-møte',
      owner: 'Tiltakseier',
      submitted: 'Levert',
      missing: 'Mangler',
      recommendation: 'Forslag til innstilling',
    },
    reportRequest: {
      title: (id: string, period: string) => `Statusrapport for ${id} – ${period}`,
      summary: (title: string, deadline: string) =>
        `Skatesekretariatet ber om statusrapport for ${title} innen ${deadline}.`,
      intro: (title: string, period: string, deadline: string) =>
        `Skatesekretariatet ber om statusrapport for ${title} for ${period}. Fristen er ${deadline}.`,
      emphasis:
        'Rapporten skal legge vekt på vesentlige avvik fra avtalt resultat, ferdigdato og kostnad. Ved vesentlige avvik skal du foreslå korreksjonstiltak.',
      decision: (date: string, text: string) =>
        `Skate besluttet ${date}: «${text}» Svar i rapporten på om beslutningen er fulgt.`,
      delegated: (from: string, until: string) =>
        `Du får denne fordi ${from} har delegert rapporteringen til deg til og med ${until}.`,
      open: 'Fyll ut rapporten',
    },
    acceptance: {
      title: (title: string) => `Vil du ta ansvaret for ${title}?`,
      summary: (title: string) => `Du er foreslått som tiltakseier for ${title}.`,
      intro: (organisation: string, title: string) =>
        `${organisation} er foreslått som tiltakseier for ${title}. Tiltaket følges opp av Skate når tiltakseier har akseptert oppgaven og ansvaret.`,
      result: (result: string, date: string, cost: string) =>
        `Avtalt resultat: ${result} Ferdig ${date}, kostnad ${cost}.`,
      accept: 'Aksepter',
      decline: 'Avslå',
    },
    reminder: {
      title: (id: string) => `Påminnelse: statusrapport for ${id}`,
      before: (deadline: string, days: number) =>
        `Fristen for statusrapporten er ${deadline}, om ${days} ${days === 1 ? 'virkedag' : 'virkedager'}.`,
      onDeadline: (time: string) => `Fristen for statusrapporten er i dag kl. ${time}.`,
      overdue: (deadline: string, lockAt: string) =>
        `Fristen for statusrapporten gikk ut ${deadline}, og rapporten mangler fortsatt. Send den så snart du kan; den tas med fram til ${lockAt}.`,
      draft: 'Du har et utkast som ikke er sendt inn ennå.',
      summary: (title: string) => `Statusrapporten for ${title} mangler.`,
    },
    escalation: {
      title: (period: string) => `Manglende statusrapporter – ${period}`,
      intro: (count: number, reminders: number) =>
        `${count} ${count === 1 ? 'tiltak har' : 'tiltak har'} ikke levert statusrapport etter ${reminders} purringer.`,
      item: (id: string, title: string, contacts: string) => `${id} ${title} – ${contacts}`,
    },
    review: {
      title: (period: string) => `AU-behandling: status i tiltakene – ${period}`,
      intro: (submitted: number, total: number, deadline: string) =>
        `Frist for statusrapportene: ${deadline}. ${submitted} av ${total} tiltak har levert.`,
      votePrompt: (date: string) =>
        `Under følger én rapport per tiltak med sekretariatets forslag til innstilling. Stem i svaret under hvert tiltak før AU-møtet ${date}.`,
      byStatus: (green: number, yellow: number, red: number) => `Grønn: ${green}, gul: ${yellow}, rød: ${red}`,
      itemTitle: (id: string, title: string) => `${id} ${title}`,
      missingReport: 'Statusrapport mangler.',
      vote: 'Stem',
      tally: (agree: number, disagree: number, oral: number, separate: number, counted: number, members: number) =>
        `Enig: ${agree}, uenig: ${disagree} (${counted} av ${members} stemmer er talt). Ber om muntlig orientering: ${oral}, egen sak: ${separate}.`,
      outcomes: {
        adopted: 'Innstillingen er vedtatt',
        rejected: 'Innstillingen er ikke vedtatt',
        'not-quorate': 'Ikke beslutningsdyktig ennå',
        'not-voted': 'Ingen har stemt ennå',
      },
      version: (n: number) => `Versjon ${n} av forslaget. Stemmene på tidligere versjoner er nullstilt.`,
      requests: {
        'oral-briefing': 'AU ber om muntlig orientering.',
        'separate-item': 'AU anbefaler egen sak i Skate.',
      },
      closed: 'Avstemningen er lukket.',
      voteRecorded: (choice: string) => `Stemmen din er registrert: ${choice}.`,
    },
    briefing: {
      title: (id: string) => `AU ber om muntlig orientering om ${id}`,
      owner: (title: string, date: string | null) =>
        date
          ? `AU ber om en supplerende muntlig orientering om ${title} i AU-møtet ${date}. Skatesekretariatet avtaler tidspunktet med dere.`
          : `AU ber om en supplerende muntlig orientering om ${title}. Skatesekretariatet avtaler tid og møte med dere.`,
      secretariat: (title: string, count: number, counted: number, date: string | null) =>
        `AU ber om muntlig orientering om ${title}${date ? ` i AU-møtet ${date}` : ''}: ${count} av ${counted} talte stemmer ba om det. Tiltakseier har fått beskjed.`,
      reasons: 'Det AU vil høre om',
      meeting: 'AU-møte',
      withdrawnTitle: (id: string) => `AU ber ikke lenger om muntlig orientering om ${id}`,
      withdrawn: (title: string) => `Stemmene er endret, og AU ber ikke lenger om muntlig orientering om ${title}.`,
    },
    recommendationChanged: {
      title: (id: string) => `Forslaget til innstilling for ${id} er endret`,
      text: (version: number) =>
        `Skatesekretariatet har endret forslaget etter at du stemte. Stemmen din gjaldt den forrige versjonen og er nullstilt; stem på nytt på versjon ${version}.`,
      before: 'Forslaget du stemte på',
      after: 'Nytt forslag',
      vote: 'Stem på nytt',
    },
    undeliverableToday: {
      title: (date: string) => `Meldinger som ikke kom fram ${date}`,
      intro: (count: number) =>
        count === 1
          ? 'Én melding kunne ikke leveres. Den prøves ikke igjen av seg selv; se «sjekk» for hva som må ordnes.'
          : `${count} meldinger kunne ikke leveres. De prøves ikke igjen av seg selv; se «sjekk» for hva som må ordnes.`,
      line: (name: string, count: number, reason: string) =>
        count === 1 ? `${name}: ${reason}` : `${name} (${count} meldinger): ${reason}`,
      other: 'noe gikk galt hos plattformen',
    },
    preflight: {
      title: (period: string) => `Sjekk av mottakere før runden for ${period}`,
      allReachable: (total: number) => `Alle ${total} mottakere kan nås.`,
      someUnreachable: (unreachable: number, total: number) =>
        `${unreachable} av ${total} mottakere kan ikke nås ennå. Be dem åpne boten i Teams eller Slack, eller rett e-postadressen:`,
      item: (name: string, initiatives: string, reason: string) =>
        initiatives === '' ? `${name}: ${reason}` : `${name} (${initiatives}): ${reason}`,
      reasons: {
        'unknown-person': 'er ikke registrert',
        'no-identity': 'har ikke tatt i bruk boten ennå',
        'no-conversation': 'har ingen samtale med boten',
        transport: 'plattformen kan ikke nå personen',
        'channel-not-bound': 'kanalen er ikke satt opp; skriv «kanal au» eller «kanal skate» i kanalen',
        'parent-not-sent': 'meldingen den hører til, ble aldri sendt',
      },
    },
  },

  form: {
    followUpComment: 'Kommentar til oppfølgingen',
    agreed: 'Avtalt',
    decision: 'Skates beslutning som skal følges opp',
    save: 'Lagre utkast',
    submit: 'Send inn',
    edit: 'Endre',
    suggestion: (light: string) => `Foreslått ut fra prognosen: ${light}. Velger du noe annet, må du begrunne det.`,
    reasons: {
      overall: 'Begrunnelse for samlet status',
      schedule: 'Begrunnelse for lyset for ferdigdato',
      cost: 'Begrunnelse for lyset for kostnad',
    },
    scheduleRule: (days: number) =>
      `Grønn når prognosert ferdigdato er på eller før avtalt dato, gul inntil ${days} ${days === 1 ? 'dag' : 'dager'} etter, rød når den er mer enn ${days} ${days === 1 ? 'dag' : 'dager'} etter avtalt dato.`,
    costRule: (percent: string) =>
      `Grønn når prognosen er innenfor avtalt kostnad, gul inntil ${percent}\u00a0% over, rød når prognosen er mer enn ${percent}\u00a0% over avtalt kostnad.`,
    overallRule:
      'Samlet status kan ikke være grønnere enn det dårligste av resultat, ferdigdato og kostnad uten en begrunnelse.',
    worstNow: (light: string) => `Det dårligste er nå: ${light}.`,
    receiptTitle: (id: string, period: string) => `Statusrapport for ${id} – ${period} er sendt inn`,
    receiptText: (at: string, version: number) =>
      `Mottatt ${at} (versjon ${version}). Du kan endre rapporten til runden låses.`,
    draftSaved: (at: string) => `Utkastet er lagret ${at}.`,
    fixErrors: 'Rett opp feltene som er merket, og send på nytt.',
  },
  vote: {
    choice: 'Er du enig i forslaget til innstilling?',
    comment: 'Kommentar (påkrevd når du er uenig)',
    request: 'Vil du at AU skal be om noe mer?',
    requestNone: 'Nei',
    requestReason: 'Begrunnelse for ønsket (påkrevd når du ber om noe)',
    recused: 'Jeg er inhabil i denne saken',
    submit: 'Stem',
    yourVote: 'Du har stemt',
    yourRequest: 'Ditt ønske',
    recusedVote: 'Inhabil',
    cleared: 'Forslaget er endret etter at du stemte, og stemmen din er nullstilt. Stem på nytt.',
  },
  commands: {
    /** Said at once when `sammenstill` starts: the preview follows when the paper is rendered. */
    compiling: 'Sammenstiller samlesaken; forhåndsvisningen kommer her om litt.',
    helpTitle: 'Dette kan du be Skate-boten om',
    helpLine: (usage: string, text: string, example: string) => `${usage} – ${text}. Eksempel: «${example}»`,
    errorForSecretariat:
      'Beklager, noe gikk galt, og ingenting ble endret. Prøv igjen om litt; hvis det skjer igjen, se i loggen til boten (driftsansvarlig kan hjelpe).',
    channelNeedsChat: 'Kanaler kobles fra chatten: skriv «kanal au» eller «kanal skate» i kanalen det gjelder.',
    unknownAction: 'Denne knappen kjenner jeg ikke igjen. Åpne kortet på nytt og prøv igjen.',
    helpIntro: 'Skriv kommandoen til meg i en personlig chat, eller nevn meg (@Skate-boten) i en kanal.',
    help: {
      help: { usage: 'hjelp', text: 'viser denne oversikten', example: 'hjelp' },
      status: {
        usage: 'status [2026-Q4]',
        text: 'hvilke rapporter som er levert og hvilke som mangler',
        example: 'status 2026-Q4',
      },
      mine: { usage: 'mine', text: 'tiltakene du rapporterer for, med skjemaet', example: 'mine' },
      round: {
        usage: 'runde åpne|frist|gjennomgang|lukk 2026-Q4 [dato]',
        text: 'åpne en rapporteringsrunde, flytte fristen, starte AU-behandlingen eller avslutte runden',
        example: 'runde åpne 2026-Q4',
      },
      remind: {
        usage: 'påminn [T-2026-03]',
        text: 'minne alle som ikke har levert (eller ett tiltak) nå',
        example: 'påminn T-2026-03',
      },
      // ⟨ ⟩ rather than < >: Teams reads <tekst> as an HTML tag and Slack as a link, and both drop it.
      recommendation: {
        usage: 'innstilling T-2026-03 ⟨tekst⟩',
        text: 'endre forslaget til AUs innstilling',
        example: 'innstilling T-2026-03 Skate tar status til orientering og ber om revidert tidsplan.',
      },
      vote: {
        usage: 'avstemning lukk [T-2026-03]',
        text: 'lukke AUs avstemning for ett tiltak eller hele runden',
        example: 'avstemning lukk T-2026-03',
      },
      initiatives: {
        usage: 'tiltak',
        text: 'liste over tiltakene (import av CSV gjøres med kommandolinjen)',
        example: 'tiltak',
      },
      delegate: {
        usage: 'deleger T-2026-03 ⟨e-post⟩ ⟨fra dato⟩ ⟨til dato⟩',
        text: 'la en kollega rapportere i en periode',
        example: 'deleger T-2026-03 kari.nordmann@nav.no 01.12.2026 31.12.2026',
      },
      channel: {
        usage: 'kanal au|skate',
        text: 'gjøre denne kanalen til AU-kanalen eller Skate-kanalen',
        example: 'kanal au',
      },
      preflight: { usage: 'sjekk', text: 'sjekke at alle tiltakseiere kan nås før runden', example: 'sjekk' },
      compile: {
        usage: 'sammenstill [2026-Q4]',
        text: 'sammenstille samlesaken til Skate',
        example: 'sammenstill 2026-Q4',
      },
      decision: {
        usage: 'vedtak T-2026-03 ⟨tekst⟩ | vedtak som foreslått [T-2026-03]',
        text: 'registrere Skates beslutning, eller punktene slik de ble foreslått i den publiserte samlesaken',
        example: 'vedtak T-2026-03 Skate ber tiltakseier legge fram revidert tidsplan i neste rapport.',
      },
      export: {
        usage: 'eksport md|html|docx [2026-Q4]',
        text: 'laste ned samlesaken',
        example: 'eksport docx 2026-Q4',
      },
      caseNumber: {
        usage: 'saksnummer NN/ÅÅÅÅ [2026-Q4]',
        text: 'sette samlesakens saksnummer i Skates serie (ellers foreslår jeg neste ledige)',
        example: 'saksnummer 24/2026',
      },
      point: {
        usage: 'punkt T-2026-03 forslag|trekk',
        text: 'legge fram et punkt AU ikke vedtok som Skatesekretariatets forslag, eller trekke det',
        example: 'punkt T-2026-03 forslag',
      },
      minutes: {
        usage: 'protokoll [2026-Q4]',
        text: 'beslutningsteksten til Skates protokoll for samlesaken',
        example: 'protokoll 2026-Q4',
      },
      finished: {
        usage: 'ferdig T-2026-03',
        text: 'melde at tiltaket ditt er ferdig, til sluttbehandling i Skate',
        example: 'ferdig T-2026-03',
      },
      finalTreatment: {
        usage: 'sluttbehandling T-2026-03 bekreft [frist dato]|avvis|vedtatt',
        text: 'bekrefte at et tiltak er ferdig og be Skate-virksomhetene om skriftlig tilbakemelding, avvise meldingen, eller registrere at Skate har sluttbehandlet det',
        example: 'sluttbehandling T-2026-03 bekreft frist 15.01.2027',
      },
      feedback: {
        usage: 'tilbakemelding T-2026-03 ⟨tekst⟩',
        text: 'gi skriftlig tilbakemelding fra virksomheten din før Skate sluttbehandler et tiltak',
        example: 'tilbakemelding T-2026-03 Tiltaket har levert det som ble avtalt.',
      },
      language: {
        usage: 'språk nb|nn|en',
        text: 'velge om jeg skal skrive bokmål, nynorsk eller engelsk til deg',
        example: 'språk nn',
      },
    },
    unknown: (text: string) => `Jeg forstod ikke «${text}». Skriv «hjelp» for å se hva jeg kan.`,
    usage: (usage: string) => `Slik bruker du kommandoen: ${usage}`,
    notAvailable: 'Denne kommandoen er ikke tatt i bruk ennå.',
    roundDeadlineMoved: (round: string, deadline: string) =>
      `Fristen for runde ${round} er flyttet til ${deadline}. Påminnelsene er planlagt på nytt.`,
    reminded: (count: number) =>
      count === 0 ? 'Alle har levert; ingen påminnelser sendt.' : `Påminnelse sendes til ${count} mottakere.`,
    recommendationSaved: (id: string) => `Forslaget til innstilling for ${id} er oppdatert, og AU-tråden oppdateres.`,
    recommendationNewVersion: (id: string, version: number, cleared: number) =>
      `AU hadde stemt over forslaget til innstilling for ${id}, så endringen er versjon ${version}. Stemmene på den forrige versjonen er nullstilt, og ${cleared === 1 ? 'medlemmet som hadde stemt, har' : `de ${cleared} som hadde stemt, har`} fått det gamle og det nye forslaget side om side.`,
    compileAgain: 'Sammenstill på nytt for å få det med i saken.',
    pointsProposed: (ids: string) => `Punktene om ${ids} legges fram som Skatesekretariatets forslag, merket som det.`,
    voteClosed: (count: number) => `Avstemningen er lukket for ${count} tiltak.`,
    delegated: (id: string, name: string, from: string, until: string) =>
      `${name} rapporterer for ${id} fra ${from} til ${until}.`,
    channelBound: (channel: string) => `Denne kanalen er nå ${channel}.`,
    channelNames: { au: 'AU-kanalen', skate: 'Skate-kanalen' },
    mineTitle: 'Dine tiltak',
    mineNone: 'Du er ikke registrert som kontaktperson for noe tiltak.',
    mineLine: (id: string, title: string, state: string) => `${id} ${title}: ${state}`,
    notDue: 'ingen rapport nå',
    accepted: (title: string) => `Takk! Du har akseptert ansvaret for ${title}.`,
    declined: (title: string) => `Du har avslått ${title}. Skatesekretariatet får beskjed.`,
    decisionRecorded: (id: string, initiative: string) =>
      `Beslutning ${id} er registrert for ${initiative}. Tiltakseier blir bedt om å følge den opp i neste rapport.`,
    decisionCorrected: (id: string) => `Beslutning ${id} er rettet.`,
    decisionsAdopted: (count: number, round: string) =>
      `${count} ${count === 1 ? 'beslutning' : 'beslutninger'} er registrert for samlesaken for ${round}, slik punktene ble foreslått.`,
    caseNumberSet: (caseNumber: string, round: string) =>
      `Saksnummer ${caseNumber} er satt for samlesaken for ${round}.`,
    pointProposed: (id: string) =>
      `Punktet om ${id} legges fram som Skatesekretariatets forslag, merket som det, med hva som skjedde i AU.`,
    pointWithdrawn: (id: string) => `Punktet om ${id} er trukket. Saken sier hva som skjedde i AU.`,
    finishedRequested: (id: string) =>
      `Takk! ${id} er meldt ferdig. Skatesekretariatet bekrefter det og setter i gang sluttbehandlingen.`,
    finalConfirmed: (id: string, deadline: string, count: number) =>
      `${id} er bekreftet ferdig. ${count} Skate-medlemmer er bedt om skriftlig tilbakemelding innen ${deadline}, og tiltaket legges fram for sluttbehandling i neste samlesak.`,
    finalDeclined: (id: string) =>
      `${id} er ikke bekreftet ferdig. Tiltakseier får beskjed, og tiltaket rapporterer som før.`,
    finalDecided: (id: string) =>
      `${id} er sluttbehandlet. Det bes ikke om flere statusrapporter, og tiltakseier og strategieier får beskjed.`,
    feedbackSaved: (id: string) =>
      `Takk! Tilbakemeldingen fra virksomheten din om ${id} er registrert og tas med i samlesaken.`,
    decisionsTitle: 'Skates beslutninger',
    noDecisions: 'Ingen beslutninger er registrert.',
    decisionLine: (id: string, initiative: string, date: string, text: string, open: boolean) =>
      `${id} (${initiative}, ${date}${open ? ', til oppfølging' : ''}): «${text}»`,
    exportTitle: (caseNumber: string) => `Sak ${caseNumber}: last ned`,
    notCompiled: 'Samlesaken er ikke sammenstilt ennå. Skriv «sammenstill» først.',
    welcome: (name: string) => `Hei, ${name}! Jeg er Skate-boten. Skriv «hjelp» for å se hva jeg kan.`,
    unknownUser:
      'Hei! Jeg finner deg ikke i Skates register. Be Skatesekretariatet registrere e-postadressen din, så kan vi snakkes.',
    error: 'Beklager, noe gikk galt. Prøv igjen om litt; vedvarer feilen, si fra til Skatesekretariatet.',
    languageSet: (name: string) => `Greit! Jeg skriver ${name} til deg fra nå av.`,
  },
  /** What is due for a person: the Slack App Home. */
  home: {
    greeting: (name: string) => `Hei, ${name}! Dette venter på deg i Skate-oppfølgingen.`,
    reports: 'Statusrapporter du skal levere',
    votes: 'Innstillinger du ikke har stemt over',
    round: 'Runden nå',
    nothing: 'Ingenting venter på deg nå.',
  },
  /** Words only Slack needs. Modal titles are at most 24 characters (Slack's limit). */
  slack: {
    /** The title of a modal that only tells something: the app's name, as Slack shows it. */
    appName: 'Skate-boten',
    reportModalTitle: (id: string) => `Statusrapport ${id}`,
    voteModalTitle: (id: string) => `Stem: ${id}`,
    cancel: 'Avbryt',
    close: 'Lukk',
    voteMore: 'Kommentar, orientering eller egen sak …',
    inviteFirst: 'Jeg er ikke med i denne kanalen. Inviter meg med /invite @Skate-boten, og skriv kommandoen på nytt.',
    moreRows: (count: number) => `… og ${count} til`,
    fileComment: (caseNumber: string) => `Saksframlegget for sak ${caseNumber} (Word).`,
    homeHint: 'Skriv /skate hjelp for å se hva du kan be meg om.',
  },
  agendaCard: {
    renderFailed: (format: string, initiative: string | null, field: string | null) =>
      `${FORMAT_NAMES[format] ?? format} kunne ikke lages denne gangen${initiative ? ` (${initiative}${field ? `, feltet «${field}»` : ''})` : ''}. De andre formatene er klare; sammenstill på nytt når feilen er rettet.`,
    title: (caseNumber: string, period: string, revision: number) =>
      `Sak ${caseNumber} Status i tiltakene i handlingsplanen – ${period}${revision > 0 ? ` (revidert utgave ${revision})` : ''}`,
    counts: (submitted: number, expected: number, green: number, yellow: number, red: number) =>
      `${submitted} av ${expected} tiltak har rapportert. Grønn: ${green}, gul: ${yellow}, rød: ${red}.`,
    deviation: (id: string, title: string, dimensions: string) => `${id} ${title}: vesentlig avvik på ${dimensions}`,
    missing: (id: string, title: string) => `${id} ${title}: statusrapport mangler`,
    points: (p: { au: number; secretariat: number; undecided: number; withdrawn: number }) => {
      const specific = p.au + p.secretariat + p.undecided;
      const parts = [
        p.au > 0 ? `${p.au} er AUs innstilling` : '',
        p.secretariat > 0 ? `${p.secretariat} er Skatesekretariatets forslag` : '',
        p.undecided > 0 ? `${p.undecided} venter på din avgjørelse` : '',
      ].filter(Boolean);
      const last = parts.pop() ?? '';
      const list = parts.length > 0 ? `${parts.join(', ')} og ${last}` : last;
      const withdrawn =
        p.withdrawn > 0 ? ` ${p.withdrawn === 1 ? 'Ett punkt er trukket' : `${p.withdrawn} punkter er trukket`}.` : '';
      return `Forslaget til beslutning har ${specific} ${specific === 1 ? 'konkret punkt' : 'konkrete punkter'}: ${list}.${withdrawn}`;
    },
    takeNote: 'Forslaget til beslutning er at Skate tar status i tiltakene til orientering.',
    pending: (n: number) =>
      `${n === 1 ? 'Ett punkt venter' : `${n} punkter venter`} på din avgjørelse fordi AU ikke vedtok forslaget. Knappen legger dem fram som Skatesekretariatets forslag; vil du trekke et punkt, skriv «punkt T-2026-03 trekk». Saken kan publiseres når alle er avgjort.`,
    pendingItem: (initiative: string, outcome: string) => `${initiative}: ${outcome}`,
    proposeAll: (n: number) =>
      n === 1 ? 'Legg fram som sekretariatets forslag' : `Legg fram alle ${n} som sekretariatets forslag`,
    caseNumberProposed: (caseNumber: string) =>
      `${caseNumber} (forslag; sett riktig nummer med «saksnummer ${caseNumber}»)`,
    previewNote: 'Dette er en forhåndsvisning. Se over dokumentene, og publiser i Skate-kanalen når alt er riktig.',
    meeting: 'Skate-møte',
    caseNumber: 'Saksnummer',
    publish: 'Publiser i Skate-kanalen',
    word: 'Saksframlegg (Word)',
    html: 'Saksframlegg (nettside)',
    markdown: 'Saksframlegg (Markdown)',
    heatmapAlt: (quarters: number) =>
      quarters === 1 ? 'Status for tiltakene dette kvartalet' : `Status for tiltakene de siste ${quarters} kvartalene`,
    published: (caseNumber: string) => `Sak ${caseNumber} er publisert i Skate-kanalen.`,
    unchanged: (caseNumber: string, revision: number) =>
      `Ingenting er endret siden sak ${caseNumber}${revision > 0 ? ` (revidert utgave ${revision})` : ''} ble sammenstilt; ingen ny utgave er laget.`,
    noChannel: 'Skate-kanalen er ikke satt opp. Skriv «kanal skate» i Skate-kanalen først.',
  },
  agenda: {
    pageOf: { page: 'Side', of: 'av' },
    documentTitle: 'SAKSFRAMLEGG',
    forum: (forum: string) => `Forum: ${forum}`,
    meetingDate: (date: string) => `Møtedato: ${date}`,
    caseLine: (caseNumber: string, title: string) => `Sak ${caseNumber} ${title}`,
    caseTitle: (period: string) => `Status i tiltakene i handlingsplanen – ${period}`,
    caseTypes: { behandlingssak: 'Behandlingssak' },
    revision: (n: number) => `Revidert utgave ${n}. Erstatter saksframlegget som ble sendt ut tidligere.`,
    quarterShort: (quarter: number, year: number) => `${quarter}. kv. ${year}`,
    headings: {
      background: 'Historikk/bakgrunn',
      proposedDecision: 'Forslag til beslutning:',
      statusOverview: 'Status i tiltakene',
      heatmap: 'Utviklingen de siste kvartalene',
      deviations: 'Vesentlige avvik og korreksjonstiltak',
      followUp: 'Oppfølging av Skates tidligere beslutninger',
      auTreatment: 'AUs behandling',
      dissent: 'Uenighet i AU',
      oralBriefing: 'Muntlig orientering',
      separateItems: 'Anbefalt som egen sak i Skate',
      missingReports: 'Manglende statusrapporter',
      finalTreatment: 'Sluttbehandling',
      sdgs: 'Bærekraftsmål',
      appendix: 'Vedlegg: status per tiltak',
    },
    background: {
      basis:
        'Skate behandler status i tiltakene i handlingsplanen kvartalsvis i en samlesak. Tiltakseierne rapporterer hvert kvartal, med hovedvekt på vesentlige avvik fra avtalt resultat, ferdigdato og kostnad, og skal foreslå korreksjonstiltak ved vesentlige avvik. Rapportene er forbehandlet av Skatesekretariatet og Skates arbeidsutvalg (AU).',
      requested: (period: string, expected: number, deadline: string) =>
        `Skatesekretariatet ba om statusrapport for ${period} fra ${expected} tiltak, med frist ${deadline}.`,
      received: (submitted: number, missing: number) =>
        missing === 0
          ? 'Alle har levert.'
          : submitted === 0
            ? 'Ingen har levert.'
            : `Av disse har ${submitted} levert, og ${missing} mangler.`,
      byOverall: (green: number, yellow: number, red: number) =>
        `Samlet status er ${series(
          [
            [green, 'grønn'],
            [yellow, 'gul'],
            [red, 'rød'],
          ],
          'tiltak',
          'og',
        )}.`,
      deviations: (n: number) =>
        n === 0
          ? 'Ingen av rapportene melder om vesentlig avvik fra avtalt resultat, ferdigdato eller kostnad.'
          : `Vesentlig avvik fra avtalt resultat, ferdigdato eller kostnad er meldt i ${n} av rapportene.`,
      auHeld: (date: string) => `AU behandlet rapportene og sekretariatets forslag til innstilling i møtet ${date}.`,
      auPlanned: (date: string) => `AU behandler rapportene og sekretariatets forslag til innstilling i møtet ${date}.`,
      auUndated: 'AU har behandlet rapportene og sekretariatets forslag til innstilling.',
      auAll: (n: number) =>
        n === 1
          ? 'AU vedtok forslaget, og AUs innstilling er forslaget til beslutning i denne saken.'
          : `AU vedtok forslaget for alle de ${n} tiltakene, og AUs innstilling er forslaget til beslutning i denne saken.`,
      auSome: (adopted: number, n: number) =>
        `AU vedtok forslaget for ${adopted} av ${n} tiltak. Punkter der AU ikke ga innstilling, er merket som Skatesekretariatets forslag.`,
      auNone:
        'AU har ikke vedtatt noen av forslagene til innstilling. Punktene i forslaget til beslutning er derfor Skatesekretariatets, og under hvert står det hva som skjedde i AU.',
    },
    decision: {
      general: 'Skate tar status i tiltakene i handlingsplanen til orientering.',
      point: (initiative: string, text: string) => `${initiative}: ${text}`,
      outcome: {
        adopted: (agree: number, disagree: number) =>
          `AU anbefaler punktet: ${agree} stemte for, ${disagree === 0 ? 'ingen' : disagree} mot.`,
        rejected: (agree: number, disagree: number) =>
          `AU sluttet seg ikke til forslaget: ${agree} stemte for, ${disagree} mot.`,
        notQuorate: (counted: number, needed: number) =>
          `AU var ikke beslutningsdyktig: ${counted} ${counted === 1 ? 'stemme ble talt' : 'stemmer ble talt'}, og det trengs minst ${needed}.`,
        notVoted: 'AU har ikke stemt over forslaget.',
      },
      noteSeparateItem: (askers: number, counted: number) =>
        `AU anbefaler egen sak: ${askers} av ${counted} talte stemmer ba om det.`,
      noteSecretariat: (outcome: string) => `Skatesekretariatets forslag. ${outcome}`,
      noteUndecided: (outcome: string) =>
        `Skatesekretariatet har ikke avgjort om punktet legges fram som eget forslag eller trekkes. ${outcome}`,
      withdrawn: (initiative: string, outcome: string) => `${initiative}. ${outcome}`,
      withdrawnIntro: 'Etter behandlingen i AU har Skatesekretariatet trukket disse punktene:',
    },
    status: {
      initiative: 'Tiltak',
      owner: 'Tiltakseier',
      trend: 'Trend',
      missing: 'Mangler',
      trendNew: 'ny',
      trendWords: { better: 'bedre', same: 'uendret', worse: 'dårligere' },
      lightLegend: (green: string, yellow: string, red: string) =>
        `${green}: i rute. ${yellow}: risiko for avvik. ${red}: vesentlig avvik.`,
      trendLegend: (_better: string, _same: string, _worse: string, isNew: string) =>
        `Trend viser endringen i samlet status fra tiltakets forrige rapport; «${isNew}» betyr at tiltaket ikke har rapportert før.`,
      trendFirst: (isNew: string) => `Ingen av tiltakene har rapportert tidligere, så trenden er «${isNew}» for alle.`,
    },
    heatmap: {
      intro: (n: number) => `Samlet status de siste ${n} kvartalene. – betyr at tiltaket ikke leverte rapport.`,
      tooShort: 'Utviklingen over tid vises når det finnes rapporter fra tidligere kvartaler.',
    },
    deviations: {
      none: 'Ingen av rapportene melder om vesentlig avvik.',
      red: 'Rødt lys på',
      forecast: (date: string, agreedDate: string, cost: string, agreedCost: string) =>
        `ferdig ${date} (avtalt ${agreedDate}), kostnad ${cost} (avtalt ${agreedCost})`,
      noCorrectiveActions: 'Tiltakseier har ikke foreslått korreksjonstiltak.',
      override: 'Annet lys enn prognosen tilsier',
      overrideText: (dimension: string, chosen: string, suggested: string, reason: string) =>
        `${dimension}: tiltakseier har valgt ${chosen}, prognosen tilsier ${suggested}. Begrunnelse: ${reason}`,
    },
    followUp: {
      intro: 'Tiltakseierne skal ved neste rapportering svare på om Skates beslutning er fulgt.',
      none: 'Det er ingen tidligere beslutninger i Skate å følge opp denne gangen.',
      decision: (date: string) => `Skates beslutning ${date}`,
      state: 'Oppfølging',
      notAnswered: 'Ikke besvart',
      notAnsweredMissing: 'Ikke besvart – statusrapporten mangler',
      comment: 'Tiltakseiers kommentar',
    },
    au: {
      intro: (members: number) =>
        `AU har ${members} medlemmer. Stemmene fra medlemmer som har meldt seg inhabile, er ikke talt med.`,
      columns: {
        initiative: 'Tiltak',
        agree: 'Enig',
        disagree: 'Uenig',
        oralBriefing: 'Ber om muntlig orientering',
        separateItem: 'Ber om egen sak',
        recused: 'Inhabil',
        notVoted: 'Ikke stemt',
        outcome: 'Resultat',
      },
      outcomes: {
        adopted: 'Innstillingen vedtatt',
        rejected: 'Innstillingen ikke vedtatt',
        'not-quorate': 'Ikke beslutningsdyktig',
        'not-voted': 'Ikke stemt over',
      },
      voteLine: (p: {
        agree: number;
        disagree: number;
        oralBriefing: number;
        separateItem: number;
        counted: number;
        members: number;
        recused: number;
        outcome: string;
      }) =>
        `Enig ${p.agree}, uenig ${p.disagree}. ${p.counted} av ${p.members} stemmer er talt${p.recused > 0 ? `, ${p.recused} inhabil` : ''}. ${p.outcome}.${p.oralBriefing > 0 ? ` Ber om muntlig orientering: ${p.oralBriefing}.` : ''}${p.separateItem > 0 ? ` Ber om egen sak: ${p.separateItem}.` : ''}`,
      askers: (initiative: string, count: number, counted: number) =>
        `${initiative} (${count} av ${counted} talte stemmer)`,
      oralBriefing: {
        intro: 'AU ber om supplerende muntlig orientering fra disse tiltakene:',
        minority: 'Enkeltmedlemmer ba om muntlig orientering fra disse tiltakene, men for få til at AU ber om det:',
        none: 'AU har ikke bedt om muntlig orientering fra noen av tiltakene.',
      },
      separateItem: {
        intro: 'AU anbefaler at disse tiltakene behandles som egen sak i Skate:',
        minority: 'Enkeltmedlemmer ønsket egen sak i Skate for disse tiltakene, men for få til at AU anbefaler det:',
        none: 'AU anbefaler ikke at noen av tiltakene behandles som egen sak i Skate.',
      },
      justification: 'Begrunnelse',
    },
    missing: {
      intro: 'Disse tiltakene har ikke levert statusrapport for kvartalet:',
      none: 'Alle tiltakene har levert statusrapport.',
      line: (initiative: string, owner: string, contacts: string) =>
        contacts === '' ? `${initiative} – ${owner}` : `${initiative} – ${owner} (kontakt: ${contacts})`,
    },
    finalTreatment: {
      intro:
        'Disse tiltakene er meldt ferdige og legges fram for sluttbehandling. Skates beslutning er en anbefaling til tiltakseier og til strategieier, som tar endelig beslutning om tiltaket har levert i samsvar med strategiens målbilde.',
      none: 'Ingen tiltak er til sluttbehandling denne gangen.',
      line: (initiative: string, owner: string, agreedResult: string) =>
        `${initiative} – ${owner}. Avtalt resultat: ${agreedResult}`,
      feedback: (from: string, text: string) => `Skriftlig tilbakemelding fra ${from}: ${text}`,
      open: (deadline: string) => `Fristen for skriftlig tilbakemelding fra Skate-virksomhetene er ${deadline}.`,
      noFeedback: (deadline: string) =>
        `Ingen Skate-virksomheter ga skriftlig tilbakemelding innen fristen ${deadline}.`,
      noRound: 'Det er ikke holdt skriftlig tilbakemeldingsrunde blant Skate-virksomhetene.',
    },
    sdgs: {
      intro: 'Tiltakseierne oppgir at tiltakene støtter disse av FNs bærekraftsmål:',
      none: 'Ingen av tiltakene har oppgitt bærekraftsmål.',
      line: (sdg: number, name: string, count: number) => `Mål ${sdg} ${name}: ${count} tiltak`,
      item: (sdg: number, name: string) => `${sdg} ${name}`,
    },
    closing: {
      presenter: (name: string) => `Saken vil bli framlagt av ${name}`,
      preparedBy: (by: string) => `Saksframlegget er utarbeidet av ${by}`,
      placeAndDate: (place: string, date: string) => `${place}, ${date}`,
    },
    facts: {
      owner: 'Tiltakseier',
      focusArea: 'Innsatsområde',
      lifeEvents: 'Livshendelser',
      phase: 'Fase',
      agreedResult: 'Avtalt resultat',
      agreed: 'Avtalt ferdigdato og kostnad',
      status: 'Status',
      forecast: 'Prognose',
      forecastText: (date: string, cost: string) => `ferdig ${date}, kostnad ${cost}`,
      progress: 'Gjort i kvartalet',
      deviations: 'Avvik',
      correctiveActions: 'Korreksjonstiltak',
      attention: 'Ber om Skates oppmerksomhet',
      sdgs: 'Bærekraftsmål',
      recommendation: 'Forslag til innstilling',
      votes: 'Avstemning i AU',
      missingReport: 'Statusrapport mangler.',
    },
  },
  final: {
    requestTitle: (id: string) => `${id} er meldt ferdig`,
    requestText: (name: string, title: string) =>
      `${name} melder at ${title} er ferdig og ber om sluttbehandling i Skate. Bekreft for å be Skate-virksomhetene om skriftlig tilbakemelding.`,
    confirm: 'Bekreft og be om tilbakemelding',
    decline: 'Avvis',
    feedbackTitle: (id: string) => `Skriftlig tilbakemelding før sluttbehandling: ${id}`,
    feedbackText: (owner: string, title: string, deadline: string) =>
      `${owner} melder at ${title} er ferdig. Før Skate sluttbehandler tiltaket, ber Skatesekretariatet om skriftlig tilbakemelding fra Skate-virksomhetene innen ${deadline}: har tiltaket levert det som ble avtalt?`,
    feedbackHow: (id: string) => `Svar med «tilbakemelding ${id} ⟨teksten din⟩». Svaret tas med i samlesaken.`,
    agreedResult: 'Avtalt resultat',
    deadline: 'Frist',
    ownerConfirmed: (title: string, deadline: string) =>
      `Skatesekretariatet har bekreftet at ${title} er ferdig. Skate-virksomhetene gir skriftlig tilbakemelding innen ${deadline}, og tiltaket legges fram for sluttbehandling i neste samlesak. Dere får ikke flere forespørsler om statusrapport.`,
    ownerDeclined: (title: string) =>
      `Skatesekretariatet har ikke bekreftet at ${title} er ferdig. Tiltaket rapporterer som før; ta kontakt med sekretariatet om noe er uklart.`,
    decidedTitle: (id: string) => `${id} er sluttbehandlet i Skate`,
    strategyOwner: (title: string, date: string) =>
      `Skate sluttbehandlet ${title} i møtet ${date}. Skates beslutning er en anbefaling til tiltakseier og til strategieier; strategieier tar endelig beslutning om tiltaket har levert i samsvar med strategiens målbilde, innhold og forventninger.`,
    ownerDecided: (title: string, date: string) =>
      `Skate sluttbehandlet ${title} i møtet ${date}. Det bes ikke om flere statusrapporter for tiltaket.`,
  },
  minutes: {
    title: (caseNumber: string) => `Protokolltekst for sak ${caseNumber}`,
    heading: (caseNumber: string, title: string) => `${caseNumber} ${title}`,
    presenter: (by: string, name: string) => `${by}/${name}`,
    papers: 'Utsendte sakspapir før møtet',
    paper: (caseNumber: string, title: string) => `Sak ${caseNumber} Saksframlegg - ${title}`,
    revisedPaper: (caseNumber: string, title: string, n: number) =>
      `Sak ${caseNumber} Saksframlegg - ${title} (revidert utgave ${n})`,
    caseType: 'Saken gjelder – Behandlingssak',
    decision: 'Beslutning',
    word: 'Protokolltekst (Word)',
  },
  cli: {
    description: 'Skate-boten: administrasjon av registeret og rapporteringsrundene.',
    failed: (message: string) => `Feil: ${message}`,
    unexpected: (message: string) => `Uventet feil: ${message}`,
    /** `backup` and `restore`: copies of the database file. */
    backup: {
      written: (file: string, size: string, version: number) =>
        `Sikkerhetskopi skrevet til ${file} (${size}, skjemaversjon ${version}).`,
      sourceMissing: (file: string) => `Fant ingen database i ${file}.`,
      targetExists: (file: string) => `${file} finnes allerede. Velg et nytt filnavn; ingen fil ble overskrevet.`,
      copyCorrupt: 'Kopien besto ikke integritetssjekken og ble slettet. Prøv igjen.',
      restored: (file: string, version: number) =>
        `Databasen ${file} er gjenopprettet (skjemaversjon ${version}). Start boten igjen.`,
      backupMissing: (file: string) => `Fant ikke sikkerhetskopien ${file}.`,
      backupCorrupt: (detail: string) => `Sikkerhetskopien er skadet og ble ikke brukt: ${detail}`,
      backupNotSkate: 'Filen er ikke en sikkerhetskopi av Skate-boten. Ingenting er endret.',
      backupNewer: (found: number, latest: number) =>
        `Sikkerhetskopien har skjemaversjon ${found}, men denne versjonen av boten kjenner bare til ${latest}. Oppgrader boten først.`,
      inUse: (file: string) => `${file} er i bruk. Stopp boten før du gjenoppretter; ingenting er endret.`,
    },
    /** `db copy`: every table from one store to another (SQLite ⇄ PostgreSQL). */
    db: {
      head: ['Tabell', 'Rader', 'Sjekksum (SHA-256)'],
      copied: (p: { rows: string; tables: number; from: string; to: string; seconds: string; version: number }) =>
        `Kopierte ${p.rows} rader i ${p.tables} tabeller fra ${p.from} til ${p.to} på ${p.seconds} s (skjemaversjon ${p.version}). Antall rader og sjekksum er like på begge sider i hver tabell.`,
      sameDatabase: 'Kilden og målet er samme database. Ingenting er kopiert.',
      sourceMissing: (location: string) => `Fant ingen database i ${location}. Ingenting er kopiert.`,
      cannotOpen: (p: { side: 'source' | 'target'; location: string; detail: string }) =>
        `Fikk ikke åpnet ${p.side === 'source' ? 'kilden' : 'målet'} ${p.location}: ${p.detail}. Ingenting er kopiert.`,
      notSkate: (location: string) =>
        `${location} er ikke en database for Skate-boten (den har ingen skjemaversjon). Ingenting er kopiert.`,
      olderSchema: (p: { location: string; found: number; latest: number }) =>
        `${p.location} har skjemaversjon ${p.found}, men denne versjonen av boten bruker ${p.latest}. Start boten mot den én gang, så blir skjemaet oppgradert, og prøv igjen. Ingenting er kopiert.`,
      newerSchema: (p: { location: string; found: number; latest: number }) =>
        `${p.location} har skjemaversjon ${p.found}, men denne versjonen av boten kjenner bare til ${p.latest}. Oppgrader boten først. Ingenting er kopiert.`,
      schemaDiffers: (p: { table: string; column: string | null; only: 'source' | 'target' | null }) =>
        `${p.column === null ? `Tabellen ${p.table}` : `Kolonnen ${p.table}.${p.column}`} ${
          p.only === null
            ? `er ulik i kilden og målet (${p.column === null ? 'primærnøkkel' : 'type'})`
            : `finnes bare i ${p.only === 'source' ? 'kilden' : 'målet'}`
        }. Ingenting er kopiert.`,
      targetNotEmpty: (p: { location: string; table: string; rows: string }) =>
        `Målet ${p.location} har allerede data: tabellen ${p.table} har ${p.rows} ${p.rows === '1' ? 'rad' : 'rader'}. Kopier bare til en tom database; ingenting er endret.`,
      copyFailed: (p: { table: string; detail: string }) =>
        `Kopieringen av tabellen ${p.table} feilet: ${p.detail}. Målet er rullet tilbake; ingenting er endret.`,
      mismatch: (p: { table: string; what: 'rows' | 'checksum'; source: string; target: string }) =>
        `Kontrollen fant avvik i tabellen ${p.table}: ${p.what === 'rows' ? 'antall rader' : 'sjekksummen'} er ${p.source} i kilden, men ${p.target} i målet. Kopien er rullet tilbake; ingenting er endret.`,
    },
    demoLoaded: (p: { organisations: number; people: number; initiatives: number; meetings: number; round: string }) =>
      `Demodata lastet: ${p.organisations} virksomheter, ${p.people} personer, ${p.initiatives} tiltak, ${p.meetings} møter og den avsluttede runden ${p.round}.`,
    demoSkipped: 'Databasen har allerede data; demodata ble ikke lastet.',
    imported: (p: { kind: string; created: number; updated: number; unchanged: number }) =>
      `Import av ${p.kind}: ${p.created} nye, ${p.updated} endret, ${p.unchanged} uendret.`,
    importRejected: (count: number) => `Filen ble avvist med ${count} feil. Ingenting er lagret.`,
    importKinds: { organisations: 'virksomheter', people: 'personer', initiatives: 'tiltak' },
    importIssueGroup: (p: { lines: string; count: number; more: number; column: string | null; message: string }) =>
      `${p.count === 1 ? 'Linje' : 'Linjene'} ${p.lines}${p.more > 0 ? ` og ${p.more} til` : ''}${p.column === null ? '' : `, kolonne «${p.column}»`}: ${p.message}`,
    importIds: (p: { created: string; updated: string }) =>
      [p.created && `Nye: ${p.created}.`, p.updated && `Endret: ${p.updated}.`].filter(Boolean).join(' '),
    importMore: (ids: string, more: number) => (more > 0 ? `${ids} og ${more} til` : ids),
    importDecoded: (encoding: string) =>
      `Filen var ikke lagret som UTF-8, men er lest som ${encoding}. Se etter at æ, ø og å er riktige, og lagre filen som UTF-8 neste gang.`,
    nothing: 'Ingenting å vise.',
    roundOpened: (p: { round: string; deadline: string; lockAt: string; au: string; skate: string; count: number }) =>
      `Runde ${p.round} er åpnet for ${p.count} tiltak. Frist: ${p.deadline}. Låses: ${p.lockAt}. AU-møte: ${p.au}. Skate-møte: ${p.skate}.`,
    roundMoved: (round: string, state: string) => `Runde ${round}: ${state}.`,
    roundSummary: (p: { round: string; state: string; deadline: string; lockAt: string }) =>
      `Runde ${p.round} – ${p.state}. Frist ${p.deadline}, låses ${p.lockAt}.`,
    roundCounts: (p: { submitted: number; draft: number; missing: number }) =>
      `Levert: ${p.submitted}. Utkast: ${p.draft}. Mangler: ${p.missing}.`,
    noActiveRound: 'Ingen rapporteringsrunde er åpen. Åpne en med «round open 2026-Q4».',
    outboxCounts: (p: { pending: number; sending: number; sent: number; failed: number; cancelled: number }) =>
      `Venter: ${p.pending}. Sendes: ${p.sending}. Sendt: ${p.sent}. Feilet: ${p.failed}. Kansellert: ${p.cancelled}.`,
    outboxStates: { pending: 'Venter', sending: 'Sendes', sent: 'Sendt', failed: 'Feilet', cancelled: 'Kansellert' },
    ticked: (p: { done: number; dropped: number; sent: number; retried: number; failed: number }) =>
      `Kjørte ${p.done} planlagte jobber (${p.dropped} utgått). Sendte ${p.sent} meldinger, ${p.retried} prøves igjen senere, ${p.failed} feilet.`,
    notLocal: 'Boten leverer selv når Teams eller Slack er satt opp; denne kommandoen er for lokal modus.',
    preflightResult: (total: number, unreachable: number) =>
      unreachable === 0 ? `Alle ${total} mottakere kan nås.` : `${unreachable} av ${total} mottakere kan ikke nås:`,
    /** `tick --dry-run`: what the due jobs would do, in the reader's words. */
    plan: {
      header: (at: string) => `Tørrkjøring ${at}: dette ville skjedd nå. Ingenting er lagret eller sendt.`,
      nothingDue: 'Ingen planlagte jobber har forfalt.',
      job: (p: { kind: 'round.reminder' | 'round.deadline'; round: string; due: string }) =>
        `${p.kind === 'round.deadline' ? 'Frist' : 'Påminnelse'} for runde ${p.round}, forfalt ${p.due}:`,
      reminderKinds: { before: 'før fristen', 'on-deadline': 'på fristdagen', overdue: 'etter fristen' },
      remind: (p: { when: string; name: string; email: string; initiative: string; hasDraft: boolean }) =>
        `påminnelse ${p.when} til ${p.name} <${p.email}> om ${p.initiative}${p.hasDraft ? ' (har et utkast)' : ''}`,
      escalate: (p: { name: string; missing: number }) =>
        `varsel til ${p.name} om ${p.missing} ${p.missing === 1 ? 'manglende rapport' : 'manglende rapporter'}`,
      moveRound: (p: { round: string; from: string; to: string }) =>
        `runde ${p.round} går fra «${p.from}» til «${p.to}»`,
      postReview: (p: { round: string; items: number }) =>
        `AU-gjennomgangen av runde ${p.round} legges i AU-kanalen, med ${p.items} ${p.items === 1 ? 'sak' : 'saker'} i tråden`,
      done: 'jobben er ferdig',
      dropped: (reason: string) => `jobben hoppes over: ${reason}`,
      reasons: {
        'round-not-found': 'runden finnes ikke',
        'round-inactive': (state: string) => `runden er «${state}»`,
        'round-locked': 'runden er låst for rapporter',
        superseded: 'en senere påminnelse har også forfalt, og bare den sendes',
      },
    },
    columns: {
      id: 'ID',
      title: 'Tittel',
      owner: 'Tiltakseier',
      acceptance: 'Aksept',
      phase: 'Fase',
      track: 'Oppfølging',
      contacts: 'Kontakter',
      email: 'E-post',
      name: 'Navn',
      organisation: 'Virksomhet',
      roles: 'Roller',
      language: 'Språk',
      linked: 'Koblet',
      date: 'Dato',
      forum: 'Forum',
      place: 'Sted',
      round: 'Runde',
      reporters: 'Rapportører',
      status: 'Status',
      submittedAt: 'Levert',
      state: 'Tilstand',
      deadline: 'Frist',
      agreed: 'Avtalt ferdig og kostnad',
      kind: 'Type',
      to: 'Til',
      attempts: 'Forsøk',
      error: 'Feil',
      when: 'Tid',
    },
    report: {
      heading: (initiative: string, title: string, round: string) => `${initiative} ${title} – ${round}`,
      state: (state: string, version: number, by: string, at: string) =>
        `${state}, versjon ${version}, sist endret av ${by} ${at}`,
      forecastDate: 'Prognosert ferdigdato',
      forecastCost: 'Prognosert kostnad',
      agreed: (date: string, cost: string) => `Avtalt: ${date}, ${cost}`,
      suggested: (light: string) => `foreslått: ${light}`,
      progress: 'Hva som er gjort i kvartalet',
      deviations: 'Avvik',
      correctiveActions: 'Korreksjonstiltak',
      decision: 'Oppfølging av Skates beslutning',
      sdgs: 'Bærekraftsmål',
      attention: 'Ber om Skates oppmerksomhet',
      versions: 'Versjoner',
      version: (version: number, state: string, by: string, at: string) => `  v${version} ${state} ${by} ${at}`,
    },
  },
};
