import type { ErrorCode, ErrorParams } from '../domain/errors';
import type { ImportIssueCode } from '../domain/import-issues';
import { formatDate } from './format';
import type { Messages } from './index';

type Params = ErrorParams;
/** A date parameter (ISO) as this language writes it. */
const fd = (d: string | number | undefined): string =>
  typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDate(d, 'nn') : String(d ?? '');
type Msg = (p: Params) => string;

/** The message catalogue in Norwegian nynorsk. Same shape as nb.ts. */
const roundStates = {
  planned: 'Planlagd',
  open: 'Open for rapportering',
  'in-review': 'Til handsaming i AU',
  compiled: 'Samlesak samanstilt',
  closed: 'Avslutta',
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
const lights = { green: 'Grøn', yellow: 'Gul', red: 'Raud' };

/** A light's name in lower case for mid-sentence, from an error parameter; the raw value when unknown. */
const lightWord = (light: string | number | undefined): string =>
  lights[light as keyof typeof lights]?.toLowerCase() ?? String(light ?? '');

export const nn = {
  languageName: 'norsk nynorsk',
  lights,
  lightDimensions: { overall: 'Samla', result: 'Resultat', schedule: 'Ferdigdato', cost: 'Kostnad' },
  roundStates,
  reportStates: { missing: 'Manglar', draft: 'Utkast', submitted: 'Levert' },
  phases: {
    concept: 'Konsept',
    planning: 'Planlegging',
    execution: 'Gjennomføring',
    finished: 'Ferdig',
    'final-treatment-done': 'Slutthandsama',
  },
  acceptance: { proposed: 'Føreslått', accepted: 'Akseptert', declined: 'Avslått' },
  tracks: { skate: 'Skate/AU', line: 'Eiga linje' },
  roles: {
    secretariat: 'Skatesekretariatet',
    au: 'AU-medlem',
    skate: 'Skate-medlem',
    owner: 'Tiltakseigar',
    'strategy-owner': 'Strategieigar',
  },
  forums: { skate: 'Skate', au: 'Skates arbeidsutval (AU)' },
  voteChoices: {
    agree: 'Einig',
    disagree: 'Ueinig',
    'oral-briefing': 'Ber om munnleg orientering',
    'separate-item': 'Eiga sak i Skate',
  },
  followUp: { followed: 'Følgt', partly: 'Delvis følgt', not: 'Ikkje følgt' },
  yes: 'Ja',
  no: 'Nei',
  none: '–',

  errors: {
    'REPORT.REQUIRED': () => 'Feltet må fyllast ut.',
    'REPORT.TOO_LONG': (p) => `Teksten er for lang (høgst ${p.max} teikn).`,
    'REPORT.CORRECTIVE_ACTIONS_REQUIRED': () =>
      'Ved raudt lys på resultat, ferdigdato eller kostnad må du føreslå korrigerande tiltak.',
    'REPORT.FOLLOW_UP_REQUIRED': () =>
      'Du må svare på om den førre avgjerda til Skate er følgt opp, med ein kommentar.',
    'REPORT.FORECAST_BEFORE_QUARTER': (p) =>
      `Prognosert ferdigdato kan ikkje vere før kvartalet startar (${p.quarterStart}).`,
    'REPORT.NEGATIVE_COST': () => 'Kostnaden kan ikkje vere negativ.',
    'REPORT.INVALID_DATE': () => 'Ugyldig dato.',
    'REPORT.INVALID_NUMBER': () => 'Ugyldig tal.',
    'REPORT.INVALID_SDG': () => 'Berekraftsmåla må vere tal frå 1 til 17, utan gjentakingar.',
    'REPORT.OVERRIDE_REASON_REQUIRED': (p) =>
      `Du har valt eit anna lys enn det føreslåtte (${lightWord(p.suggested)}). Grunngje valet.`,
    'REPORT.INVALID_LIGHT': (p) => `«${p.value}» er ikkje eit lys. Vel grøn, gul eller raud.`,
    'REPORT.OVERALL_REASON_REQUIRED': (p) =>
      `Samla status kan ikkje vere grønare enn det dårlegaste av resultat, ferdigdato og kostnad (${lightWord(p.worst)}) utan ei grunngjeving. Vel eit anna lys, eller grunngje valet.`,
    'REPORT.ROUND_LOCKED': (p) => `Rapporteringsrunden ${p.round} er låst. Rapporten kan ikkje lenger endrast.`,
    'REPORT.ROUND_NOT_OPEN': (p) => `Rapporteringsrunden ${p.round} er ikkje opna enno.`,
    'REPORT.STALE_VERSION': () =>
      'Rapporten er endra etter at du opna skjemaet. Skjemaet er oppdatert med det siste; sjå over og send på nytt.',
    'REPORT.NOT_ACCEPTED': (p) => `Tiltaket ${p.initiative} er ikkje akseptert av tiltakseigar enno.`,
    'REPORT.NOT_FOUND': (p) => `Fann ingen rapport for ${p.initiative} i ${p.round}.`,
    'ROUND.INVALID_TRANSITION': (p) =>
      `Runden ${p.round} kan ikkje gå frå «${stateName(p.from)}» til «${stateName(p.to)}».`,
    'ROUND.NOT_FOUND': (p) => `Fann ingen rapporteringsrunde ${p.round}.`,
    'ROUND.ALREADY_EXISTS': (p) => `Rapporteringsrunden ${p.round} finst allereie.`,
    'ROUND.INVALID_QUARTER': (p) => `«${p.value}» er ikkje eit kvartal. Skriv det som 2026-Q4.`,
    'ROUND.NO_SKATE_MEETING': (p) => `Møteplanen har ikkje noko ledig Skate-møte for ${p.round}. Legg inn møtet først.`,
    'ROUND.DEADLINE_TOO_CLOSE': (p) =>
      `Fristen for ${p.round} ville vore ${fd(p.deadline)}, og det er for seint: eigarane treng minst ${p.lead} vyrkedagar. ` +
      `Opne runden med ein seinare frist: «runde opne ${p.round} frist ${fd(p.earliest)}».`,
    'ROUND.TOO_LATE_FOR_MEETING': (p) =>
      `Det er for seint å opne ${p.round}: med ein frist tidlegast ${fd(p.earliest)} blir ikkje rapportane klare før Skate-møtet ${fd(p.skate)}. ` +
      (p.next ? `Opne neste kvartal i staden: «runde opne ${p.next}».` : 'Legg inn eit seinare Skate-møte først.'),
    'ROUND.DEADLINE_NOT_BUSINESS_DAY': (p) =>
      `${fd(p.deadline)} er ikkje ein vyrkedag. Vel ein vyrkedag frå ${fd(p.earliest)}.`,
    'ROUND.NO_AU_CHANNEL': () =>
      'AU-kanalen er ikkje kopla til enno, så AU kan ikkje få sakene. Skriv «kanal au» i AU-kanalen først.',
    'ROUND.NONE': (p) =>
      (p.rounds
        ? `Ingen runde er open no. Rundane som finst: ${p.rounds}. Nemn den du meiner, t.d. «status ${String(p.rounds).split(', ').at(-1)}».`
        : 'Det finst ingen rapporteringsrundar enno.') +
      (p.suggestion ? ` Ein ny runde kan opnast med «runde opne ${p.suggestion}».` : ''),
    'VOTE.COMMENT_REQUIRED': () => 'Skriv ein kommentar når du er ueinig.',
    'VOTE.JUSTIFICATION_REQUIRED': () => 'AU må grunngje ei tilråding om eiga sak i Skate.',
    'VOTE.CLOSED': () => 'Avrøystinga er lukka.',
    'VOTE.TOO_LONG': (p) => `Kommentaren er for lang (høgst ${p.max} teikn).`,
    'AUTH.NOT_OWNER': () => 'Berre tiltakseigar eller ein stadfortredar kan rapportere på dette tiltaket.',
    'AUTH.NOT_AU': () => 'Berre medlemmer av Skates arbeidsutval kan røyste.',
    'AUTH.NOT_SECRETARIAT': () => 'Berre Skatesekretariatet kan gjere dette.',
    'AUTH.NOT_REVIEW_READER': () => 'Berre AU og Skatesekretariatet kan sjå AU si handsaming av tiltaka.',
    'AUTH.NOT_AGENDA_READER': () => 'Berre Skate, AU, strategieigar og Skatesekretariatet kan lese samlesaka.',
    'AUTH.UNKNOWN_PERSON': () =>
      'Eg kjenner deg ikkje att. Be Skatesekretariatet registrere e-postadressa di, så kan vi snakkast.',
    'INITIATIVE.NOT_FOUND': (p) => `Fann ikkje tiltaket ${p.initiative}.`,
    'INITIATIVE.INVALID_ID': (p) => `«${p.value}» er ikkje ein tiltaks-ID. Skriv ID-en som T-2026-03.`,
    'PERSON.NOT_FOUND': (p) => `Fann ingen person med e-post ${p.email}.`,
    'ORGANISATION.NOT_FOUND': (p) => `Fann ikkje verksemda ${p.organisation}.`,
    'DELEGATION.INVALID_PERIOD': () => 'Stadfortredarperioden må slutte same dag som han startar, eller seinare.',
    'DECISION.NOT_FOUND': (p) => `Fann ikkje avgjerda ${p.decision}.`,
    'IMPORT.INVALID_FILE': (p) => `Fila kunne ikkje lesast: ${p.reason}`,
    'IMPORT.INVALID_ROWS': (p) => `Fila har ${p.count} feil. Ingenting er lagra.`,
    'REQUEST.CONFLICT': () =>
      'Denne handlinga er allereie utført med andre verdiar. Ingenting er endra; opna kortet på nytt og prøv igjen.',
  } satisfies Record<ErrorCode, Msg>,

  importIssues: {
    'empty-file': () => 'Fila er tom eller har berre overskriftsrada.',
    'malformed-csv': (p) => `Fila er ikkje gyldig CSV: ${p.reason}`,
    'missing-column': (p) => `Kolonnen «${p.column}» manglar.`,
    'unknown-column': (p) => `Ukjend kolonne «${p.column}». Tillatne kolonnar: ${p.allowed}.`,
    required: () => 'Må fyllast ut.',
    'invalid-email': (p) => `Ugyldig e-postadresse «${p.value}».`,
    'invalid-id': (p) => `Ugyldig ID «${p.value}» (venta ${p.format}).`,
    'invalid-date': (p) => `Ugyldig dato «${p.value}» (bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).`,
    'invalid-number': (p) => `Ugyldig tal «${p.value}»${p.min !== undefined ? ` (minst ${p.min})` : ''}.`,
    'invalid-value': (p) => `Ugyldig verdi «${p.value}». Tillatne verdiar: ${p.allowed}.`,
    'unknown-organisation': (p) => `Ukjend verksemd «${p.value}». Importer verksemdene først.`,
    'unknown-person': (p) => `Ukjend person «${p.value}». Importer personane først.`,
    'unknown-focus-area': (p) => `Ukjend innsatsområde «${p.value}». Tillatne verdiar: ${p.allowed}.`,
    'unknown-life-event': (p) => `Ukjend livshending «${p.value}». Tillatne verdiar: ${p.allowed}.`,
    'invalid-sdg': (p) => `Ugyldig berekraftsmål «${p.value}» (1–17).`,
    duplicate: (p) => `«${p.value}» finst allereie på linje ${p.firstLine}.`,
    'invalid-encoding': () =>
      'Fila er ikkje lagra som UTF-8, og teikna kan ikkje lesast sikkert. Lagre fila som UTF-8 (i Excel: «CSV UTF-8 (kommadelt)») og importer ho på nytt.',
  } satisfies Record<ImportIssueCode, Msg>,

  recommendation: {
    'missing-report': (title: string) =>
      `Skate konstaterer at statusrapporten for ${title} manglar, og ber tiltakseigar rapportere til neste møte.`,
    'take-note': (title: string) => `Skate tek status i ${title} til orientering.`,
    'note-deviation': (title: string, dimensions: string, hasCorrectiveActions: boolean) =>
      hasCorrectiveActions
        ? `Skate tek status i ${title} til orientering, merkar seg vesentleg avvik på ${dimensions} og ber tiltakseigar gjennomføre dei føreslåtte korrigerande tiltaka.`
        : `Skate merkar seg vesentleg avvik på ${dimensions} i ${title} og ber tiltakseigar leggje fram korrigerande tiltak.`,
    'final-treatment': (title: string) => `${title} er ferdig og blir lagt fram for slutthandsaming i Skate.`,
    'skate-attention': (title: string) =>
      `Skate tek status i ${title} til orientering og drøftar forholda tiltakseigar ber Skate om å merke seg.`,
  },

  // A no-break space after the number: «4. kvartal» at the start of a line must not read as a numbered list.
  quarterLabel: (quarter: number, year: number) => `${quarter}.\u00a0kvartal ${year}`,
  cycle: {
    facts: {
      initiative: 'Tiltak',
      round: 'Periode',
      deadline: 'Frist',
      lockAt: 'Siste frist for sein rapport',
      skateMeeting: 'Skate-møte',
      auMeeting: 'AU-møte',
      owner: 'Tiltakseigar',
      submitted: 'Levert',
      missing: 'Manglar',
      recommendation: 'Framlegg til innstilling',
    },
    reportRequest: {
      title: (id: string, period: string) => `Statusrapport for ${id} – ${period}`,
      summary: (title: string, deadline: string) =>
        `Skatesekretariatet ber om statusrapport for ${title} innan ${deadline}.`,
      intro: (title: string, period: string, deadline: string) =>
        `Skatesekretariatet ber om statusrapport for ${title} for ${period}. Fristen er ${deadline}.`,
      emphasis:
        'Rapporten skal leggje vekt på vesentlege avvik frå avtalt resultat, ferdigdato og kostnad. Ved vesentlege avvik skal du føreslå korrigerande tiltak.',
      decision: (date: string, text: string) =>
        `Skate avgjorde ${date}: «${text}» Svar i rapporten på om avgjerda er følgt.`,
      delegated: (from: string, until: string) =>
        `Du får denne fordi ${from} har delegert rapporteringa til deg til og med ${until}.`,
      open: 'Fyll ut rapporten',
    },
    acceptance: {
      title: (title: string) => `Vil du ta på deg ansvaret for ${title}?`,
      summary: (title: string) => `Du er føreslått som tiltakseigar for ${title}.`,
      intro: (organisation: string, title: string) =>
        `${organisation} er føreslått som tiltakseigar for ${title}. Tiltaket blir følgt opp av Skate når tiltakseigar har akseptert oppgåva og ansvaret.`,
      result: (result: string, date: string, cost: string) =>
        `Avtalt resultat: ${result} Ferdig ${date}, kostnad ${cost}.`,
      accept: 'Aksepter',
      decline: 'Avslå',
    },
    reminder: {
      title: (id: string) => `Påminning: statusrapport for ${id}`,
      before: (deadline: string, days: number) =>
        `Fristen for statusrapporten er ${deadline}, om ${days} ${days === 1 ? 'verkedag' : 'verkedagar'}.`,
      onDeadline: (time: string) => `Fristen for statusrapporten går ut i dag kl. ${time}.`,
      overdue: (deadline: string, lockAt: string) =>
        `Fristen for statusrapporten gjekk ut ${deadline}, og rapporten manglar framleis. Send han så snart du kan; han blir teken med fram til ${lockAt}.`,
      draft: 'Du har eit utkast som ikkje er sendt inn enno.',
      summary: (title: string) => `Statusrapporten for ${title} manglar.`,
    },
    escalation: {
      title: (period: string) => `Manglande statusrapportar – ${period}`,
      intro: (count: number, reminders: number) =>
        `${count} ${count === 1 ? 'tiltak har' : 'tiltak har'} ikkje levert statusrapport etter ${reminders} purringar.`,
      item: (id: string, title: string, contacts: string) => `${id} ${title} – ${contacts}`,
    },
    review: {
      title: (period: string) => `AU-handsaming: status i tiltaka – ${period}`,
      intro: (submitted: number, total: number, deadline: string) =>
        `Frist for statusrapportane: ${deadline}. ${submitted} av ${total} tiltak har levert.`,
      votePrompt: (date: string) =>
        `Under følgjer éin rapport per tiltak med framlegg til innstilling frå sekretariatet. Stem i svaret under kvart tiltak før AU-møtet ${date}.`,
      byStatus: (green: number, yellow: number, red: number) => `Grøn: ${green}, gul: ${yellow}, raud: ${red}`,
      itemTitle: (id: string, title: string) => `${id} ${title}`,
      missingReport: 'Statusrapport manglar.',
      vote: 'Stem',
      tally: (agree: number, disagree: number, oral: number, separate: number, counted: number, members: number) =>
        `Samd: ${agree}, usamd: ${disagree}, munnleg orientering: ${oral}, eiga sak: ${separate} (${counted} av ${members} har røysta)`,
      outcomes: {
        agreed: 'Innstillinga har fleirtal',
        'not-agreed': 'Innstillinga har ikkje fleirtal',
        'no-quorum': 'Ikkje vedtaksfør enno',
      },
      closed: 'Røystinga er lukka.',
      voteRecorded: (choice: string) => `Røysta di er registrert: ${choice}.`,
    },
    undeliverable: {
      title: (name: string) => `Kunne ikkje nå ${name}`,
      text: (what: string, name: string, email: string, reason: string) =>
        `Meldinga «${what}» kunne ikkje leverast til ${name} (${email}): ${reason}`,
    },
    preflight: {
      title: (period: string) => `Sjekk av mottakarar før runden for ${period}`,
      allReachable: (total: number) => `Alle ${total} mottakarar kan nåast.`,
      someUnreachable: (unreachable: number, total: number) =>
        `${unreachable} av ${total} mottakarar kan ikkje nåast enno. Be dei opne boten i Teams eller Slack, eller rett e-postadressa:`,
      item: (name: string, email: string, initiatives: string, reason: string) =>
        `${name} (${email}), ${initiatives}: ${reason}`,
      reasons: {
        'unknown-person': 'er ikkje registrert',
        'no-identity': 'har ikkje teke i bruk boten enno',
        'no-conversation': 'har ikkje nokon samtale med boten',
        transport: 'plattforma kan ikkje nå personen',
        'channel-not-bound': 'kanalen er ikkje sett opp; skriv «kanal au» eller «kanal skate» i kanalen',
        'parent-not-sent': 'meldinga ho høyrer til, vart aldri send',
      },
    },
  },

  form: {
    followUpComment: 'Kommentar til oppfølginga',
    agreed: 'Avtalt',
    decision: 'Avgjerda frå Skate som skal følgjast opp',
    save: 'Lagre utkast',
    submit: 'Send inn',
    edit: 'Endre',
    suggestion: (light: string) => `Føreslått ut frå prognosen: ${light}. Vel du noko anna, må du grunngje det.`,
    reasons: {
      overall: 'Grunngjeving for samla status',
      schedule: 'Grunngjeving for lyset for ferdigdato',
      cost: 'Grunngjeving for lyset for kostnad',
    },
    scheduleRule: (days: number) =>
      `Grøn når prognosert ferdigdato er på eller før avtalt dato, gul inntil ${days} ${days === 1 ? 'dag' : 'dagar'} etter, raud når han er meir enn ${days} ${days === 1 ? 'dag' : 'dagar'} etter avtalt dato.`,
    costRule: (percent: string) =>
      `Grøn når prognosen er innanfor avtalt kostnad, gul inntil ${percent}\u00a0% over, raud når prognosen er meir enn ${percent}\u00a0% over avtalt kostnad.`,
    overallRule:
      'Samla status kan ikkje vere grønare enn det dårlegaste av resultat, ferdigdato og kostnad utan ei grunngjeving.',
    worstNow: (light: string) => `Det dårlegaste er no: ${light}.`,
    receiptTitle: (id: string, period: string) => `Statusrapporten for ${id} – ${period} er send inn`,
    receiptText: (at: string, version: number) =>
      `Motteken ${at} (versjon ${version}). Du kan endre rapporten til runden blir låst.`,
    draftSaved: (at: string) => `Utkastet er lagra ${at}.`,
    fixErrors: 'Rett opp felta som er merkte, og send på nytt.',
  },
  vote: {
    choice: 'Di røyst',
    comment: 'Kommentar (påkravd ved usemje, grunngjeving for eiga sak)',
    recused: 'Eg er ugild i denne saka',
    submit: 'Røyst',
    yourVote: 'Du har røysta',
    recusedVote: 'Ugild',
  },
  commands: {
    helpTitle: 'Dette kan du be Skate-boten om',
    helpLine: (usage: string, text: string, example: string) => `${usage} – ${text}. Døme: «${example}»`,
    errorForSecretariat:
      'Orsak, noko gjekk gale, og ingenting vart endra. Prøv igjen om litt; om det skjer igjen, sjå i loggen til boten (driftsansvarleg kan hjelpe).',
    channelNeedsChat: 'Kanalar koplast frå chatten: skriv «kanal au» eller «kanal skate» i kanalen det gjeld.',
    unknownAction: 'Denne knappen kjenner eg ikkje att. Opne kortet på nytt og prøv igjen.',
    helpIntro: 'Skriv kommandoen til meg i ein personleg chat, eller nemn meg (@Skate-boten) i ein kanal.',
    help: {
      help: { usage: 'hjelp', text: 'viser denne oversikta', example: 'hjelp' },
      status: {
        usage: 'status [2026-Q4]',
        text: 'kva rapportar som er leverte og kva som manglar',
        example: 'status 2026-Q4',
      },
      mine: { usage: 'mine', text: 'tiltaka du rapporterer for, med skjemaet', example: 'mine' },
      round: {
        usage: 'runde åpne|frist|gjennomgang|lukk 2026-Q4 [dato]',
        text: 'opne ein rapporteringsrunde, flytte fristen, starte AU-handsaminga eller avslutte runden',
        example: 'runde opne 2026-Q4',
      },
      remind: {
        usage: 'påminn [T-2026-03]',
        text: 'minne alle som ikkje har levert (eller eitt tiltak) no',
        example: 'påminn T-2026-03',
      },
      recommendation: {
        usage: 'innstilling T-2026-03 ⟨tekst⟩',
        text: 'endre framlegget til innstilling frå AU',
        example: 'innstilling T-2026-03 Skate tek status til orientering og ber om revidert tidsplan.',
      },
      vote: {
        usage: 'avstemning lukk [T-2026-03]',
        text: 'lukke røystinga i AU for eitt tiltak eller heile runden',
        example: 'avstemning lukk T-2026-03',
      },
      initiatives: {
        usage: 'tiltak',
        text: 'liste over tiltaka (import av CSV skjer med kommandolinja)',
        example: 'tiltak',
      },
      delegate: {
        usage: 'deleger T-2026-03 ⟨e-post⟩ ⟨frå dato⟩ ⟨til dato⟩',
        text: 'la ein kollega rapportere i ein periode',
        example: 'deleger T-2026-03 kari.nordmann@nav.no 01.12.2026 31.12.2026',
      },
      channel: {
        usage: 'kanal au|skate',
        text: 'gjere denne kanalen til AU-kanalen eller Skate-kanalen',
        example: 'kanal au',
      },
      preflight: { usage: 'sjekk', text: 'sjekke at alle tiltakseigarar kan nåast før runden', example: 'sjekk' },
      compile: {
        usage: 'samanstill [2026-Q4]',
        text: 'samanstille samlesaka til Skate',
        example: 'samanstill 2026-Q4',
      },
      decision: {
        usage: 'vedtak T-2026-03 ⟨tekst⟩',
        text: 'registrere avgjerda i Skate',
        example: 'vedtak T-2026-03 Skate ber tiltakseigaren leggje fram revidert tidsplan i neste rapport.',
      },
      export: {
        usage: 'eksport md|html|docx [2026-Q4]',
        text: 'laste ned samlesaka',
        example: 'eksport docx 2026-Q4',
      },
    },
    unknown: (text: string) => `Eg forstod ikkje «${text}». Skriv «hjelp» for å sjå kva eg kan.`,
    usage: (usage: string) => `Slik brukar du kommandoen: ${usage}`,
    notAvailable: 'Denne kommandoen er ikkje teken i bruk enno.',
    roundDeadlineMoved: (round: string, deadline: string) =>
      `Fristen for runde ${round} er flytta til ${deadline}. Påminningane er planlagde på nytt.`,
    reminded: (count: number) =>
      count === 0 ? 'Alle har levert; ingen påminningar sende.' : `Påminning blir send til ${count} mottakarar.`,
    recommendationSaved: (id: string) =>
      `Framlegget til innstilling for ${id} er oppdatert, og AU-tråden blir oppdatert.`,
    voteClosed: (count: number) => `Røystinga er lukka for ${count} tiltak.`,
    delegated: (id: string, name: string, from: string, until: string) =>
      `${name} rapporterer for ${id} frå ${from} til ${until}.`,
    channelBound: (channel: string) => `Denne kanalen er no ${channel}.`,
    channelNames: { au: 'AU-kanalen', skate: 'Skate-kanalen' },
    mineTitle: 'Tiltaka dine',
    mineNone: 'Du er ikkje registrert som kontaktperson for noko tiltak.',
    mineLine: (id: string, title: string, state: string) => `${id} ${title}: ${state}`,
    notDue: 'ingen rapport no',
    accepted: (title: string) => `Takk! Du har teke på deg ansvaret for ${title}.`,
    declined: (title: string) => `Du har takka nei til ${title}. Skatesekretariatet får melding.`,
    decisionRecorded: (id: string, initiative: string) =>
      `Avgjerd ${id} er registrert for ${initiative}. Tiltakseigaren blir beden om å følgje henne opp i neste rapport.`,
    decisionCorrected: (id: string) => `Avgjerd ${id} er retta.`,
    decisionsTitle: 'Avgjerdene til Skate',
    noDecisions: 'Ingen avgjerder er registrerte.',
    decisionLine: (id: string, initiative: string, date: string, text: string, open: boolean) =>
      `${id} (${initiative}, ${date}${open ? ', til oppfølging' : ''}): «${text}»`,
    exportTitle: (caseNumber: string) => `Sak ${caseNumber}: last ned`,
    notCompiled: 'Samlesaka er ikkje samanstilt enno. Skriv «samanstill» først.',
    welcome: (name: string) => `Hei, ${name}! Eg er Skate-boten. Skriv «hjelp» for å sjå kva eg kan.`,
    unknownUser:
      'Hei! Eg finn deg ikkje i registeret til Skate. Be Skatesekretariatet registrere e-postadressa di, så kan vi snakkast.',
    error: 'Orsak, noko gjekk gale. Prøv att om litt; held feilen fram, sei frå til Skatesekretariatet.',
  },
  agendaCard: {
    title: (caseNumber: string, period: string, revision: number) =>
      `Sak ${caseNumber} Status i tiltaka i handlingsplanen – ${period}${revision > 0 ? ` (revidert utgåve ${revision})` : ''}`,
    counts: (submitted: number, expected: number, green: number, yellow: number, red: number) =>
      `${submitted} av ${expected} tiltak har rapportert. Grøn: ${green}, gul: ${yellow}, raud: ${red}.`,
    deviation: (id: string, title: string, dimensions: string) => `${id} ${title}: vesentleg avvik på ${dimensions}`,
    missing: (id: string, title: string) => `${id} ${title}: statusrapport manglar`,
    recommends: (points: number) =>
      `AU legg fram ${points} ${points === 1 ? 'konkret punkt' : 'konkrete punkt'} i framlegget til vedtak.`,
    takeNote: 'AU tilrår at Skate tek status i tiltaka til orientering.',
    previewNote: 'Dette er ei førehandsvising. Sjå over dokumenta, og publiser i Skate-kanalen når alt er rett.',
    meeting: 'Skate-møte',
    caseNumber: 'Saksnummer',
    publish: 'Publiser i Skate-kanalen',
    word: 'Saksframlegg (Word)',
    html: 'Saksframlegg (nettside)',
    markdown: 'Saksframlegg (Markdown)',
    heatmapAlt: (quarters: number) =>
      quarters === 1 ? 'Status for tiltaka dette kvartalet' : `Status for tiltaka dei siste ${quarters} kvartala`,
    published: (caseNumber: string) => `Sak ${caseNumber} er publisert i Skate-kanalen.`,
    unchanged: (caseNumber: string, revision: number) =>
      `Ingenting er endra sidan sak ${caseNumber}${revision > 0 ? ` (revidert utgåve ${revision})` : ''} vart samanstilt; inga ny utgåve er laga.`,
    noChannel: 'Skate-kanalen er ikkje sett opp. Skriv «kanal skate» i Skate-kanalen først.',
  },
  agenda: {
    pageOf: { page: 'Side', of: 'av' },
    documentTitle: 'SAKSFRAMLEGG',
    forum: (forum: string) => `Forum: ${forum}`,
    meetingDate: (date: string) => `Møtedato: ${date}`,
    caseLine: (caseNumber: string, title: string) => `Sak ${caseNumber} ${title}`,
    caseTitle: (period: string) => `Status i tiltaka i handlingsplanen – ${period}`,
    caseTypes: { behandlingssak: 'Handsamingssak' },
    revision: (n: number) => `Revidert utgåve ${n}. Erstattar saksframlegget som vart sendt ut tidlegare.`,
    quarterShort: (quarter: number, year: number) => `${quarter}. kv. ${year}`,
    headings: {
      background: 'Historikk/bakgrunn',
      proposedDecision: 'Framlegg til avgjerd:',
      statusOverview: 'Status i tiltaka',
      heatmap: 'Utviklinga dei siste kvartala',
      deviations: 'Vesentlege avvik og korrigerande tiltak',
      followUp: 'Oppfølging av tidlegare avgjerder i Skate',
      auTreatment: 'Handsaminga i AU',
      dissent: 'Usemje i AU',
      oralBriefing: 'Munnleg orientering',
      separateItems: 'Tilrådd som eiga sak i Skate',
      missingReports: 'Manglande statusrapportar',
      finalTreatment: 'Tiltak klare for slutthandsaming',
      sdgs: 'Berekraftsmål',
      appendix: 'Vedlegg: status på initiativa',
    },
    background: {
      basis:
        'Skate handsamar status i tiltaka i handlingsplanen kvar kvartal i ei samlesak. Tiltakseigarane rapporterer kvart kvartal, med hovudvekt på vesentlege avvik frå avtalt resultat, ferdigdato og kostnad, og skal føreslå korrigerande tiltak ved vesentlege avvik. Rapportane er førehandsama av Skatesekretariatet og arbeidsutvalet til Skate (AU), og innstillinga frå AU er framlegget til avgjerd i denne saka.',
      requested: (period: string, expected: number, deadline: string) =>
        `Skatesekretariatet bad om statusrapport for ${period} frå ${expected} tiltak, med frist ${deadline}.`,
      received: (submitted: number, missing: number) =>
        missing === 0
          ? 'Alle har levert.'
          : submitted === 0
            ? 'Ingen har levert.'
            : `Av desse har ${submitted} levert, og ${missing} manglar.`,
      byOverall: (green: number, yellow: number, red: number) =>
        `Samla status er ${series(
          [
            [green, 'grøn'],
            [yellow, 'gul'],
            [red, 'raud'],
          ],
          'tiltak',
          'og',
        )}.`,
      deviations: (n: number) =>
        n === 0
          ? 'Ingen av rapportane melder om vesentleg avvik frå avtalt resultat, ferdigdato eller kostnad.'
          : `Vesentleg avvik frå avtalt resultat, ferdigdato eller kostnad er meldt i ${n} av rapportane.`,
      auHeld: (date: string) =>
        `AU handsama rapportane og framlegget frå sekretariatet til innstilling i møtet ${date}.`,
      auPlanned: (date: string) =>
        `AU handsamar rapportane og framlegget frå sekretariatet til innstilling i møtet ${date}.`,
      auUndated: 'AU har handsama rapportane og framlegget frå sekretariatet til innstilling.',
    },
    decision: {
      general: 'Skate tek status i tiltaka i handlingsplanen til orientering.',
      point: (initiative: string, text: string) => `${initiative}: ${text}`,
      notAgreed: 'Innstillinga fekk ikkje fleirtal i AU.',
      separateItem: 'I AU er det tilrådd at tiltaket blir handsama som eiga sak i Skate.',
    },
    status: {
      initiative: 'Tiltak',
      owner: 'Tiltakseigar',
      trend: 'Trend',
      missing: 'Manglar',
      trendNew: 'ny',
      lightLegend: (green: string, yellow: string, red: string) =>
        `${green}: i rute. ${yellow}: risiko for avvik. ${red}: vesentleg avvik.`,
      trendLegend: (better: string, same: string, worse: string, isNew: string) =>
        `Trend viser endringa i samla status frå førre rapport for tiltaket: ${better} betre, ${same} uendra, ${worse} dårlegare; «${isNew}» tyder at tiltaket ikkje har rapportert før.`,
      trendFirst: (isNew: string) => `Ingen av tiltaka har rapportert tidlegare, så trenden er «${isNew}» for alle.`,
    },
    heatmap: {
      intro: (n: number) => `Samla status dei siste ${n} kvartala. – tyder at tiltaket ikkje leverte rapport.`,
      tooShort: 'Utviklinga over tid blir vist når det finst rapportar frå tidlegare kvartal.',
    },
    deviations: {
      none: 'Ingen av rapportane melder om vesentleg avvik.',
      red: 'Raudt lys på',
      forecast: (date: string, agreedDate: string, cost: string, agreedCost: string) =>
        `ferdigstilling ${date} (avtalt ${agreedDate}), kostnad ${cost} (avtalt ${agreedCost})`,
      noCorrectiveActions: 'Tiltakseigaren har ikkje føreslått korrigerande tiltak.',
      override: 'Anna lys enn prognosen tilseier',
      overrideText: (dimension: string, chosen: string, suggested: string, reason: string) =>
        `${dimension}: tiltakseigaren har valt ${chosen}, prognosen tilseier ${suggested}. Grunngiving: ${reason}`,
    },
    followUp: {
      intro: 'Tiltakseigarane skal ved neste rapportering svare på om avgjerda i Skate er følgd.',
      none: 'Det er ingen tidlegare avgjerder i Skate å følgje opp denne gongen.',
      decision: (date: string) => `Avgjerd i Skate ${date}`,
      state: 'Oppfølging',
      notAnswered: 'Ikkje svara på',
      notAnsweredMissing: 'Ikkje svara på – statusrapporten manglar',
      comment: 'Kommentar frå tiltakseigaren',
    },
    au: {
      intro: (members: number) =>
        `AU har ${members} medlemmer. Røystene frå medlemmer som har meldt seg ugilde, er ikkje talde med.`,
      columns: {
        initiative: 'Tiltak',
        agree: 'Einig',
        disagree: 'Ueinig',
        oralBriefing: 'Munnleg orientering',
        separateItem: 'Eiga sak',
        recused: 'Ugild',
        notVoted: 'Ikkje røysta',
        outcome: 'Resultat',
      },
      outcomes: {
        agreed: 'Fleirtal for innstillinga',
        'not-agreed': 'Ikkje fleirtal',
        'no-quorum': 'Ikkje vedtaksfør',
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
        `Einig ${p.agree}, ueinig ${p.disagree}, munnleg orientering ${p.oralBriefing}, eiga sak ${p.separateItem}. ${p.counted} av ${p.members} røyster er talde${p.recused > 0 ? `, ${p.recused} ugild` : ''}. ${p.outcome}.`,
      dissentNone: 'Ingen AU-medlemmer har røysta mot innstillinga.',
      oralBriefingIntro: 'AU ber om supplerande munnleg orientering frå desse tiltaka:',
      oralBriefingNone: 'AU har ikkje bede om munnleg orientering frå nokon av tiltaka.',
      separateItemsIntro: 'AU tilrår at desse tiltaka blir handsama som eiga sak i Skate:',
      separateItemsNone: 'AU tilrår ikkje at nokon av tiltaka blir handsama som eiga sak i Skate.',
      justification: 'Grunngiving',
    },
    missing: {
      intro: 'Desse tiltaka har ikkje levert statusrapport for kvartalet:',
      none: 'Alle tiltaka har levert statusrapport.',
      line: (initiative: string, owner: string, contacts: string) =>
        contacts === '' ? `${initiative} – ${owner}` : `${initiative} – ${owner}, kontakt: ${contacts}`,
    },
    finalTreatment: {
      intro: 'Desse tiltaka er ferdige og blir lagde fram for slutthandsaming i Skate:',
      none: 'Ingen tiltak er klare for slutthandsaming denne gongen.',
      line: (initiative: string, owner: string, agreedResult: string) =>
        `${initiative} – ${owner}. Resultatet som var avtalt: ${agreedResult}`,
    },
    sdgs: {
      intro: 'Tiltakseigarane oppgir at tiltaka støttar desse av berekraftsmåla til FN:',
      none: 'Ingen av tiltaka har oppgitt berekraftsmål.',
      line: (sdg: number, name: string, count: number) => `Mål ${sdg} ${name} (${count} tiltak)`,
      item: (sdg: number, name: string) => `${sdg} ${name}`,
    },
    closing: {
      presenter: (name: string) => `Saka vil bli lagd fram av ${name}`,
      preparedBy: (by: string) => `Saksframlegget er utarbeidd av ${by}`,
      placeAndDate: (place: string, date: string) => `${place}, ${date}`,
    },
    facts: {
      owner: 'Tiltakseigar',
      focusArea: 'Innsatsområde',
      lifeEvents: 'Livshendingar',
      phase: 'Fase',
      agreedResult: 'Avtalt resultat',
      agreed: 'Ferdigdato og kostnad etter avtalen',
      status: 'Status',
      forecast: 'Prognose',
      forecastText: (date: string, cost: string) => `ferdigstilling ${date}, kostnad ${cost}`,
      progress: 'Utført i kvartalet',
      deviations: 'Avvik',
      correctiveActions: 'Korrigerande tiltak',
      attention: 'Ber om merksemd frå Skate',
      sdgs: 'Berekraftsmål',
      recommendation: 'Innstillinga frå AU',
      votes: 'Røysting i AU',
      missingReport: 'Statusrapport manglar.',
    },
  },
  cli: {
    description: 'Skate-boten: administrasjon av registeret og rapporteringsrundane.',
    failed: (message: string) => `Feil: ${message}`,
    unexpected: (message: string) => `Uventa feil: ${message}`,
    backup: {
      written: (file: string, size: string, version: number) =>
        `Tryggingskopi skriven til ${file} (${size}, skjemaversjon ${version}).`,
      sourceMissing: (file: string) => `Fann ingen database i ${file}.`,
      targetExists: (file: string) => `${file} finst allereie. Vel eit nytt filnamn; inga fil vart skriven over.`,
      copyCorrupt: 'Kopien stod ikkje integritetskontrollen og vart sletta. Prøv igjen.',
      restored: (file: string, version: number) =>
        `Databasen ${file} er gjenoppretta (skjemaversjon ${version}). Start boten igjen.`,
      backupMissing: (file: string) => `Fann ikkje tryggingskopien ${file}.`,
      backupCorrupt: (detail: string) => `Tryggingskopien er skadd og vart ikkje brukt: ${detail}`,
      backupNotSkate: 'Fila er ikkje ein tryggingskopi av Skate-boten. Ingenting er endra.',
      backupNewer: (found: number, latest: number) =>
        `Tryggingskopien har skjemaversjon ${found}, men denne versjonen av boten kjenner berre til ${latest}. Oppgrader boten først.`,
      inUse: (file: string) => `${file} er i bruk. Stopp boten før du gjenopprettar; ingenting er endra.`,
    },
    demoLoaded: (p: { organisations: number; people: number; initiatives: number; meetings: number; round: string }) =>
      `Demodata lasta: ${p.organisations} verksemder, ${p.people} personar, ${p.initiatives} tiltak, ${p.meetings} møte og den avslutta runden ${p.round}.`,
    demoSkipped: 'Databasen har allereie data; demodata vart ikkje lasta.',
    imported: (p: { kind: string; created: number; updated: number; unchanged: number }) =>
      `Import av ${p.kind}: ${p.created} nye, ${p.updated} endra, ${p.unchanged} uendra.`,
    importRejected: (count: number) => `Fila vart avvist med ${count} feil. Ingenting er lagra.`,
    importKinds: { organisations: 'verksemder', people: 'personar', initiatives: 'tiltak' },
    importIssueGroup: (p: { lines: string; count: number; more: number; column: string | null; message: string }) =>
      `${p.count === 1 ? 'Linje' : 'Linjene'} ${p.lines}${p.more > 0 ? ` og ${p.more} til` : ''}${p.column === null ? '' : `, kolonne «${p.column}»`}: ${p.message}`,
    importIds: (p: { created: string; updated: string }) =>
      [p.created && `Nye: ${p.created}.`, p.updated && `Endra: ${p.updated}.`].filter(Boolean).join(' '),
    importMore: (ids: string, more: number) => (more > 0 ? `${ids} og ${more} til` : ids),
    importDecoded: (encoding: string) =>
      `Fila var ikkje lagra som UTF-8, men er lesen som ${encoding}. Sjå etter at æ, ø og å er rette, og lagre fila som UTF-8 neste gong.`,
    nothing: 'Ingenting å vise.',
    roundOpened: (p: { round: string; deadline: string; lockAt: string; au: string; skate: string; count: number }) =>
      `Runde ${p.round} er opna for ${p.count} tiltak. Frist: ${p.deadline}. Blir låst: ${p.lockAt}. AU-møte: ${p.au}. Skate-møte: ${p.skate}.`,
    roundMoved: (round: string, state: string) => `Runde ${round}: ${state}.`,
    roundSummary: (p: { round: string; state: string; deadline: string; lockAt: string }) =>
      `Runde ${p.round} – ${p.state}. Frist ${p.deadline}, blir låst ${p.lockAt}.`,
    roundCounts: (p: { submitted: number; draft: number; missing: number }) =>
      `Levert: ${p.submitted}. Utkast: ${p.draft}. Manglar: ${p.missing}.`,
    noActiveRound: 'Ingen rapporteringsrunde er open. Opne ein med «round open 2026-Q4».',
    outboxCounts: (p: { pending: number; sending: number; sent: number; failed: number; cancelled: number }) =>
      `Ventar: ${p.pending}. Blir sende: ${p.sending}. Sendt: ${p.sent}. Feila: ${p.failed}. Kansellert: ${p.cancelled}.`,
    outboxStates: { pending: 'Ventar', sending: 'Blir sendt', sent: 'Sendt', failed: 'Feila', cancelled: 'Kansellert' },
    ticked: (p: { done: number; dropped: number; sent: number; retried: number; failed: number }) =>
      `Køyrde ${p.done} planlagde jobbar (${p.dropped} gått ut). Sende ${p.sent} meldingar, ${p.retried} blir prøvde att seinare, ${p.failed} feila.`,
    notLocal: 'Boten leverer sjølv når Teams eller Slack er sett opp; denne kommandoen er for lokal modus.',
    preflightResult: (total: number, unreachable: number) =>
      unreachable === 0
        ? `Alle ${total} mottakarane kan nåast.`
        : `${unreachable} av ${total} mottakarar kan ikkje nåast:`,
    plan: {
      header: (at: string) => `Tørrkøyring ${at}: dette ville skjedd no. Ingenting er lagra eller sendt.`,
      nothingDue: 'Ingen planlagde jobbar har forfalle.',
      job: (p: { kind: 'round.reminder' | 'round.deadline'; round: string; due: string }) =>
        `${p.kind === 'round.deadline' ? 'Frist' : 'Påminning'} for runde ${p.round}, forfall ${p.due}:`,
      reminderKinds: { before: 'før fristen', 'on-deadline': 'på fristdagen', overdue: 'etter fristen' },
      remind: (p: { when: string; name: string; email: string; initiative: string; hasDraft: boolean }) =>
        `påminning ${p.when} til ${p.name} <${p.email}> om ${p.initiative}${p.hasDraft ? ' (har eit utkast)' : ''}`,
      escalate: (p: { name: string; missing: number }) =>
        `varsel til ${p.name} om ${p.missing} ${p.missing === 1 ? 'manglande rapport' : 'manglande rapportar'}`,
      moveRound: (p: { round: string; from: string; to: string }) =>
        `runde ${p.round} går frå «${p.from}» til «${p.to}»`,
      postReview: (p: { round: string; items: number }) =>
        `AU-gjennomgangen av runde ${p.round} blir lagd i AU-kanalen, med ${p.items} ${p.items === 1 ? 'sak' : 'saker'} i tråden`,
      done: 'jobben er ferdig',
      dropped: (reason: string) => `jobben blir hoppa over: ${reason}`,
      reasons: {
        'round-not-found': 'runden finst ikkje',
        'round-inactive': (state: string) => `runden er «${state}»`,
        'round-locked': 'runden er låst for rapportar',
        superseded: 'ei seinare påminning har òg forfalle, og berre ho blir send',
      },
    },
    columns: {
      id: 'ID',
      title: 'Tittel',
      owner: 'Tiltakseigar',
      acceptance: 'Aksept',
      phase: 'Fase',
      track: 'Oppfølging',
      contacts: 'Kontaktar',
      email: 'E-post',
      name: 'Namn',
      organisation: 'Verksemd',
      roles: 'Roller',
      language: 'Språk',
      linked: 'Kopla',
      date: 'Dato',
      forum: 'Forum',
      place: 'Stad',
      round: 'Runde',
      reporters: 'Rapportørar',
      status: 'Status',
      submittedAt: 'Levert',
      state: 'Tilstand',
      deadline: 'Frist',
      agreed: 'Avtalt ferdigdato og kostnad',
      kind: 'Type',
      to: 'Til',
      attempts: 'Forsøk',
      error: 'Feil',
      when: 'Tid',
    },
    report: {
      heading: (initiative: string, title: string, round: string) => `${initiative} ${title} – ${round}`,
      state: (state: string, version: number, by: string, at: string) =>
        `${state}, versjon ${version}, sist endra av ${by} ${at}`,
      forecastDate: 'Prognosert ferdigdato',
      forecastCost: 'Prognosert kostnad',
      agreed: (date: string, cost: string) => `Avtalt: ${date}, ${cost}`,
      suggested: (light: string) => `føreslått: ${light}`,
      progress: 'Kva som er gjort i kvartalet',
      deviations: 'Avvik',
      correctiveActions: 'Korrigerande tiltak',
      decision: 'Oppfølging av avgjerda til Skate',
      sdgs: 'Berekraftsmål',
      attention: 'Ber om merksemda til Skate',
      versions: 'Versjonar',
      version: (version: number, state: string, by: string, at: string) => `  v${version} ${state} ${by} ${at}`,
    },
  },
} satisfies Messages;
