import type { ErrorCode, ErrorParams } from '../domain/errors';
import type { ImportIssueCode } from '../domain/import-issues';
import { formatDate } from './format';
import type { Messages } from './index';

type Params = ErrorParams;
/** A date parameter (ISO) as this language writes it. */
const fd = (d: string | number | undefined): string =>
  typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDate(d, 'en') : String(d ?? '');
type Msg = (p: Params) => string;

/** `1 error`, `3 errors`: English, unlike Norwegian, inflects these nouns for number. */
const count = (n: number | string | undefined, one: string, many: string): string =>
  `${n} ${Number(n) === 1 ? one : many}`;

/** The message catalogue in British English. Same shape as nb.ts. */
const roundStates = {
  planned: 'Planned',
  open: 'Open for reporting',
  'in-review': 'Under consideration by AU',
  compiled: 'Consolidated agenda item compiled',
  closed: 'Closed',
};

/** A round state's name; the raw value when unknown, so a message never breaks. */
const stateName = (state: string | number | undefined): string =>
  roundStates[state as keyof typeof roundStates] ?? String(state);

/** The traffic lights' names. */
const lights = { green: 'Green', yellow: 'Amber', red: 'Red' };

/** A light's name in lower case for mid-sentence, from an error parameter; the raw value when unknown. */
const lightWord = (light: string | number | undefined): string =>
  lights[light as keyof typeof lights]?.toLowerCase() ?? String(light ?? '');

