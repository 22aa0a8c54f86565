import type { ErrorCode, ErrorParams } from '../domain/errors';
import type { ImportIssueCode } from '../domain/import-issues';
import { formatDate } from './format';

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
    'oral-briefing': 'Ber om muntlig orientering',
    'separate-item': 'Egen sak i Skate',
  },
  followUp: { followed: 'Fulgt', partly: 'Delvis fulgt', not: 'Ikke fulgt' },
  yes: 'Ja',
  no: 'Nei',
  none: '–',

  errors: {
    'REPORT.REQUIRED': () => 'Feltet må fylles ut.',
    'REPORT.TOO_LONG': (p) => `Teksten er for lang (høyst ${p.max} tegn).`,
    'REPORT.CORRECTIVE_ACTIONS_REQUIRED': () =>
      'Ved rødt lys på resultat, ferdigdato eller kostnad må du foreslå korrigerende tiltak.',
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
    'VOTE.COMMENT_REQUIRED': () => 'Skriv en kommentar når du er uenig.',
    'VOTE.JUSTIFICATION_REQUIRED': () => 'AU må begrunne en anbefaling om egen sak i Skate.',
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
    'IMPORT.INVALID_FILE': (p) => `Filen kunne ikke leses: ${p.reason}`,
    'IMPORT.INVALID_ROWS': (p) => `Filen har ${p.count} feil. Ingenting er lagret.`,
    'REQUEST.CONFLICT': () =>
      'Denne handlingen er allerede utført med andre verdier. Ingenting er endret; åpne kortet på nytt og prøv igjen.',
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
  } satisfies Record<ImportIssueCode, Msg>,

  recommendation: {
    'missing-report': (title: string) =>
      `Skate konstaterer at statusrapport for ${title} mangler, og ber tiltakseier rapportere til neste møte.`,
    'take-note': (title: string) => `Skate tar status i ${title} til orientering.`,
    'note-deviation': (title: string, dimensions: string, hasCorrectiveActions: boolean) =>
      hasCorrectiveActions
        ? `Skate tar status i ${title} til orientering, merker seg vesentlig avvik på ${dimensions} og ber tiltakseier gjennomføre de foreslåtte korrigerende tiltakene.`
        : `Skate merker seg vesentlig avvik på ${dimensions} i ${title} og ber tiltakseier legge fram korrigerende tiltak.`,
    'final-treatment': (title: string) => `${title} er ferdig og legges fram for sluttbehandling i Skate.`,
    'skate-attention': (title: string) =>
      `Skate tar status i ${title} til orientering og drøfter forholdene tiltakseier ber Skate om å merke seg.`,
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
        'Rapporten skal legge vekt på vesentlige avvik fra avtalt resultat, ferdigdato og kostnad. Ved vesentlige avvik skal du foreslå korrigerende tiltak.',
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
        `Enig: ${agree}, uenig: ${disagree}, muntlig orientering: ${oral}, egen sak: ${separate} (${counted} av ${members} har stemt)`,
      outcomes: {
        agreed: 'Innstillingen har flertall',
        'not-agreed': 'Innstillingen har ikke flertall',
        'no-quorum': 'Ikke beslutningsdyktig ennå',
      },
      closed: 'Avstemningen er lukket.',
      voteRecorded: (choice: string) => `Stemmen din er registrert: ${choice}.`,
    },
    undeliverable: {
      title: (name: string) => `Kunne ikke nå ${name}`,
      text: (what: string, name: string, email: string, reason: string) =>
        `Meldingen «${what}» kunne ikke leveres til ${name} (${email}): ${reason}`,
    },
    preflight: {
      title: (period: string) => `Sjekk av mottakere før runden for ${period}`,
      allReachable: (total: number) => `Alle ${total} mottakere kan nås.`,
      someUnreachable: (unreachable: number, total: number) =>
        `${unreachable} av ${total} mottakere kan ikke nås ennå. Be dem åpne boten i Teams eller Slack, eller rett e-postadressen:`,
      item: (name: string, email: string, initiatives: string, reason: string) =>
        `${name} (${email}), ${initiatives}: ${reason}`,
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
    choice: 'Din stemme',
    comment: 'Kommentar (påkrevd ved uenighet, begrunnelse for egen sak)',
    recused: 'Jeg er inhabil i denne saken',
    submit: 'Stem',
    yourVote: 'Du har stemt',
    recusedVote: 'Inhabil',
  },
  commands: {
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
        usage: 'vedtak T-2026-03 ⟨tekst⟩',
        text: 'registrere Skates beslutning',
        example: 'vedtak T-2026-03 Skate ber tiltakseier legge fram revidert tidsplan i neste rapport.',
      },
      export: {
        usage: 'eksport md|html|docx [2026-Q4]',
        text: 'laste ned samlesaken',
        example: 'eksport docx 2026-Q4',
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
  },
  agendaCard: {
    title: (caseNumber: string, period: string, revision: number) =>
      `Sak ${caseNumber} Status i tiltakene i handlingsplanen – ${period}${revision > 0 ? ` (revidert utgave ${revision})` : ''}`,
    counts: (submitted: number, expected: number, green: number, yellow: number, red: number) =>
      `${submitted} av ${expected} tiltak har rapportert. Grønn: ${green}, gul: ${yellow}, rød: ${red}.`,
    deviation: (id: string, title: string, dimensions: string) => `${id} ${title}: vesentlig avvik på ${dimensions}`,
    missing: (id: string, title: string) => `${id} ${title}: statusrapport mangler`,
    recommends: (points: number) =>
      `AU legger fram ${points} ${points === 1 ? 'konkret punkt' : 'konkrete punkter'} i forslaget til beslutning.`,
    takeNote: 'AU anbefaler at Skate tar status i tiltakene til orientering.',
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
      deviations: 'Vesentlige avvik og korrigerende tiltak',
      followUp: 'Oppfølging av Skates tidligere beslutninger',
      auTreatment: 'AUs behandling',
      dissent: 'Uenighet i AU',
      oralBriefing: 'Muntlig orientering',
      separateItems: 'Anbefalt som egen sak i Skate',
      missingReports: 'Manglende statusrapporter',
      finalTreatment: 'Tiltak klare for sluttbehandling',
      sdgs: 'Bærekraftsmål',
      appendix: 'Vedlegg: status på initiativene',
    },
    background: {
      basis:
        'Skate behandler status i tiltakene i handlingsplanen kvartalsvis i en samlesak. Tiltakseierne rapporterer hvert kvartal, med hovedvekt på vesentlige avvik fra avtalt resultat, ferdigdato og kostnad, og skal foreslå korrigerende tiltak ved vesentlige avvik. Rapportene er forbehandlet av Skatesekretariatet og Skates arbeidsutvalg (AU), og AUs innstilling er forslaget til beslutning i denne saken.',
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
    },
    decision: {
      general: 'Skate tar status i tiltakene i handlingsplanen til orientering.',
      point: (initiative: string, text: string) => `${initiative}: ${text}`,
      notAgreed: 'Innstillingen fikk ikke flertall i AU.',
      separateItem: 'I AU er det anbefalt at tiltaket behandles som egen sak i Skate.',
    },
    status: {
      initiative: 'Tiltak',
      owner: 'Tiltakseier',
      trend: 'Trend',
      missing: 'Mangler',
      trendNew: 'ny',
      lightLegend: (green: string, yellow: string, red: string) =>
        `${green}: i rute. ${yellow}: risiko for avvik. ${red}: vesentlig avvik.`,
      trendLegend: (better: string, same: string, worse: string, isNew: string) =>
        `Trend viser endringen i samlet status fra tiltakets forrige rapport: ${better} bedre, ${same} uendret, ${worse} dårligere; «${isNew}» betyr at tiltaket ikke har rapportert før.`,
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
      noCorrectiveActions: 'Tiltakseier har ikke foreslått korrigerende tiltak.',
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
        oralBriefing: 'Muntlig orientering',
        separateItem: 'Egen sak',
        recused: 'Inhabil',
        notVoted: 'Ikke stemt',
        outcome: 'Resultat',
      },
      outcomes: {
        agreed: 'Flertall for innstillingen',
        'not-agreed': 'Ikke flertall',
        'no-quorum': 'Ikke beslutningsdyktig',
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
        `Enig ${p.agree}, uenig ${p.disagree}, muntlig orientering ${p.oralBriefing}, egen sak ${p.separateItem}. ${p.counted} av ${p.members} stemmer er talt${p.recused > 0 ? `, ${p.recused} inhabil` : ''}. ${p.outcome}.`,
      dissentNone: 'Ingen AU-medlemmer har stemt mot innstillingen.',
      oralBriefingIntro: 'AU ber om supplerende muntlig orientering fra disse tiltakene:',
      oralBriefingNone: 'AU har ikke bedt om muntlig orientering fra noen av tiltakene.',
      separateItemsIntro: 'AU anbefaler at disse tiltakene behandles som egen sak i Skate:',
      separateItemsNone: 'AU anbefaler ikke at noen av tiltakene behandles som egen sak i Skate.',
      justification: 'Begrunnelse',
    },
    missing: {
      intro: 'Disse tiltakene har ikke levert statusrapport for kvartalet:',
      none: 'Alle tiltakene har levert statusrapport.',
      line: (initiative: string, owner: string, contacts: string) =>
        contacts === '' ? `${initiative} – ${owner}` : `${initiative} – ${owner} (kontakt: ${contacts})`,
    },
    finalTreatment: {
      intro: 'Disse tiltakene er ferdige og legges fram for sluttbehandling i Skate:',
      none: 'Ingen tiltak er klare for sluttbehandling denne gangen.',
      line: (initiative: string, owner: string, agreedResult: string) =>
        `${initiative} – ${owner}. Avtalt resultat: ${agreedResult}`,
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
      correctiveActions: 'Korrigerende tiltak',
      attention: 'Ber om Skates oppmerksomhet',
      sdgs: 'Bærekraftsmål',
      recommendation: 'AUs innstilling',
      votes: 'Avstemning i AU',
      missingReport: 'Statusrapport mangler.',
    },
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
      correctiveActions: 'Korrigerende tiltak',
      decision: 'Oppfølging av Skates beslutning',
      sdgs: 'Bærekraftsmål',
      attention: 'Ber om Skates oppmerksomhet',
      versions: 'Versjoner',
      version: (version: number, state: string, by: string, at: string) => `  v${version} ${state} ${by} ${at}`,
    },
  },
};
