import type { ErrorCode, ErrorParams } from '../domain/errors';
import type { ImportIssueCode } from '../domain/import-issues';
import { formatDate } from './format';
import type { Messages } from './index';

/** The compiled paper's formats, as a sentence names them. */
const FORMAT_NAMES: Record<string, string> = {
  docx: 'Word-dokumentet',
  png: 'Varmekartet',
  md: 'Markdown-utgåva',
  html: 'Nettsida',
};
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
    agree: 'Samd',
    disagree: 'Usamd',
  },
  auRequests: {
    'oral-briefing': 'Be om munnleg orientering frå tiltaket',
    'separate-item': 'Tilrå eiga sak i Skate',
  },
  followUp: { followed: 'Følgt', partly: 'Delvis følgt', not: 'Ikkje følgt' },
  yes: 'Ja',
  no: 'Nei',
  none: '–',

  errors: {
    'REPORT.REQUIRED': () => 'Feltet må fyllast ut.',
    'REPORT.TOO_LONG': (p) => `Teksten er for lang (høgst ${p.max} teikn).`,
    'REPORT.CORRECTIVE_ACTIONS_REQUIRED': () =>
      'Ved raudt lys på resultat, ferdigdato eller kostnad må du føreslå korreksjonstiltak.',
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
    'AGENDA.RENDER_FAILED': () =>
      'Saksframlegget kunne ikkje lagast i noko format. Prøv igjen; skjer det igjen, sjå i loggen til boten.',
    'VOTE.COMMENT_REQUIRED': () => 'Skriv ein kommentar når du er usamd.',
    'VOTE.JUSTIFICATION_REQUIRED': () =>
      'Grunngje ønsket: kva AU skal høyre om i ei munnleg orientering, eller kvifor Skate bør handsame tiltaket som eiga sak.',
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
    'CASE.INVALID_NUMBER': (p) => `«${p.value}» er ikkje eit saksnummer. Skriv det som 24/2026.`,
    'CASE.NUMBER_TAKEN': (p) =>
      `Saksnummer ${p.caseNumber} er alt gitt samlesaka for ${p.round}. Eit nummer blir berre brukt éin gong.`,
    'AGENDA.POINTS_UNDECIDED': (p) =>
      `Saka kan ikkje publiserast enno. AU har ikkje vedteke framlegget for ${p.initiatives}; avgjer først om punktet skal leggjast fram som framlegg frå Skatesekretariatet eller trekkjast («punkt ${String(p.initiatives).split(', ')[0]} framlegg» eller «… trekk»), og samanstill på nytt.`,
    'AGENDA.NOT_PUBLISHED': (p) => `Samlesaka for ${p.round} er ikkje publisert enno.`,
    'AGENDA.CHANGED_SINCE_PUBLISHED': (p) =>
      `Samlesaka for ${p.round} er endra etter at ho vart publisert, så framlegget kan ikkje registrerast som vedteke utan vidare. Registrer avgjerdene med «vedtak ${p.initiative ?? 'T-…'} ⟨tekst⟩».`,
    'POINT.NOT_OPEN': (p) =>
      `${p.initiative} har ikkje noko punkt som ventar på avgjerd frå Skatesekretariatet: AU har vedteke framlegget, eller tiltaket har ikkje eige punkt i saka.`,
    'FINAL.NOT_REQUESTED': (p) =>
      `Tiltakseigaren har ikkje meldt ${p.initiative} ferdig. Tiltakseigaren gjer det med «ferdig ${p.initiative}».`,
    'FINAL.IN_PROGRESS': (p) => `${p.initiative} er alt til slutthandsaming.`,
    'FINAL.DONE': (p) => `${p.initiative} er alt slutthandsama.`,
    'FINAL.NOT_IN_TREATMENT': (p) => `${p.initiative} er ikkje til slutthandsaming.`,
    'FINAL.NO_FEEDBACK_ROUND': (p) => `Det er inga skriftleg tilbakemeldingsrunde for ${p.initiative} no.`,
    'AUTH.NOT_SKATE': () => 'Berre medlemmene i Skate gir skriftleg tilbakemelding i slutthandsaminga av eit tiltak.',
    'IMPORT.INVALID_FILE': (p) => `Fila kunne ikkje lesast: ${p.reason}`,
    'IMPORT.INVALID_ROWS': (p) => `Fila har ${p.count} feil. Ingenting er lagra.`,
    'REQUEST.CONFLICT': () =>
      'Denne handlinga er allereie utført med andre verdiar. Ingenting er endra; opna kortet på nytt og prøv igjen.',
    'INPUT.INVALID': () => 'Denne verdien er ikkje gyldig her. Ingenting er lagra; opna kortet på nytt og prøv igjen.',
    'INPUT.TOO_LONG': (p) => `Teksten er for lang (høgst ${p.max} teikn).`,
    'INPUT.OUT_OF_RANGE': (p) => `Verdien må vere mellom ${p.min} og ${p.max}.`,
    'INPUT.INVALID_CHOICE': (p) => `«${p.value}» er ikkje eitt av vala. Vel eitt av dei som blir viste.`,
    'RECOMMENDATION.ROUND_CLOSED': (p) => `Runden ${p.round} er lukka, så innstillinga kan ikkje endrast lenger.`,
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
    'too-long': (p) => `Teksten «${p.value}» er for lang (høgst ${p.max} teikn).`,
  } satisfies Record<ImportIssueCode, Msg>,

  recommendation: {
    'missing-report': (title: string) =>
      `Skate konstaterer at statusrapporten for ${title} manglar, og ber tiltakseigaren rapportere til neste møte.`,
    'take-note': (title: string) => `Skate tek status i ${title} til orientering.`,
    'note-deviation': (title: string, dimensions: string, hasCorrectiveActions: boolean) =>
      hasCorrectiveActions
        ? `Skate merkar seg vesentleg avvik på ${dimensions} i ${title} og ber tiltakseigaren gjennomføre dei føreslåtte korreksjonstiltaka.`
        : `Skate merkar seg vesentleg avvik på ${dimensions} i ${title} og ber tiltakseigaren leggje fram korreksjonstiltak i neste statusrapport.`,
    'final-treatment': (title: string) =>
      `Skate har slutthandsama ${title} og tilrår tiltakseigaren og strategieigaren at tiltaket blir avslutta som levert i samsvar med avtalt resultat.`,
    'skate-attention': (title: string) =>
      `Skate drøftar tilhøva tiltakseigaren for ${title} ber Skate merke seg, og gir tiltakseigaren råd.`,
    'separate-item': (title: string) => `Skate handsamar status i ${title} som eiga sak i eit seinare møte.`,
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
        'Rapporten skal leggje vekt på vesentlege avvik frå avtalt resultat, ferdigdato og kostnad. Ved vesentlege avvik skal du føreslå korreksjonstiltak.',
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
      vote: 'Røyst',
      tally: (agree: number, disagree: number, oral: number, separate: number, counted: number, members: number) =>
        `Samd: ${agree}, usamd: ${disagree} (${counted} av ${members} røyster er talde). Ber om munnleg orientering: ${oral}, eiga sak: ${separate}.`,
      outcomes: {
        adopted: 'Innstillinga er vedteken',
        rejected: 'Innstillinga er ikkje vedteken',
        'not-quorate': 'Ikkje vedtaksfør enno',
        'not-voted': 'Ingen har røysta enno',
      },
      version: (n: number) => `Versjon ${n} av framlegget. Røystene på tidlegare versjonar er nullstilte.`,
      requests: {
        'oral-briefing': 'AU ber om munnleg orientering.',
        'separate-item': 'AU tilrår eiga sak i Skate.',
      },
      closed: 'Røystinga er lukka.',
      voteRecorded: (choice: string) => `Røysta di er registrert: ${choice}.`,
    },
    briefing: {
      title: (id: string) => `AU ber om munnleg orientering om ${id}`,
      owner: (title: string, date: string | null) =>
        date
          ? `AU ber om ei supplerande munnleg orientering om ${title} i AU-møtet ${date}. Skatesekretariatet avtaler tidspunktet med dykk.`
          : `AU ber om ei supplerande munnleg orientering om ${title}. Skatesekretariatet avtaler tid og møte med dykk.`,
      secretariat: (title: string, count: number, counted: number, date: string | null) =>
        `AU ber om munnleg orientering om ${title}${date ? ` i AU-møtet ${date}` : ''}: ${count} av ${counted} talde røyster bad om det. Tiltakseigaren har fått melding.`,
      reasons: 'Det AU vil høyre om',
      meeting: 'AU-møte',
      withdrawnTitle: (id: string) => `AU ber ikkje lenger om munnleg orientering om ${id}`,
      withdrawn: (title: string) => `Røystene er endra, og AU ber ikkje lenger om munnleg orientering om ${title}.`,
    },
    recommendationChanged: {
      title: (id: string) => `Framlegget til innstilling for ${id} er endra`,
      text: (version: number) =>
        `Skatesekretariatet har endra framlegget etter at du røysta. Røysta di galdt den førre versjonen og er nullstilt; røyst på nytt på versjon ${version}.`,
      before: 'Framlegget du røysta på',
      after: 'Nytt framlegg',
      vote: 'Røyst på nytt',
    },
    undeliverableToday: {
      title: (date: string) => `Meldingar som ikkje kom fram ${date}`,
      intro: (count: number) =>
        count === 1
          ? 'Éi melding kunne ikkje leverast. Ho blir ikkje prøvd igjen av seg sjølv; sjå «sjekk» for kva som må ordnast.'
          : `${count} meldingar kunne ikkje leverast. Dei blir ikkje prøvde igjen av seg sjølv; sjå «sjekk» for kva som må ordnast.`,
      line: (name: string, count: number, reason: string) =>
        count === 1 ? `${name}: ${reason}` : `${name} (${count} meldingar): ${reason}`,
      other: 'noko gjekk gale hos plattforma',
    },
    preflight: {
      title: (period: string) => `Sjekk av mottakarar før runden for ${period}`,
      allReachable: (total: number) => `Alle ${total} mottakarar kan nåast.`,
      someUnreachable: (unreachable: number, total: number) =>
        `${unreachable} av ${total} mottakarar kan ikkje nåast enno. Be dei opne boten i Teams eller Slack, eller rett e-postadressa:`,
      item: (name: string, initiatives: string, reason: string) =>
        initiatives === '' ? `${name}: ${reason}` : `${name} (${initiatives}): ${reason}`,
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
    choice: 'Er du samd i framlegget til innstilling?',
    comment: 'Kommentar (påkravd når du er usamd)',
    request: 'Vil du at AU skal be om noko meir?',
    requestNone: 'Nei',
    requestReason: 'Grunngjeving for ønsket (påkravd når du ber om noko)',
    recused: 'Eg er ugild i denne saka',
    submit: 'Røyst',
    yourVote: 'Du har røysta',
    yourRequest: 'Ønsket ditt',
    recusedVote: 'Ugild',
    cleared: 'Framlegget er endra etter at du røysta, og røysta di er nullstilt. Røyst på nytt.',
  },
  commands: {
    /** Said at once when `sammenstill` starts: the preview follows when the paper is rendered. */
    compiling: 'Samanstiller samlesaka; førehandsvisinga kjem her om litt.',
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
        usage: 'røysting lukk [T-2026-03]',
        text: 'lukke røystinga i AU for eitt tiltak eller heile runden',
        example: 'røysting lukk T-2026-03',
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
        usage: 'vedtak T-2026-03 ⟨tekst⟩ | vedtak som føreslått [T-2026-03]',
        text: 'registrere avgjerda i Skate, eller punkta slik dei vart føreslått i den publiserte samlesaka',
        example: 'vedtak T-2026-03 Skate ber tiltakseigaren leggje fram revidert tidsplan i neste rapport.',
      },
      export: {
        usage: 'eksport md|html|docx [2026-Q4]',
        text: 'laste ned samlesaka',
        example: 'eksport docx 2026-Q4',
      },
      caseNumber: {
        usage: 'saksnummer NN/ÅÅÅÅ [2026-Q4]',
        text: 'setje saksnummeret til samlesaka i serien til Skate (elles føreslår eg det neste ledige)',
        example: 'saksnummer 24/2026',
      },
      point: {
        usage: 'punkt T-2026-03 framlegg|trekk',
        text: 'leggje fram eit punkt AU ikkje vedtok, som framlegg frå Skatesekretariatet, eller trekkje det',
        example: 'punkt T-2026-03 framlegg',
      },
      minutes: {
        usage: 'protokoll [2026-Q4]',
        text: 'avgjerdsteksten til protokollen frå Skate for samlesaka',
        example: 'protokoll 2026-Q4',
      },
      finished: {
        usage: 'ferdig T-2026-03',
        text: 'melde at tiltaket ditt er ferdig, til slutthandsaming i Skate',
        example: 'ferdig T-2026-03',
      },
      finalTreatment: {
        usage: 'slutthandsaming T-2026-03 stadfest [frist dato]|avvis|vedteke',
        text: 'stadfeste at eit tiltak er ferdig og be Skate-verksemdene om skriftleg tilbakemelding, avvise meldinga, eller registrere at Skate har slutthandsama det',
        example: 'slutthandsaming T-2026-03 stadfest frist 15.01.2027',
      },
      feedback: {
        usage: 'tilbakemelding T-2026-03 ⟨tekst⟩',
        text: 'gi skriftleg tilbakemelding frå verksemda di før Skate slutthandsamar eit tiltak',
        example: 'tilbakemelding T-2026-03 Tiltaket har levert det som var avtalt.',
      },
      language: {
        usage: 'språk nb|nn|en',
        text: 'velje om eg skal skrive bokmål, nynorsk eller engelsk til deg',
        example: 'språk nn',
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
    recommendationNewVersion: (id: string, version: number, cleared: number) =>
      `AU hadde røysta over framlegget til innstilling for ${id}, så endringa er versjon ${version}. Røystene på den førre versjonen er nullstilte, og ${cleared === 1 ? 'medlemmet som hadde røysta, har' : `dei ${cleared} som hadde røysta, har`} fått det gamle og det nye framlegget side om side.`,
    compileAgain: 'Samanstill på nytt for å få det med i saka.',
    pointsProposed: (ids: string) =>
      `Punkta om ${ids} blir lagde fram som framlegg frå Skatesekretariatet, merkte som det.`,
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
    decisionsAdopted: (count: number, round: string) =>
      `${count} ${count === 1 ? 'avgjerd' : 'avgjerder'} er registrert for samlesaka for ${round}, slik punkta vart føreslått.`,
    caseNumberSet: (caseNumber: string, round: string) =>
      `Saksnummer ${caseNumber} er sett for samlesaka for ${round}.`,
    pointProposed: (id: string) =>
      `Punktet om ${id} blir lagt fram som framlegg frå Skatesekretariatet, merkt som det, med kva som skjedde i AU.`,
    pointWithdrawn: (id: string) => `Punktet om ${id} er trekt. Saka seier kva som skjedde i AU.`,
    finishedRequested: (id: string) =>
      `Takk! ${id} er meldt ferdig. Skatesekretariatet stadfestar det og set i gang slutthandsaminga.`,
    finalConfirmed: (id: string, deadline: string, count: number) =>
      `${id} er stadfest ferdig. ${count} Skate-medlemmer er bedne om skriftleg tilbakemelding innan ${deadline}, og tiltaket blir lagt fram for slutthandsaming i neste samlesak.`,
    finalDeclined: (id: string) =>
      `${id} er ikkje stadfest ferdig. Tiltakseigaren får melding, og tiltaket rapporterer som før.`,
    finalDecided: (id: string) =>
      `${id} er slutthandsama. Det blir ikkje bede om fleire statusrapportar, og tiltakseigaren og strategieigaren får melding.`,
    feedbackSaved: (id: string) =>
      `Takk! Tilbakemeldinga frå verksemda di om ${id} er registrert og blir teken med i samlesaka.`,
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
    languageSet: (name: string) => `Greitt! Eg skriv ${name} til deg frå no av.`,
  },
  home: {
    greeting: (name: string) => `Hei, ${name}! Dette ventar på deg i Skate-oppfølginga.`,
    reports: 'Statusrapportar du skal levere',
    votes: 'Innstillingar du ikkje har røysta over',
    round: 'Runden no',
    nothing: 'Ingenting ventar på deg no.',
  },
  slack: {
    /** The title of a modal that only tells something: the app's name, as Slack shows it. */
    appName: 'Skate-boten',
    reportModalTitle: (id: string) => `Statusrapport ${id}`,
    voteModalTitle: (id: string) => `Røyst: ${id}`,
    cancel: 'Avbryt',
    close: 'Lat att',
    voteMore: 'Kommentar, orientering eller eiga sak …',
    inviteFirst: 'Eg er ikkje med i denne kanalen. Inviter meg med /invite @Skate-boten, og skriv kommandoen på nytt.',
    moreRows: (count: number) => `… og ${count} til`,
    fileComment: (caseNumber: string) => `Saksframlegget for sak ${caseNumber} (Word).`,
    homeHint: 'Skriv /skate hjelp for å sjå kva du kan be meg om.',
  },
  agendaCard: {
    renderFailed: (format: string, initiative: string | null, field: string | null) =>
      `${FORMAT_NAMES[format] ?? format} kunne ikkje lagast denne gongen${initiative ? ` (${initiative}${field ? `, feltet «${field}»` : ''})` : ''}. Dei andre formata er klare; samanstill på nytt når feilen er retta.`,
    title: (caseNumber: string, period: string, revision: number) =>
      `Sak ${caseNumber} Status i tiltaka i handlingsplanen – ${period}${revision > 0 ? ` (revidert utgåve ${revision})` : ''}`,
    counts: (submitted: number, expected: number, green: number, yellow: number, red: number) =>
      `${submitted} av ${expected} tiltak har rapportert. Grøn: ${green}, gul: ${yellow}, raud: ${red}.`,
    deviation: (id: string, title: string, dimensions: string) => `${id} ${title}: vesentleg avvik på ${dimensions}`,
    missing: (id: string, title: string) => `${id} ${title}: statusrapport manglar`,
    points: (p: { au: number; secretariat: number; undecided: number; withdrawn: number }) => {
      const specific = p.au + p.secretariat + p.undecided;
      const parts = [
        p.au > 0 ? `${p.au} er innstillinga frå AU` : '',
        p.secretariat > 0 ? `${p.secretariat} er framlegg frå Skatesekretariatet` : '',
        p.undecided > 0 ? `${p.undecided} ventar på avgjerda di` : '',
      ].filter(Boolean);
      const last = parts.pop() ?? '';
      const list = parts.length > 0 ? `${parts.join(', ')} og ${last}` : last;
      const withdrawn =
        p.withdrawn > 0 ? ` ${p.withdrawn === 1 ? 'Eitt punkt er trekt' : `${p.withdrawn} punkt er trekte`}.` : '';
      return `Framlegget til avgjerd har ${specific} konkrete punkt: ${list}.${withdrawn}`;
    },
    takeNote: 'Framlegget til avgjerd er at Skate tek status i tiltaka til orientering.',
    pending: (n: number) =>
      `${n === 1 ? 'Eitt punkt ventar' : `${n} punkt ventar`} på avgjerda di fordi AU ikkje vedtok framlegget. Knappen legg dei fram som framlegg frå Skatesekretariatet; vil du trekkje eit punkt, skriv «punkt T-2026-03 trekk». Saka kan publiserast når alle er avgjorde.`,
    pendingItem: (initiative: string, outcome: string) => `${initiative}: ${outcome}`,
    proposeAll: (n: number) =>
      n === 1 ? 'Legg fram som framlegg frå sekretariatet' : `Legg fram alle ${n} som framlegg frå sekretariatet`,
    caseNumberProposed: (caseNumber: string) =>
      `${caseNumber} (framlegg; set rett nummer med «saksnummer ${caseNumber}»)`,
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
      deviations: 'Vesentlege avvik og korreksjonstiltak',
      followUp: 'Oppfølging av tidlegare avgjerder i Skate',
      auTreatment: 'Handsaminga i AU',
      dissent: 'Usemje i AU',
      oralBriefing: 'Munnleg orientering',
      separateItems: 'Tilrådd som eiga sak i Skate',
      missingReports: 'Manglande statusrapportar',
      finalTreatment: 'Slutthandsaming',
      sdgs: 'Berekraftsmål',
      appendix: 'Vedlegg: status per tiltak',
    },
    background: {
      basis:
        'Skate handsamar status i tiltaka i handlingsplanen kvar kvartal i ei samlesak. Tiltakseigarane rapporterer kvart kvartal, med hovudvekt på vesentlege avvik frå avtalt resultat, ferdigdato og kostnad, og skal føreslå korreksjonstiltak ved vesentlege avvik. Rapportane er førehandsama av Skatesekretariatet og arbeidsutvalet til Skate (AU).',
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
      auAll: (n: number) =>
        n === 1
          ? 'AU vedtok framlegget, og innstillinga frå AU er framlegget til avgjerd i denne saka.'
          : `AU vedtok framlegget for alle dei ${n} tiltaka, og innstillinga frå AU er framlegget til avgjerd i denne saka.`,
      auSome: (adopted: number, n: number) =>
        `AU vedtok framlegget for ${adopted} av ${n} tiltak. Punkt der AU ikkje gav innstilling, er merkte som framlegg frå Skatesekretariatet.`,
      auNone:
        'AU har ikkje vedteke nokon av framlegga til innstilling. Punkta i framlegget til avgjerd er difor frå Skatesekretariatet, og under kvart står det kva som skjedde i AU.',
    },
    decision: {
      general: 'Skate tek status i tiltaka i handlingsplanen til orientering.',
      point: (initiative: string, text: string) => `${initiative}: ${text}`,
      outcome: {
        adopted: (agree: number, disagree: number) =>
          `AU tilrår punktet: ${agree} røysta for, ${disagree === 0 ? 'ingen' : disagree} mot.`,
        rejected: (agree: number, disagree: number) =>
          `AU slutta seg ikkje til framlegget: ${agree} røysta for, ${disagree} mot.`,
        notQuorate: (counted: number, needed: number) =>
          `AU var ikkje vedtaksfør: ${counted} ${counted === 1 ? 'røyst vart talt' : 'røyster vart talde'}, og det trengst minst ${needed}.`,
        notVoted: 'AU har ikkje røysta over framlegget.',
      },
      noteSeparateItem: (askers: number, counted: number) =>
        `AU tilrår eiga sak: ${askers} av ${counted} talde røyster bad om det.`,
      noteSecretariat: (outcome: string) => `Framlegg frå Skatesekretariatet. ${outcome}`,
      noteUndecided: (outcome: string) =>
        `Skatesekretariatet har ikkje avgjort om punktet skal leggjast fram som eige framlegg eller trekkjast. ${outcome}`,
      withdrawn: (initiative: string, outcome: string) => `${initiative}. ${outcome}`,
      withdrawnIntro: 'Etter handsaminga i AU har Skatesekretariatet trekt desse punkta:',
    },
    status: {
      initiative: 'Tiltak',
      owner: 'Tiltakseigar',
      trend: 'Trend',
      missing: 'Manglar',
      trendNew: 'ny',
      trendWords: { better: 'betre', same: 'uendra', worse: 'dårlegare' },
      lightLegend: (green: string, yellow: string, red: string) =>
        `${green}: i rute. ${yellow}: risiko for avvik. ${red}: vesentleg avvik.`,
      trendLegend: (_better: string, _same: string, _worse: string, isNew: string) =>
        `Trend viser endringa i samla status frå førre rapport for tiltaket; «${isNew}» tyder at tiltaket ikkje har rapportert før.`,
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
      noCorrectiveActions: 'Tiltakseigaren har ikkje føreslått korreksjonstiltak.',
      override: 'Anna lys enn prognosen tilseier',
      overrideText: (dimension: string, chosen: string, suggested: string, reason: string) =>
        `${dimension}: tiltakseigaren har valt ${chosen}, prognosen tilseier ${suggested}. Grunngjeving: ${reason}`,
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
        agree: 'Samd',
        disagree: 'Usamd',
        oralBriefing: 'Ber om munnleg orientering',
        separateItem: 'Ber om eiga sak',
        recused: 'Ugild',
        notVoted: 'Ikkje røysta',
        outcome: 'Resultat',
      },
      outcomes: {
        adopted: 'Innstillinga vedteken',
        rejected: 'Innstillinga ikkje vedteken',
        'not-quorate': 'Ikkje vedtaksfør',
        'not-voted': 'Ikkje røysta over',
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
        `Samd ${p.agree}, usamd ${p.disagree}. ${p.counted} av ${p.members} røyster er talde${p.recused > 0 ? `, ${p.recused} ugild` : ''}. ${p.outcome}.${p.oralBriefing > 0 ? ` Ber om munnleg orientering: ${p.oralBriefing}.` : ''}${p.separateItem > 0 ? ` Ber om eiga sak: ${p.separateItem}.` : ''}`,
      askers: (initiative: string, count: number, counted: number) =>
        `${initiative} (${count} av ${counted} talde røyster)`,
      oralBriefing: {
        intro: 'AU ber om supplerande munnleg orientering frå desse tiltaka:',
        minority: 'Einskilde medlemmer bad om munnleg orientering frå desse tiltaka, men for få til at AU ber om det:',
        none: 'AU har ikkje bede om munnleg orientering frå nokon av tiltaka.',
      },
      separateItem: {
        intro: 'AU tilrår at desse tiltaka blir handsama som eiga sak i Skate:',
        minority: 'Einskilde medlemmer ønskte eiga sak i Skate for desse tiltaka, men for få til at AU tilrår det:',
        none: 'AU tilrår ikkje at nokon av tiltaka blir handsama som eiga sak i Skate.',
      },
      justification: 'Grunngjeving',
    },
    missing: {
      intro: 'Desse tiltaka har ikkje levert statusrapport for kvartalet:',
      none: 'Alle tiltaka har levert statusrapport.',
      line: (initiative: string, owner: string, contacts: string) =>
        contacts === '' ? `${initiative} – ${owner}` : `${initiative} – ${owner}, kontakt: ${contacts}`,
    },
    finalTreatment: {
      intro:
        'Desse tiltaka er melde ferdige og blir lagde fram for slutthandsaming. Avgjerda i Skate er ei tilråding til tiltakseigaren og til strategieigaren, som tek endeleg avgjerd om tiltaket har levert i samsvar med målbiletet i strategien.',
      none: 'Ingen tiltak er til slutthandsaming denne gongen.',
      line: (initiative: string, owner: string, agreedResult: string) =>
        `${initiative} – ${owner}. Avtalt resultat: ${agreedResult}`,
      feedback: (from: string, text: string) => `Skriftleg tilbakemelding frå ${from}: ${text}`,
      open: (deadline: string) => `Fristen for skriftleg tilbakemelding frå Skate-verksemdene er ${deadline}.`,
      noFeedback: (deadline: string) =>
        `Ingen Skate-verksemder gav skriftleg tilbakemelding innan fristen ${deadline}.`,
      noRound: 'Det er ikkje halde skriftleg tilbakemeldingsrunde blant Skate-verksemdene.',
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
      correctiveActions: 'Korreksjonstiltak',
      attention: 'Ber om merksemd frå Skate',
      sdgs: 'Berekraftsmål',
      recommendation: 'Framlegg til innstilling',
      votes: 'Røysting i AU',
      missingReport: 'Statusrapport manglar.',
    },
  },
  final: {
    requestTitle: (id: string) => `${id} er meldt ferdig`,
    requestText: (name: string, title: string) =>
      `${name} melder at ${title} er ferdig og ber om slutthandsaming i Skate. Stadfest for å be Skate-verksemdene om skriftleg tilbakemelding.`,
    confirm: 'Stadfest og be om tilbakemelding',
    decline: 'Avvis',
    feedbackTitle: (id: string) => `Skriftleg tilbakemelding før slutthandsaming: ${id}`,
    feedbackText: (owner: string, title: string, deadline: string) =>
      `${owner} melder at ${title} er ferdig. Før Skate slutthandsamar tiltaket, ber Skatesekretariatet om skriftleg tilbakemelding frå Skate-verksemdene innan ${deadline}: har tiltaket levert det som var avtalt?`,
    feedbackHow: (id: string) => `Svar med «tilbakemelding ${id} ⟨teksten din⟩». Svaret blir teke med i samlesaka.`,
    agreedResult: 'Avtalt resultat',
    deadline: 'Frist',
    ownerConfirmed: (title: string, deadline: string) =>
      `Skatesekretariatet har stadfest at ${title} er ferdig. Skate-verksemdene gir skriftleg tilbakemelding innan ${deadline}, og tiltaket blir lagt fram for slutthandsaming i neste samlesak. De får ikkje fleire førespurnader om statusrapport.`,
    ownerDeclined: (title: string) =>
      `Skatesekretariatet har ikkje stadfest at ${title} er ferdig. Tiltaket rapporterer som før; ta kontakt med sekretariatet om noko er uklart.`,
    decidedTitle: (id: string) => `${id} er slutthandsama i Skate`,
    strategyOwner: (title: string, date: string) =>
      `Skate slutthandsama ${title} i møtet ${date}. Avgjerda i Skate er ei tilråding til tiltakseigaren og til strategieigaren; strategieigaren tek endeleg avgjerd om tiltaket har levert i samsvar med målbiletet, innhaldet og forventningane i strategien.`,
    ownerDecided: (title: string, date: string) =>
      `Skate slutthandsama ${title} i møtet ${date}. Det blir ikkje bede om fleire statusrapportar for tiltaket.`,
  },
  minutes: {
    title: (caseNumber: string) => `Protokolltekst for sak ${caseNumber}`,
    heading: (caseNumber: string, title: string) => `${caseNumber} ${title}`,
    presenter: (by: string, name: string) => `${by}/${name}`,
    papers: 'Sakspapir sende ut før møtet',
    paper: (caseNumber: string, title: string) => `Sak ${caseNumber} Saksframlegg - ${title}`,
    revisedPaper: (caseNumber: string, title: string, n: number) =>
      `Sak ${caseNumber} Saksframlegg - ${title} (revidert utgåve ${n})`,
    caseType: 'Saka gjeld – Handsamingssak',
    decision: 'Avgjerd',
    word: 'Protokolltekst (Word)',
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
    /** `db copy`: every table from one store to another (SQLite ⇄ PostgreSQL). */
    db: {
      head: ['Tabell', 'Rader', 'Sjekksum (SHA-256)'],
      copied: (p: { rows: string; tables: number; from: string; to: string; seconds: string; version: number }) =>
        `Kopierte ${p.rows} rader i ${p.tables} tabellar frå ${p.from} til ${p.to} på ${p.seconds} s (skjemaversjon ${p.version}). Talet på rader og sjekksummen er like på begge sider i kvar tabell.`,
      sameDatabase: 'Kjelda og målet er same database. Ingenting er kopiert.',
      sourceMissing: (location: string) => `Fann ingen database i ${location}. Ingenting er kopiert.`,
      cannotOpen: (p: { side: 'source' | 'target'; location: string; detail: string }) =>
        `Fekk ikkje opna ${p.side === 'source' ? 'kjelda' : 'målet'} ${p.location}: ${p.detail}. Ingenting er kopiert.`,
      notSkate: (location: string) =>
        `${location} er ikkje ein database for Skate-boten (han har inga skjemaversjon). Ingenting er kopiert.`,
      olderSchema: (p: { location: string; found: number; latest: number }) =>
        `${p.location} har skjemaversjon ${p.found}, men denne versjonen av boten brukar ${p.latest}. Start boten mot han éin gong, så vert skjemaet oppgradert, og prøv igjen. Ingenting er kopiert.`,
      newerSchema: (p: { location: string; found: number; latest: number }) =>
        `${p.location} har skjemaversjon ${p.found}, men denne versjonen av boten kjenner berre til ${p.latest}. Oppgrader boten først. Ingenting er kopiert.`,
      schemaDiffers: (p: { table: string; column: string | null; only: 'source' | 'target' | null }) =>
        `${p.column === null ? `Tabellen ${p.table}` : `Kolonnen ${p.table}.${p.column}`} ${
          p.only === null
            ? `er ulik i kjelda og målet (${p.column === null ? 'primærnøkkel' : 'type'})`
            : `finst berre i ${p.only === 'source' ? 'kjelda' : 'målet'}`
        }. Ingenting er kopiert.`,
      targetNotEmpty: (p: { location: string; table: string; rows: string }) =>
        `Målet ${p.location} har alt data: tabellen ${p.table} har ${p.rows} ${p.rows === '1' ? 'rad' : 'rader'}. Kopier berre til ein tom database; ingenting er endra.`,
      copyFailed: (p: { table: string; detail: string }) =>
        `Kopieringa av tabellen ${p.table} feila: ${p.detail}. Målet er rulla tilbake; ingenting er endra.`,
      mismatch: (p: { table: string; what: 'rows' | 'checksum'; source: string; target: string }) =>
        `Kontrollen fann avvik i tabellen ${p.table}: ${p.what === 'rows' ? 'talet på rader' : 'sjekksummen'} er ${p.source} i kjelda, men ${p.target} i målet. Kopien er rulla tilbake; ingenting er endra.`,
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
      correctiveActions: 'Korreksjonstiltak',
      decision: 'Oppfølging av avgjerda til Skate',
      sdgs: 'Berekraftsmål',
      attention: 'Ber om merksemda til Skate',
      versions: 'Versjonar',
      version: (version: number, state: string, by: string, at: string) => `  v${version} ${state} ${by} ${at}`,
    },
  },
} satisfies Messages;