export const en = {
  languageName: 'English',
  lights,
  lightDimensions: { overall: 'Overall', result: 'Results', schedule: 'Completion date', cost: 'Cost' },
  roundStates,
  reportStates: { missing: 'Missing', draft: 'Draft', submitted: 'Submitted' },
  phases: {
    concept: 'Concept',
    planning: 'Planning',
    execution: 'Execution',
    finished: 'Finished',
    'final-treatment-done': 'Final consideration completed',
  },
  acceptance: { proposed: 'Proposed', accepted: 'Accepted', declined: 'Declined' },
  tracks: { skate: 'Skate/AU', line: 'Own line organisation' },
  roles: {
    secretariat: 'Skate Secretariat',
    au: 'AU member',
    skate: 'Skate member',
    owner: 'Initiative owner',
    'strategy-owner': 'Strategy owner',
  },
  forums: { skate: 'Steering council (Skate)', au: 'Skate’s working committee (AU)' },
  voteChoices: {
    agree: 'Agree',
    disagree: 'Disagree',
    'oral-briefing': 'Request an oral briefing',
    'separate-item': 'Separate item in Skate',
  },
  followUp: { followed: 'Followed', partly: 'Partly followed', not: 'Not followed' },
  yes: 'Yes',
  no: 'No',
  none: '–',

  errors: {
    'REPORT.REQUIRED': () => 'This field is required.',
    'REPORT.TOO_LONG': (p) => `The text is too long (at most ${p.max} characters).`,
    'REPORT.CORRECTIVE_ACTIONS_REQUIRED': () =>
      'With a red light for results, completion date or cost, you must propose corrective actions.',
    'REPORT.FOLLOW_UP_REQUIRED': () =>
      'You must state whether Skate’s previous decision has been followed up, and add a comment.',
    'REPORT.FORECAST_BEFORE_QUARTER': (p) =>
      `The forecast completion date cannot be before the quarter starts (${p.quarterStart}).`,
    'REPORT.NEGATIVE_COST': () => 'The cost cannot be negative.',
    'REPORT.INVALID_DATE': () => 'Invalid date.',
    'REPORT.INVALID_NUMBER': () => 'Invalid number.',
    'REPORT.INVALID_SDG': () => 'The Sustainable Development Goals must be numbers from 1 to 17, with no repeats.',
    'REPORT.OVERRIDE_REASON_REQUIRED': (p) =>
      `You have chosen a different light from the suggested one (${lightWord(p.suggested)}). Please give a reason for your choice.`,
    'REPORT.INVALID_LIGHT': (p) => `‘${p.value}’ is not a light. Choose green, amber or red.`,
    'REPORT.OVERALL_REASON_REQUIRED': (p) =>
      `The overall status cannot be better than the worst of results, completion date and cost (${lightWord(p.worst)}) without a reason. Choose another light, or give your reason.`,
    'REPORT.ROUND_LOCKED': (p) => `The reporting round ${p.round} is locked. The report can no longer be changed.`,
    'REPORT.ROUND_NOT_OPEN': (p) => `The reporting round ${p.round} has not been opened yet.`,
    'REPORT.STALE_VERSION': () =>
      'The report has been changed since you opened the form. The form now shows the latest version; please review it and submit again.',
    'REPORT.NOT_ACCEPTED': (p) => `The initiative ${p.initiative} has not yet been accepted by the initiative owner.`,
    'REPORT.NOT_FOUND': (p) => `No report found for ${p.initiative} in ${p.round}.`,
    'ROUND.INVALID_TRANSITION': (p) =>
      `Round ${p.round} cannot go from ‘${stateName(p.from)}’ to ‘${stateName(p.to)}’.`,
    'ROUND.NOT_FOUND': (p) => `No reporting round ${p.round} found.`,
    'ROUND.ALREADY_EXISTS': (p) => `The reporting round ${p.round} already exists.`,
    'ROUND.INVALID_QUARTER': (p) => `‘${p.value}’ is not a quarter. Write it as 2026-Q4.`,
    'ROUND.NO_SKATE_MEETING': (p) =>
      `The meeting schedule has no available Skate meeting for ${p.round}. Add the meeting first.`,
    'ROUND.DEADLINE_TOO_CLOSE': (p) =>
      `The deadline for ${p.round} would be ${fd(p.deadline)}, which is too soon: owners need at least ${p.lead} business days. ` +
      `Open the round with a later deadline: “round open ${p.round} deadline ${p.earliest}”.`,
    'ROUND.TOO_LATE_FOR_MEETING': (p) =>
      `It is too late to open ${p.round}: with a deadline no earlier than ${fd(p.earliest)} the reports cannot be ready for the Skate meeting on ${fd(p.skate)}. ` +
      (p.next ? `Open the next quarter instead: “round open ${p.next}”.` : 'Add a later Skate meeting first.'),
    'ROUND.DEADLINE_NOT_BUSINESS_DAY': (p) =>
      `${fd(p.deadline)} is not a business day. Choose a business day from ${fd(p.earliest)}.`,
    'ROUND.NO_AU_CHANNEL': () =>
      'The AU channel is not connected yet, so AU cannot receive the items. Type “channel au” in the AU channel first.',
    'ROUND.NONE': (p) =>
      (p.rounds
        ? `No round is open now. The rounds that exist: ${p.rounds}. Name the one you mean, e.g. “status ${String(p.rounds).split(', ').at(-1)}”.`
        : 'There are no reporting rounds yet.') +
      (p.suggestion ? ` A new round can be opened with “round open ${p.suggestion}”.` : ''),
    'VOTE.COMMENT_REQUIRED': () => 'Please write a comment when you disagree.',
    'VOTE.JUSTIFICATION_REQUIRED': () => 'AU must justify a recommendation for a separate item in Skate.',
    'VOTE.CLOSED': () => 'Voting is closed.',
    'VOTE.TOO_LONG': (p) => `The comment is too long (at most ${p.max} characters).`,
    'AUTH.NOT_OWNER': () => 'Only the initiative owner or a deputy can report on this initiative.',
    'AUTH.NOT_AU': () => 'Only members of Skate’s working committee (AU) can vote.',
    'AUTH.NOT_SECRETARIAT': () => 'Only the Skate Secretariat can do this.',
    'AUTH.NOT_REVIEW_READER': () => 'Only AU and the Skate Secretariat can see AU’s review of the initiatives.',
    'AUTH.NOT_AGENDA_READER': () =>
      'Only Skate, AU, the strategy owner and the Skate Secretariat can read the consolidated agenda item.',
    'AUTH.UNKNOWN_PERSON': () =>
      'I don’t recognise you. Ask the Skate Secretariat to register your email address, and then we can talk.',
    'INITIATIVE.NOT_FOUND': (p) => `Could not find the initiative ${p.initiative}.`,
    'INITIATIVE.INVALID_ID': (p) => `‘${p.value}’ is not an initiative ID. Write it as T-2026-03.`,
    'PERSON.NOT_FOUND': (p) => `No person found with the email address ${p.email}.`,
    'ORGANISATION.NOT_FOUND': (p) => `Could not find the organisation ${p.organisation}.`,
    'DELEGATION.INVALID_PERIOD': () => 'The deputy period must end on or after the day it starts.',
    'DECISION.NOT_FOUND': (p) => `Could not find the decision ${p.decision}.`,
    'IMPORT.INVALID_FILE': (p) => `The file could not be read: ${p.reason}`,
    'IMPORT.INVALID_ROWS': (p) => `The file has ${count(p.count, 'error', 'errors')}. Nothing has been saved.`,
    'REQUEST.CONFLICT': () =>
      'This action was already carried out with other values. Nothing has been changed; open the card again and retry.',
  } satisfies Record<ErrorCode, Msg>,

  importIssues: {
    'empty-file': () => 'The file is empty or has only the header row.',
    'malformed-csv': (p) => `The file is not valid CSV: ${p.reason}`,
    'missing-column': (p) => `The column ‘${p.column}’ is missing.`,
    'unknown-column': (p) => `Unknown column ‘${p.column}’. Allowed columns: ${p.allowed}.`,
    required: () => 'Required.',
    'invalid-email': (p) => `Invalid email address ‘${p.value}’.`,
    'invalid-id': (p) => `Invalid ID ‘${p.value}’ (expected ${p.format}).`,
    'invalid-date': (p) => `Invalid date ‘${p.value}’ (use YYYY-MM-DD or DD.MM.YYYY).`,
    'invalid-number': (p) => `Invalid number ‘${p.value}’${p.min !== undefined ? ` (at least ${p.min})` : ''}.`,
    'invalid-value': (p) => `Invalid value ‘${p.value}’. Allowed: ${p.allowed}.`,
    'unknown-organisation': (p) => `Unknown organisation ‘${p.value}’. Import the organisations first.`,
    'unknown-person': (p) => `Unknown person ‘${p.value}’. Import the people first.`,
    'unknown-focus-area': (p) => `Unknown focus area ‘${p.value}’. Allowed: ${p.allowed}.`,
    'unknown-life-event': (p) => `Unknown life event ‘${p.value}’. Allowed: ${p.allowed}.`,
    'invalid-sdg': (p) => `Invalid Sustainable Development Goal ‘${p.value}’ (1–17).`,
    duplicate: (p) => `‘${p.value}’ already appears on line ${p.firstLine}.`,
    'invalid-encoding': () =>
      'The file is not saved as UTF-8, and its characters cannot be read reliably. Save the file as UTF-8 (in Excel: “CSV UTF-8 (Comma delimited)”) and import it again.',
  } satisfies Record<ImportIssueCode, Msg>,

  recommendation: {
    'missing-report': (title: string) =>
      `Skate notes that the status report for ${title} is missing, and asks the initiative owner to report by the next meeting.`,
    'take-note': (title: string) => `Skate takes note of the status of ${title}.`,
    'note-deviation': (title: string, dimensions: string, hasCorrectiveActions: boolean) =>
      hasCorrectiveActions
        ? `Skate takes note of the status of ${title}, notes a significant deviation in ${dimensions}, and asks the initiative owner to carry out the proposed corrective actions.`
        : `Skate notes a significant deviation in ${dimensions} for ${title} and asks the initiative owner to put forward corrective actions.`,
    'final-treatment': (title: string) => `${title} is finished and is put before Skate for final consideration.`,
    'skate-attention': (title: string) =>
      `Skate takes note of the status of ${title} and discusses the matters the initiative owner asks Skate to note.`,
  },

  quarterLabel: (quarter: number, year: number) => `Q${quarter} ${year}`,
  cycle: {
    facts: {
      initiative: 'Initiative',
      round: 'Period',
      deadline: 'Deadline',
      lockAt: 'Final deadline for late reports',
      skateMeeting: 'Skate meeting',
      auMeeting: 'AU meeting',
      owner: 'Initiative owner',
      submitted: 'Submitted',
      missing: 'Missing',
      recommendation: 'Proposed recommendation',
    },
    reportRequest: {
      title: (id: string, period: string) => `Status report for ${id} – ${period}`,
      summary: (title: string, deadline: string) =>
        `The Skate Secretariat requests a status report for ${title} by ${deadline}.`,
      intro: (title: string, period: string, deadline: string) =>
        `The Skate Secretariat requests a status report for ${title} for ${period}. The deadline is ${deadline}.`,
      emphasis:
        'The report should focus on significant deviations from the agreed result, completion date and cost. Where there are significant deviations, you must propose corrective actions.',
      decision: (date: string, text: string) =>
        `On ${date}, Skate decided: ‘${text}’ Please state in the report whether the decision has been followed.`,
      delegated: (from: string, until: string) =>
        `You are receiving this because ${from} has delegated the reporting to you up to and including ${until}.`,
      open: 'Complete the report',
    },
    acceptance: {
      title: (title: string) => `Will you take responsibility for ${title}?`,
      summary: (title: string) => `You have been proposed as initiative owner for ${title}.`,
      intro: (organisation: string, title: string) =>
        `${organisation} has been proposed as initiative owner for ${title}. Skate will follow up the initiative once the initiative owner has accepted the task and the responsibility.`,
      result: (result: string, date: string, cost: string) =>
        `Agreed result: ${result} Completion date ${date}, cost ${cost}.`,
      accept: 'Accept',
      decline: 'Decline',
    },
    reminder: {
      title: (id: string) => `Reminder: status report for ${id}`,
      before: (deadline: string, days: number) =>
        `The deadline for the status report is ${deadline}, in ${days} ${days === 1 ? 'business day' : 'business days'}.`,
      onDeadline: (time: string) => `The deadline for the status report is today at ${time}.`,
      overdue: (deadline: string, lockAt: string) =>
        `The deadline for the status report was ${deadline}, and the report is still missing. Please send it as soon as you can; it will be included up to ${lockAt}.`,
      draft: 'You have a draft that has not been submitted yet.',
      summary: (title: string) => `The status report for ${title} is missing.`,
    },
    escalation: {
      title: (period: string) => `Missing status reports – ${period}`,
      intro: (count: number, reminders: number) =>
        `${count} ${count === 1 ? 'initiative has' : 'initiatives have'} not submitted a status report after ${reminders} ${reminders === 1 ? 'reminder' : 'reminders'}.`,
      item: (id: string, title: string, contacts: string) => `${id} ${title} – ${contacts}`,
    },
    review: {
      title: (period: string) => `AU consideration: status of the initiatives – ${period}`,
      intro: (submitted: number, total: number, deadline: string) =>
        `Deadline for the status reports: ${deadline}. ${submitted} of ${count(total, 'initiative', 'initiatives')} ${submitted === 1 ? 'has' : 'have'} submitted.`,
      votePrompt: (date: string) =>
        `Below is one report per initiative, with the Secretariat’s proposed recommendation. Vote in the reply under each initiative before the AU meeting on ${date}.`,
      byStatus: (green: number, yellow: number, red: number) => `Green: ${green}, amber: ${yellow}, red: ${red}`,
      itemTitle: (id: string, title: string) => `${id} ${title}`,
      missingReport: 'Status report missing.',
      vote: 'Vote',
      tally: (agree: number, disagree: number, oral: number, separate: number, counted: number, members: number) =>
        `Agree: ${agree}, disagree: ${disagree}, oral briefing: ${oral}, separate item: ${separate} (${counted} of ${members} voted)`,
      outcomes: {
        agreed: 'The recommendation has a majority',
        'not-agreed': 'The recommendation has no majority',
        'no-quorum': 'No quorum yet',
      },
      closed: 'Voting is closed.',
      voteRecorded: (choice: string) => `Your vote is recorded: ${choice}.`,
    },
    undeliverable: {
      title: (name: string) => `Could not reach ${name}`,
      text: (what: string, name: string, email: string, reason: string) =>
        `The message ‘${what}’ could not be delivered to ${name} (${email}): ${reason}`,
    },
    preflight: {
      title: (period: string) => `Recipient check before the round for ${period}`,
      allReachable: (total: number) =>
        total === 1 ? 'The recipient can be reached.' : `All ${total} recipients can be reached.`,
      someUnreachable: (unreachable: number, total: number) =>
        `${unreachable} of ${count(total, 'recipient', 'recipients')} cannot be reached yet. Ask them to open the bot in Teams or Slack, or correct their email address:`,
      item: (name: string, email: string, initiatives: string, reason: string) =>
        `${name} (${email}), ${initiatives}: ${reason}`,
      reasons: {
        'unknown-person': 'is not registered',
        'no-identity': 'has not started using the bot yet',
        'no-conversation': 'has no conversation with the bot',
        transport: 'the platform cannot reach the person',
        'channel-not-bound': 'the channel is not set up; say “channel au” or “channel skate” in it',
        'parent-not-sent': 'the message it belongs to was never sent',
      },
    },
  },

  form: {
    followUpComment: 'Comment on the follow-up',
    agreed: 'Agreed',
    decision: "Skate's decision to follow up",
    save: 'Save draft',
    submit: 'Submit',
    edit: 'Edit',
    suggestion: (light: string) => `Suggested from your forecast: ${light}. If you choose otherwise, please say why.`,
    reasons: {
      overall: 'Reason for the overall status',
      schedule: 'Reason for the completion date light',
      cost: 'Reason for the cost light',
    },
    scheduleRule: (days: number) =>
      `Green when the forecast completion date is on or before the agreed date, amber up to ${count(days, 'day', 'days')} later, red when it is more than ${count(days, 'day', 'days')} after the agreed date.`,
    costRule: (percent: string) =>
      `Green when the forecast is within the agreed cost, amber up to ${percent}% over, red when the forecast is more than ${percent}% over the agreed cost.`,
    overallRule:
      'The overall status cannot be better than the worst of results, completion date and cost without a reason.',
    worstNow: (light: string) => `The worst is now: ${light}.`,
    receiptTitle: (id: string, period: string) => `Status report for ${id} – ${period} submitted`,
    receiptText: (at: string, version: number) =>
      `Received ${at} (version ${version}). You can edit the report until the round locks.`,
    draftSaved: (at: string) => `Draft saved ${at}.`,
    fixErrors: 'Please correct the marked fields and submit again.',
  },
  vote: {
    choice: 'Your vote',
    comment: 'Comment (required when you disagree; the justification for a separate item)',
    recused: 'I have a conflict of interest in this case',
    submit: 'Vote',
    yourVote: 'You voted',
    recusedVote: 'Recused',
  },
  commands: {
    helpTitle: 'What you can ask Skate-boten to do',
    helpLine: (usage: string, text: string, example: string) => `${usage} – ${text}. Example: “${example}”`,
    errorForSecretariat:
      'Sorry, something went wrong and nothing was changed. Try again in a moment; if it happens again, check the bot’s log (your operations team can help).',
    channelNeedsChat: 'Channels are connected from chat: type “channel au” or “channel skate” in the channel itself.',
    unknownAction: 'I don’t recognise this button. Open the card again and retry.',
    helpIntro: 'Send me the command in a personal chat, or mention me (@Skate-boten) in a channel.',
    help: {
      help: { usage: 'help', text: 'shows this overview', example: 'help' },
      status: {
        usage: 'status [2026-Q4]',
        text: 'which reports are in and which are missing',
        example: 'status 2026-Q4',
      },
      mine: { usage: 'mine', text: 'the initiatives you report on, with the form', example: 'mine' },
      round: {
        usage: 'round open|deadline|review|close 2026-Q4 [date]',
        text: "open a reporting round, move its deadline, start AU's review or close the round",
        example: 'round open 2026-Q4',
      },
      remind: {
        usage: 'remind [T-2026-03]',
        text: 'remind everyone who has not reported (or one initiative) now',
        example: 'remind T-2026-03',
      },
      recommendation: {
        usage: 'recommendation T-2026-03 ⟨text⟩',
        text: "edit the draft of AU's recommendation",
        example: 'recommendation T-2026-03 Skate takes note of the status and asks for a revised schedule.',
      },
      vote: {
        usage: 'vote close [T-2026-03]',
        text: "close AU's vote on one initiative or the whole round",
        example: 'vote close T-2026-03',
      },
      initiatives: {
        usage: 'initiatives',
        text: 'list the initiatives (CSV import is done with the command line)',
        example: 'initiatives',
      },
      delegate: {
        usage: 'delegate T-2026-03 ⟨email⟩ ⟨from date⟩ ⟨to date⟩',
        text: 'let a colleague report for a period',
        example: 'delegate T-2026-03 kari.nordmann@nav.no 01.12.2026 31.12.2026',
      },
      channel: {
        usage: 'channel au|skate',
        text: 'make this channel the AU channel or the Skate channel',
        example: 'channel au',
      },
      preflight: {
        usage: 'preflight',
        text: 'check that every initiative owner can be reached before the round',
        example: 'preflight',
      },
      compile: {
        usage: 'compile [2026-Q4]',
        text: 'compile the consolidated agenda item for Skate',
        example: 'compile 2026-Q4',
      },
      decision: {
        usage: 'decision T-2026-03 ⟨text⟩',
        text: "record Skate's decision",
        example: 'decision T-2026-03 Skate asks the owner to present a revised schedule in the next report.',
      },
      export: {
        usage: 'export md|html|docx [2026-Q4]',
        text: 'download the agenda item',
        example: 'export docx 2026-Q4',
      },
    },
    unknown: (text: string) => `I did not understand “${text}”. Type “help” to see what I can do.`,
    usage: (usage: string) => `How to use the command: ${usage}`,
    notAvailable: 'This command is not available yet.',
    roundDeadlineMoved: (round: string, deadline: string) =>
      `The deadline of round ${round} is now ${deadline}. The reminders have been re-planned.`,
    reminded: (count: number) =>
      count === 0
        ? 'Everyone has reported; no reminders sent.'
        : `Sending a reminder to ${count} ${count === 1 ? 'recipient' : 'recipients'}.`,
    recommendationSaved: (id: string) => `The draft recommendation for ${id} is updated, and so is the AU thread.`,
    voteClosed: (count: number) => `Voting is closed for ${count} ${count === 1 ? 'initiative' : 'initiatives'}.`,
    delegated: (id: string, name: string, from: string, until: string) =>
      `${name} reports for ${id} from ${from} to ${until}.`,
    channelBound: (channel: string) => `This channel is now ${channel}.`,
    channelNames: { au: 'the AU channel', skate: 'the Skate channel' },
    mineTitle: 'Your initiatives',
    mineNone: 'You are not registered as a contact for any initiative.',
    mineLine: (id: string, title: string, state: string) => `${id} ${title}: ${state}`,
    notDue: 'no report due',
    accepted: (title: string) => `Thank you! You have accepted responsibility for ${title}.`,
    declined: (title: string) => `You have declined ${title}. The Skate Secretariat will be told.`,
    decisionRecorded: (id: string, initiative: string) =>
      `Decision ${id} is recorded for ${initiative}. The owner will be asked to follow it up in the next report.`,
    decisionCorrected: (id: string) => `Decision ${id} is corrected.`,
    decisionsTitle: "Skate's decisions",
    noDecisions: 'No decisions are recorded.',
    decisionLine: (id: string, initiative: string, date: string, text: string, open: boolean) =>
      `${id} (${initiative}, ${date}${open ? ', to be followed up' : ''}): “${text}”`,
    exportTitle: (caseNumber: string) => `Item ${caseNumber}: download`,
    notCompiled: 'The agenda item has not been compiled yet. Say “compile” first.',
    welcome: (name: string) => `Hello, ${name}! I am Skate-boten. Type “help” to see what I can do.`,
    unknownUser:
      "Hello! I can't find you in Skate's register. Ask the Skate Secretariat to register your email address, and we can talk.",
    error: 'Sorry, something went wrong. Please try again shortly; if it persists, tell the Skate Secretariat.',
  },
  agendaCard: {
    title: (caseNumber: string, period: string, revision: number) =>
      `Item ${caseNumber} Status of the action plan's initiatives – ${period}${revision > 0 ? ` (revision ${revision})` : ''}`,
    counts: (submitted: number, expected: number, green: number, yellow: number, red: number) =>
      `${submitted} of ${expected} initiatives have reported. Green: ${green}, amber: ${yellow}, red: ${red}.`,
    deviation: (id: string, title: string, dimensions: string) =>
      `${id} ${title}: significant deviation in ${dimensions}`,
    missing: (id: string, title: string) => `${id} ${title}: status report missing`,
    recommends: (points: number) =>
      `AU puts forward ${points} specific ${points === 1 ? 'point' : 'points'} in the proposed decision.`,
    takeNote: 'AU recommends that Skate takes note of the status of the initiatives.',
    previewNote: 'This is a preview. Check the documents, and publish to the Skate channel when everything is right.',
    meeting: 'Skate meeting',
    caseNumber: 'Case number',
    publish: 'Publish to the Skate channel',
    word: 'Case paper (Word)',
    html: 'Case paper (web page)',
    markdown: 'Case paper (Markdown)',
    heatmapAlt: (quarters: number) =>
      quarters === 1
        ? 'Status of the initiatives this quarter'
        : `Status of the initiatives over the last ${quarters} quarters`,
    published: (caseNumber: string) => `Item ${caseNumber} is published in the Skate channel.`,
    unchanged: (caseNumber: string, revision: number) =>
      `Nothing has changed since item ${caseNumber}${revision > 0 ? ` (revision ${revision})` : ''} was compiled; no new revision was made.`,
    noChannel: 'The Skate channel is not set up. Say “channel skate” in the Skate channel first.',
  },
  agenda: {
    pageOf: { page: 'Page', of: 'of' },
    documentTitle: 'CASE PAPER',
    forum: (forum: string) => `Forum: ${forum}`,
    meetingDate: (date: string) => `Meeting date: ${date}`,
    caseLine: (caseNumber: string, title: string) => `Item ${caseNumber} ${title}`,
    caseTitle: (period: string) => `Status of the initiatives in the action plan – ${period}`,
    caseTypes: { behandlingssak: 'For decision' },
    revision: (n: number) => `Revised version ${n}. Replaces the case paper sent out earlier.`,
    quarterShort: (quarter: number, year: number) => `Q${quarter} ${year}`,
    headings: {
      background: 'History/background',
      proposedDecision: 'Proposed decision:',
      statusOverview: 'Status of the initiatives',
      heatmap: 'Development over recent quarters',
      deviations: 'Significant deviations and corrective actions',
      followUp: 'Follow-up of Skate’s earlier decisions',
      auTreatment: 'Consideration by AU',
      dissent: 'Dissent in AU',
      oralBriefing: 'Oral briefing',
      separateItems: 'Recommended as a separate item in Skate',
      missingReports: 'Missing status reports',
      finalTreatment: 'Initiatives ready for final consideration',
      sdgs: 'Sustainable Development Goals',
      appendix: 'Appendix: status of the initiatives',
    },
    background: {
      basis:
        'Skate considers the status of the initiatives in the action plan every quarter in one consolidated agenda item. The initiative owners report quarterly, with the emphasis on significant deviations from the agreed results, completion date and cost, and must propose corrective actions when there is a significant deviation. The reports have been reviewed by the Skate Secretariat and Skate’s working committee (AU), and AU’s recommendation is the proposed decision in this item.',
      requested: (period: string, expected: number, deadline: string) =>
        `The Skate Secretariat asked ${count(expected, 'initiative', 'initiatives')} for a status report for ${period}, due ${deadline}.`,
      received: (submitted: number, missing: number) =>
        missing === 0
          ? 'All of them have reported.'
          : submitted === 0
            ? 'None of them has reported.'
            : `Of these, ${submitted} ${submitted === 1 ? 'has' : 'have'} reported and ${missing} ${missing === 1 ? 'is' : 'are'} missing.`,
      byOverall: (green: number, yellow: number, red: number) => {
        const parts = (
          [
            [green, 'green'],
            [yellow, 'amber'],
            [red, 'red'],
          ] as const
        ).filter(([n]) => n > 0);
        const words = parts.map(
          ([n, light], i) => `${light} for ${i === 0 ? count(n, 'initiative', 'initiatives') : n}`,
        );
        const last = words.pop() ?? '';
        return `The overall status is ${words.length > 0 ? `${words.join(', ')} and ${last}` : last}.`;
      },
      deviations: (n: number) =>
        n === 0
          ? 'None of the reports states a significant deviation from the agreed results, completion date or cost.'
          : `A significant deviation from the agreed results, completion date or cost is reported in ${n} of the reports.`,
      auHeld: (date: string) =>
        `AU considered the reports and the Secretariat’s draft recommendations at its meeting on ${date}.`,
      auPlanned: (date: string) =>
        `AU will consider the reports and the Secretariat’s draft recommendations at its meeting on ${date}.`,
      auUndated: 'AU has considered the reports and the Secretariat’s draft recommendations.',
    },
    decision: {
      general: 'Skate takes note of the status of the initiatives in the action plan.',
      point: (initiative: string, text: string) => `${initiative}: ${text}`,
      notAgreed: 'The recommendation did not win a majority in AU.',
      separateItem: 'In AU it was recommended that the initiative be considered as a separate item in Skate.',
    },
    status: {
      initiative: 'Initiative',
      owner: 'Owner',
      trend: 'Trend',
      missing: 'Missing',
      trendNew: 'new',
      lightLegend: (green: string, yellow: string, red: string) =>
        `${green}: on track. ${yellow}: at risk. ${red}: significant deviation.`,
      trendLegend: (better: string, same: string, worse: string, isNew: string) =>
        `Trend is the change in overall status since the initiative’s previous report: ${better} better, ${same} unchanged, ${worse} worse; “${isNew}” means that the initiative has not reported before.`,
      trendFirst: (isNew: string) => `None of the initiatives has reported before, so every trend is “${isNew}”.`,
    },
    heatmap: {
      intro: (n: number) => `Overall status over the last ${n} quarters. – means that no report was submitted.`,
      tooShort: 'The development over time is shown once there are reports from earlier quarters.',
    },
    deviations: {
      none: 'None of the reports states a significant deviation.',
      red: 'Red light on',
      forecast: (date: string, agreedDate: string, cost: string, agreedCost: string) =>
        `completion ${date} (agreed ${agreedDate}), cost ${cost} (agreed ${agreedCost})`,
      noCorrectiveActions: 'The initiative owner has not proposed any corrective actions.',
      override: 'Light other than the forecast suggests',
      overrideText: (dimension: string, chosen: string, suggested: string, reason: string) =>
        `${dimension}: the owner chose ${chosen} where the forecast suggests ${suggested}. Reason: ${reason}`,
    },
    followUp: {
      intro: 'At their next report the initiative owners must state whether Skate’s decision has been followed.',
      none: 'There are no earlier Skate decisions to follow up this time.',
      decision: (date: string) => `Skate’s decision of ${date}`,
      state: 'Follow-up',
      notAnswered: 'Not answered',
      notAnsweredMissing: 'Not answered – the status report is missing',
      comment: 'Owner’s comment',
    },
    au: {
      intro: (members: number) =>
        `AU has ${count(members, 'member', 'members')}. Votes from members who have declared themselves disqualified are not counted.`,
      columns: {
        initiative: 'Initiative',
        agree: 'Agree',
        disagree: 'Disagree',
        oralBriefing: 'Oral briefing',
        separateItem: 'Separate item',
        recused: 'Disqualified',
        notVoted: 'Not voted',
        outcome: 'Outcome',
      },
      outcomes: {
        agreed: 'Majority for the recommendation',
        'not-agreed': 'No majority',
        'no-quorum': 'No quorum',
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
        `Agree ${p.agree}, disagree ${p.disagree}, oral briefing ${p.oralBriefing}, separate item ${p.separateItem}. ${p.counted} of ${p.members} votes counted${p.recused > 0 ? `, ${p.recused} disqualified` : ''}. ${p.outcome}.`,
      dissentNone: 'No AU member voted against the recommendations.',
      oralBriefingIntro: 'AU asks for a supplementary oral briefing from these initiatives:',
      oralBriefingNone: 'AU has not asked for an oral briefing from any initiative.',
      separateItemsIntro: 'AU recommends that Skate considers these initiatives as separate items:',
      separateItemsNone: 'AU does not recommend that any initiative be considered as a separate item in Skate.',
      justification: 'Justification',
    },
    missing: {
      intro: 'These initiatives have not submitted a status report for the quarter:',
      none: 'Every initiative has submitted its status report.',
      line: (initiative: string, owner: string, contacts: string) =>
        contacts === '' ? `${initiative} – ${owner}` : `${initiative} – ${owner} (contact: ${contacts})`,
    },
    finalTreatment: {
      intro: 'These initiatives are finished and are put before Skate for final consideration:',
      none: 'No initiative is ready for final consideration this time.',
      line: (initiative: string, owner: string, agreedResult: string) =>
        `${initiative} – ${owner}. Agreed results: ${agreedResult}`,
    },
    sdgs: {
      intro: 'The initiative owners state that the initiatives support these UN Sustainable Development Goals:',
      none: 'None of the initiatives has stated any Sustainable Development Goals.',
      line: (sdg: number, name: string, n: number) => `Goal ${sdg} ${name}: ${count(n, 'initiative', 'initiatives')}`,
      item: (sdg: number, name: string) => `${sdg} ${name}`,
    },
    closing: {
      presenter: (name: string) => `The item will be presented by ${name}`,
      preparedBy: (by: string) => `This case paper was prepared by ${by}`,
      placeAndDate: (place: string, date: string) => `${place}, ${date}`,
    },
    facts: {
      owner: 'Initiative owner',
      focusArea: 'Focus area',
      lifeEvents: 'Life events',
      phase: 'Phase',
      agreedResult: 'Agreed results',
      agreed: 'Agreed completion date and cost',
      status: 'Status',
      forecast: 'Forecast',
      forecastText: (date: string, cost: string) => `completion ${date}, cost ${cost}`,
      progress: 'Done this quarter',
      deviations: 'Deviations',
      correctiveActions: 'Corrective actions',
      attention: 'Asks for Skate’s attention',
      sdgs: 'Sustainable Development Goals',
      recommendation: 'AU’s recommendation',
      votes: 'Vote in AU',
      missingReport: 'The status report is missing.',
    },
  },
  cli: {
    description: 'The Skate bot: administration of the register and the reporting rounds.',
    failed: (message: string) => `Error: ${message}`,
    unexpected: (message: string) => `Unexpected error: ${message}`,
    backup: {
      written: (file: string, size: string, version: number) =>
        `Backup written to ${file} (${size}, schema version ${version}).`,
      sourceMissing: (file: string) => `No database found at ${file}.`,
      targetExists: (file: string) => `${file} already exists. Choose a new file name; no file was overwritten.`,
      copyCorrupt: 'The copy failed its integrity check and was deleted. Try again.',
      restored: (file: string, version: number) =>
        `The database ${file} has been restored (schema version ${version}). Start the bot again.`,
      backupMissing: (file: string) => `Backup ${file} not found.`,
      backupCorrupt: (detail: string) => `The backup is damaged and was not used: ${detail}`,
      backupNotSkate: 'The file is not a Skate-boten backup. Nothing has been changed.',
      backupNewer: (found: number, latest: number) =>
        `The backup has schema version ${found}, but this version of the bot only knows up to ${latest}. Upgrade the bot first.`,
      inUse: (file: string) => `${file} is in use. Stop the bot before restoring; nothing has been changed.`,
    },
    demoLoaded: (p: { organisations: number; people: number; initiatives: number; meetings: number; round: string }) =>
      `Demo data loaded: ${count(p.organisations, 'organisation', 'organisations')}, ${count(p.people, 'person', 'people')}, ${count(p.initiatives, 'initiative', 'initiatives')}, ${count(p.meetings, 'meeting', 'meetings')} and the closed round ${p.round}.`,
    demoSkipped: 'The database already contains data; the demo data was not loaded.',
    imported: (p: { kind: string; created: number; updated: number; unchanged: number }) =>
      `Import of ${p.kind}: ${p.created} new, ${p.updated} changed, ${p.unchanged} unchanged.`,
    importRejected: (n: number) => `The file was rejected with ${count(n, 'error', 'errors')}. Nothing has been saved.`,
    importKinds: { organisations: 'organisations', people: 'people', initiatives: 'initiatives' },
    importIssueGroup: (p: { lines: string; count: number; more: number; column: string | null; message: string }) =>
      `${p.count === 1 ? 'Line' : 'Lines'} ${p.lines}${p.more > 0 ? ` and ${p.more} more` : ''}${p.column === null ? '' : `, column ‘${p.column}’`}: ${p.message}`,
    importIds: (p: { created: string; updated: string }) =>
      [p.created && `New: ${p.created}.`, p.updated && `Changed: ${p.updated}.`].filter(Boolean).join(' '),
    importMore: (ids: string, more: number) => (more > 0 ? `${ids} and ${more} more` : ids),
    importDecoded: (encoding: string) =>
      `The file was not saved as UTF-8 and has been read as ${encoding}. Check that æ, ø and å look right, and save the file as UTF-8 next time.`,
    nothing: 'Nothing to show.',
    roundOpened: (p: { round: string; deadline: string; lockAt: string; au: string; skate: string; count: number }) =>
      `Round ${p.round} is open for ${count(p.count, 'initiative', 'initiatives')}. Deadline: ${p.deadline}. Locks: ${p.lockAt}. AU meeting: ${p.au}. Skate meeting: ${p.skate}.`,
    roundMoved: (round: string, state: string) => `Round ${round}: ${state}.`,
    roundSummary: (p: { round: string; state: string; deadline: string; lockAt: string }) =>
      `Round ${p.round} – ${p.state}. Deadline ${p.deadline}, locks ${p.lockAt}.`,
    roundCounts: (p: { submitted: number; draft: number; missing: number }) =>
      `Submitted: ${p.submitted}. Drafts: ${p.draft}. Missing: ${p.missing}.`,
    noActiveRound: 'No reporting round is open. Open one with ‘round open 2026-Q4’.',
    outboxCounts: (p: { pending: number; sending: number; sent: number; failed: number; cancelled: number }) =>
      `Pending: ${p.pending}. Sending: ${p.sending}. Sent: ${p.sent}. Failed: ${p.failed}. Cancelled: ${p.cancelled}.`,
    outboxStates: { pending: 'Pending', sending: 'Sending', sent: 'Sent', failed: 'Failed', cancelled: 'Cancelled' },
    ticked: (p: { done: number; dropped: number; sent: number; retried: number; failed: number }) =>
      `Ran ${p.done} scheduled ${p.done === 1 ? 'job' : 'jobs'} (${p.dropped} no longer needed). Sent ${p.sent}, ${p.retried} to retry later, ${p.failed} failed.`,
    notLocal: 'The bot delivers by itself once Teams or Slack is set up; this command is for local mode.',
    preflightResult: (total: number, unreachable: number) =>
      unreachable === 0
        ? `All ${total} recipients can be reached.`
        : `${unreachable} of ${total} recipients cannot be reached:`,
    plan: {
      header: (at: string) => `Dry run at ${at}: this is what would happen now. Nothing has been saved or sent.`,
      nothingDue: 'No scheduled job is due.',
      job: (p: { kind: 'round.reminder' | 'round.deadline'; round: string; due: string }) =>
        `${p.kind === 'round.deadline' ? 'Deadline' : 'Reminder'} for round ${p.round}, due ${p.due}:`,
      reminderKinds: {
        before: 'before the deadline',
        'on-deadline': 'on the deadline day',
        overdue: 'after the deadline',
      },
      remind: (p: { when: string; name: string; email: string; initiative: string; hasDraft: boolean }) =>
        `reminder ${p.when} to ${p.name} <${p.email}> about ${p.initiative}${p.hasDraft ? ' (has a draft)' : ''}`,
      escalate: (p: { name: string; missing: number }) =>
        `notice to ${p.name} of ${p.missing} missing ${p.missing === 1 ? 'report' : 'reports'}`,
      moveRound: (p: { round: string; from: string; to: string }) =>
        `round ${p.round} moves from “${p.from}” to “${p.to}”`,
      postReview: (p: { round: string; items: number }) =>
        `AU's review of round ${p.round} is posted in the AU channel, with ${p.items} ${p.items === 1 ? 'item' : 'items'} in its thread`,
      done: 'the job is done',
      dropped: (reason: string) => `the job is skipped: ${reason}`,
      reasons: {
        'round-not-found': 'the round does not exist',
        'round-inactive': (state: string) => `the round is “${state}”`,
        'round-locked': 'the round is locked for reports',
        superseded: 'a later reminder is due as well, and only that one is sent',
      },
    },
    columns: {
      id: 'ID',
      title: 'Title',
      owner: 'Initiative owner',
      acceptance: 'Acceptance',
      phase: 'Phase',
      track: 'Follow-up',
      contacts: 'Contacts',
      email: 'Email',
      name: 'Name',
      organisation: 'Organisation',
      roles: 'Roles',
      language: 'Language',
      linked: 'Linked',
      date: 'Date',
      forum: 'Forum',
      place: 'Location',
      round: 'Round',
      reporters: 'Reporters',
      status: 'Status',
      submittedAt: 'Submitted',
      state: 'State',
      deadline: 'Deadline',
      agreed: 'Agreed completion date and cost',
      kind: 'Kind',
      to: 'To',
      attempts: 'Attempts',
      error: 'Error',
      when: 'Time',
    },
    report: {
      heading: (initiative: string, title: string, round: string) => `${initiative} ${title} – ${round}`,
      state: (state: string, version: number, by: string, at: string) =>
        `${state}, version ${version}, last changed by ${by}, ${at}`,
      forecastDate: 'Forecast completion date',
      forecastCost: 'Forecast cost',
      agreed: (date: string, cost: string) => `Agreed: ${date}, ${cost}`,
      suggested: (light: string) => `suggested: ${light}`,
      progress: 'What has been done this quarter',
      deviations: 'Deviations',
      correctiveActions: 'Corrective actions',
      decision: 'Follow-up of Skate’s decision',
      sdgs: 'Sustainable Development Goals',
      attention: 'Matters for Skate’s attention',
      versions: 'Versions',
      version: (version: number, state: string, by: string, at: string) => `  v${version} ${state} ${by} ${at}`,
    },
  },
} satisfies Messages;
