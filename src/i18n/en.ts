import type { ErrorCode, ErrorParams } from '../domain/errors';
import type { ImportIssueCode } from '../domain/import-issues';
import { formatDate } from './format';
import type { Messages } from './index';

/** The compiled paper's formats, as a sentence names them. */
const FORMAT_NAMES: Record<string, string> = {
  docx: 'Word document',
  png: 'heat map',
  md: 'Markdown version',
  html: 'web page',
};
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
  },
  auRequests: {
    'oral-briefing': 'Ask for an oral briefing from the initiative',
    'separate-item': 'Recommend a separate item in Skate',
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
    'AGENDA.RENDER_FAILED': () =>
      'The case paper could not be made in any format. Try again; if it happens again, check the bot’s log.',
    'VOTE.COMMENT_REQUIRED': () => 'Please write a comment when you disagree.',
    'VOTE.JUSTIFICATION_REQUIRED': () =>
      'Please give your reason: what AU should hear about in an oral briefing, or why Skate should treat the initiative as a separate item.',
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
    'CASE.INVALID_NUMBER': (p) => `“${p.value}” is not a case number. Write it as 24/2026.`,
    'CASE.NUMBER_TAKEN': (p) =>
      `Case number ${p.caseNumber} is already given to the consolidated item for ${p.round}. A number is used only once.`,
    'AGENDA.POINTS_UNDECIDED': (p) =>
      `The item cannot be published yet. AU did not adopt the recommendation for ${p.initiatives}; first decide whether each point goes to Skate as the Secretariat’s proposal or is withdrawn (“point ${String(p.initiatives).split(', ')[0]} propose” or “… withdraw”), then compile again.`,
    'AGENDA.NOT_PUBLISHED': (p) => `The consolidated item for ${p.round} has not been published yet.`,
    'AGENDA.CHANGED_SINCE_PUBLISHED': (p) =>
      `The consolidated item for ${p.round} has changed since it was published, so the points cannot simply be recorded as adopted. Record the decisions with “decision ${p.initiative ?? 'T-…'} ⟨text⟩”.`,
    'POINT.NOT_OPEN': (p) =>
      `${p.initiative} has no point awaiting the Secretariat’s decision: AU adopted the recommendation, or the initiative has no point of its own in the item.`,
    'FINAL.NOT_REQUESTED': (p) =>
      `The owner has not reported ${p.initiative} as finished. The owner does so with “finished ${p.initiative}”.`,
    'FINAL.IN_PROGRESS': (p) => `${p.initiative} is already in final treatment.`,
    'FINAL.DONE': (p) => `${p.initiative} has already had its final treatment.`,
    'FINAL.NOT_IN_TREATMENT': (p) => `${p.initiative} is not in final treatment.`,
    'FINAL.NO_FEEDBACK_ROUND': (p) => `There is no written feedback round for ${p.initiative} now.`,
    'AUTH.NOT_SKATE': () => 'Only Skate’s members give written feedback in the final treatment of an initiative.',
    'IMPORT.INVALID_FILE': (p) => `The file could not be read: ${p.reason}`,
    'IMPORT.INVALID_ROWS': (p) => `The file has ${count(p.count, 'error', 'errors')}. Nothing has been saved.`,
    'REQUEST.CONFLICT': () =>
      'This action was already carried out with other values. Nothing has been changed; open the card again and retry.',
    'INPUT.INVALID': () => 'This value is not valid here. Nothing was saved; open the card again and retry.',
    'INPUT.TOO_LONG': (p) => `The text is too long (at most ${p.max} characters).`,
    'INPUT.OUT_OF_RANGE': (p) => `The value must be between ${p.min} and ${p.max}.`,
    'INPUT.INVALID_CHOICE': (p) => `«${p.value}» is not one of the choices. Pick one of those shown.`,
    'RECOMMENDATION.ROUND_CLOSED': (p) => `Round ${p.round} is closed, so the recommendation can no longer be changed.`,
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
    'too-long': (p) => `The text «${p.value}» is too long (at most ${p.max} characters).`,
  } satisfies Record<ImportIssueCode, Msg>,

  recommendation: {
    'missing-report': (title: string) =>
      `Skate notes that the status report for ${title} is missing, and asks the initiative owner to report by the next meeting.`,
    'take-note': (title: string) => `Skate takes note of the status of ${title}.`,
    'note-deviation': (title: string, dimensions: string, hasCorrectiveActions: boolean) =>
      hasCorrectiveActions
        ? `Skate notes the significant deviation in ${dimensions} for ${title} and asks the initiative owner to carry out the proposed corrective actions.`
        : `Skate notes the significant deviation in ${dimensions} for ${title} and asks the initiative owner to propose corrective actions in the next status report.`,
    'final-treatment': (title: string) =>
      `Skate has given ${title} its final treatment and recommends that the initiative owner and the strategy owner close the initiative as delivered in line with the agreed results.`,
    'skate-attention': (title: string) =>
      `Skate discusses the matters the initiative owner of ${title} asks Skate to note, and advises the initiative owner.`,
    'separate-item': (title: string) =>
      `Skate will consider the status of ${title} as a separate item at a later meeting.`,
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
        `Agree: ${agree}, disagree: ${disagree} (${counted} of ${members} votes counted). Asking for an oral briefing: ${oral}, a separate item: ${separate}.`,
      outcomes: {
        adopted: 'The recommendation is adopted',
        rejected: 'The recommendation is not adopted',
        'not-quorate': 'No quorum yet',
        'not-voted': 'Nobody has voted yet',
      },
      version: (n: number) => `Version ${n} of the recommendation. Votes on earlier versions have been cleared.`,
      requests: {
        'oral-briefing': 'AU asks for an oral briefing.',
        'separate-item': 'AU recommends a separate item in Skate.',
      },
      closed: 'Voting is closed.',
      voteRecorded: (choice: string) => `Your vote is recorded: ${choice}.`,
    },
    briefing: {
      title: (id: string) => `AU asks for an oral briefing on ${id}`,
      owner: (title: string, date: string | null) =>
        date
          ? `AU asks for a supplementary oral briefing on ${title} at its meeting on ${date}. The Skate Secretariat will agree the time with you.`
          : `AU asks for a supplementary oral briefing on ${title}. The Skate Secretariat will agree the time and meeting with you.`,
      secretariat: (title: string, n: number, counted: number, date: string | null) =>
        `AU asks for an oral briefing on ${title}${date ? ` at its meeting on ${date}` : ''}: ${n} of ${counted} counted votes asked for it. The initiative owner has been told.`,
      reasons: 'What AU wants to hear about',
      meeting: 'AU meeting',
      withdrawnTitle: (id: string) => `AU no longer asks for an oral briefing on ${id}`,
      withdrawn: (title: string) => `The votes have changed, and AU no longer asks for an oral briefing on ${title}.`,
    },
    recommendationChanged: {
      title: (id: string) => `The draft recommendation for ${id} has changed`,
      text: (version: number) =>
        `The Skate Secretariat changed the recommendation after you voted. Your vote was on the previous version and has been cleared; please vote again on version ${version}.`,
      before: 'The recommendation you voted on',
      after: 'New recommendation',
      vote: 'Vote again',
    },
    undeliverableToday: {
      title: (date: string) => `Messages that did not get through on ${date}`,
      intro: (count: number) =>
        count === 1
          ? 'One message could not be delivered. It will not be retried by itself; see “check” for what needs fixing.'
          : `${count} messages could not be delivered. They will not be retried by themselves; see “check” for what needs fixing.`,
      line: (name: string, count: number, reason: string) =>
        count === 1 ? `${name}: ${reason}` : `${name} (${count} messages): ${reason}`,
      other: 'something went wrong on the platform',
    },
    preflight: {
      title: (period: string) => `Recipient check before the round for ${period}`,
      allReachable: (total: number) =>
        total === 1 ? 'The recipient can be reached.' : `All ${total} recipients can be reached.`,
      someUnreachable: (unreachable: number, total: number) =>
        `${unreachable} of ${count(total, 'recipient', 'recipients')} cannot be reached yet. Ask them to open the bot in Teams or Slack, or correct their email address:`,
      item: (name: string, initiatives: string, reason: string) =>
        initiatives === '' ? `${name}: ${reason}` : `${name} (${initiatives}): ${reason}`,
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
    choice: 'Do you agree with the draft recommendation?',
    comment: 'Comment (required when you disagree)',
    request: 'Should AU ask for anything more?',
    requestNone: 'No',
    requestReason: 'Reason for your request (required when you ask for something)',
    recused: 'I have a conflict of interest in this case',
    submit: 'Vote',
    yourVote: 'You voted',
    yourRequest: 'Your request',
    recusedVote: 'Recused',
    cleared: 'The recommendation was changed after you voted, and your vote has been cleared. Please vote again.',
  },
  commands: {
    /** Said at once when `sammenstill` starts: the preview follows when the paper is rendered. */
    compiling: 'Compiling the agenda item; the preview will appear here shortly.',
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
        usage: 'decision T-2026-03 ⟨text⟩ | decision as proposed [T-2026-03]',
        text: "record Skate's decision, or the points as proposed in the published item",
        example: 'decision T-2026-03 Skate asks the owner to present a revised schedule in the next report.',
      },
      export: {
        usage: 'export md|html|docx [2026-Q4]',
        text: 'download the agenda item',
        example: 'export docx 2026-Q4',
      },
      caseNumber: {
        usage: 'case-number NN/YYYY [2026-Q4]',
        text: "set the item's case number in Skate's series (otherwise I propose the next free one)",
        example: 'case-number 24/2026',
      },
      point: {
        usage: 'point T-2026-03 propose|withdraw',
        text: 'put a point AU did not adopt to Skate as the Secretariat’s proposal, or withdraw it',
        example: 'point T-2026-03 propose',
      },
      minutes: {
        usage: 'minutes [2026-Q4]',
        text: "the decision text for Skate's minutes of the consolidated item",
        example: 'minutes 2026-Q4',
      },
      finished: {
        usage: 'finished T-2026-03',
        text: 'report that your initiative is finished, for final treatment in Skate',
        example: 'finished T-2026-03',
      },
      finalTreatment: {
        usage: 'final-treatment T-2026-03 confirm [deadline date]|decline|decided',
        text: 'confirm that an initiative is finished and ask the Skate agencies for written feedback, decline the report, or record that Skate has given it its final treatment',
        example: 'final-treatment T-2026-03 confirm deadline 15.01.2027',
      },
      feedback: {
        usage: 'feedback T-2026-03 ⟨text⟩',
        text: 'give your agency’s written feedback before Skate’s final treatment of an initiative',
        example: 'feedback T-2026-03 The initiative has delivered what was agreed.',
      },
      language: {
        usage: 'language nb|nn|en',
        text: 'choose whether I write to you in Bokmål, Nynorsk or English',
        example: 'language en',
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
    recommendationNewVersion: (id: string, version: number, cleared: number) =>
      `AU had voted on the draft recommendation for ${id}, so the change is version ${version}. The votes on the previous version are cleared, and ${cleared === 1 ? 'the member who had voted has' : `the ${cleared} members who had voted have`} been sent the old and the new text side by side.`,
    compileAgain: 'Compile again to include it in the item.',
    pointsProposed: (ids: string) => `The points on ${ids} go to Skate as the Secretariat’s proposal, marked as such.`,
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
    decisionsAdopted: (n: number, round: string) =>
      `${count(n, 'decision is', 'decisions are')} recorded for the consolidated item for ${round}, as the points were proposed.`,
    caseNumberSet: (caseNumber: string, round: string) =>
      `Case number ${caseNumber} is set for the consolidated item for ${round}.`,
    pointProposed: (id: string) =>
      `The point on ${id} goes to Skate as the Secretariat’s proposal, marked as such, with what happened in AU.`,
    pointWithdrawn: (id: string) => `The point on ${id} is withdrawn. The item says what happened in AU.`,
    finishedRequested: (id: string) =>
      `Thank you! ${id} is reported finished. The Skate Secretariat will confirm it and start the final treatment.`,
    finalConfirmed: (id: string, deadline: string, n: number) =>
      `${id} is confirmed finished. ${count(n, 'Skate member is', 'Skate members are')} asked for written feedback by ${deadline}, and the initiative goes to final treatment in the next consolidated item.`,
    finalDeclined: (id: string) =>
      `${id} is not confirmed finished. The owner is told, and the initiative reports as before.`,
    finalDecided: (id: string) =>
      `${id} has had its final treatment. No more status reports are asked for, and the owner and the strategy owner are told.`,
    feedbackSaved: (id: string) =>
      `Thank you! Your agency’s feedback on ${id} is recorded and will be included in the consolidated item.`,
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
    languageSet: (name: string) => `Done! I will write to you in ${name} from now on.`,
  },
  home: {
    greeting: (name: string) => `Hi, ${name}! This is what awaits you in the Skate follow-up.`,
    reports: 'Status reports to submit',
    votes: 'Recommendations you have not voted on',
    round: 'The current round',
    nothing: 'Nothing is waiting for you right now.',
  },
  slack: {
    /** The title of a modal that only tells something: the app's name, as Slack shows it. */
    appName: 'Skate-boten',
    reportModalTitle: (id: string) => `Status report ${id}`,
    voteModalTitle: (id: string) => `Vote: ${id}`,
    cancel: 'Cancel',
    close: 'Close',
    voteMore: 'Comment, briefing or separate item …',
    inviteFirst: 'I am not in this channel. Invite me with /invite @Skate-boten and type the command again.',
    moreRows: (count: number) => `… and ${count} more`,
    fileComment: (caseNumber: string) => `The case paper for item ${caseNumber} (Word).`,
    homeHint: 'Type /skate help to see what you can ask me.',
  },
  agendaCard: {
    renderFailed: (format: string, initiative: string | null, field: string | null) =>
      `The ${FORMAT_NAMES[format] ?? format} could not be made this time${initiative ? ` (${initiative}${field ? `, field “${field}”` : ''})` : ''}. The other formats are ready; compile again once the fault is fixed.`,
    title: (caseNumber: string, period: string, revision: number) =>
      `Item ${caseNumber} Status of the action plan's initiatives – ${period}${revision > 0 ? ` (revision ${revision})` : ''}`,
    counts: (submitted: number, expected: number, green: number, yellow: number, red: number) =>
      `${submitted} of ${expected} initiatives have reported. Green: ${green}, amber: ${yellow}, red: ${red}.`,
    deviation: (id: string, title: string, dimensions: string) =>
      `${id} ${title}: significant deviation in ${dimensions}`,
    missing: (id: string, title: string) => `${id} ${title}: status report missing`,
    points: (p: { au: number; secretariat: number; undecided: number; withdrawn: number }) => {
      const specific = p.au + p.secretariat + p.undecided;
      const parts = [
        p.au > 0 ? `${p.au} ${p.au === 1 ? 'is' : 'are'} AU’s recommendation` : '',
        p.secretariat > 0 ? `${p.secretariat} ${p.secretariat === 1 ? 'is' : 'are'} the Secretariat’s proposal` : '',
        p.undecided > 0 ? `${p.undecided} ${p.undecided === 1 ? 'awaits' : 'await'} your decision` : '',
      ].filter(Boolean);
      const last = parts.pop() ?? '';
      const list = parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
      const withdrawn = p.withdrawn > 0 ? ` ${count(p.withdrawn, 'point is', 'points are')} withdrawn.` : '';
      return `The proposed decision has ${count(specific, 'specific point', 'specific points')}: ${list}.${withdrawn}`;
    },
    takeNote: 'The proposed decision is that Skate takes note of the status of the initiatives.',
    pending: (n: number) =>
      `${n === 1 ? 'One point awaits' : `${n} points await`} your decision because AU did not adopt the recommendation. The button puts them forward as the Secretariat’s proposal; to withdraw one, say “point T-2026-03 withdraw”. The item can be published once all are decided.`,
    pendingItem: (initiative: string, outcome: string) => `${initiative}: ${outcome}`,
    proposeAll: (n: number) =>
      n === 1 ? 'Put forward as the Secretariat’s proposal' : `Put all ${n} forward as the Secretariat’s proposal`,
    caseNumberProposed: (caseNumber: string) =>
      `${caseNumber} (proposed; set the right number with “case-number ${caseNumber}”)`,
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
      finalTreatment: 'Final treatment',
      sdgs: 'Sustainable Development Goals',
      appendix: 'Appendix: status per initiative',
    },
    background: {
      basis:
        'Skate considers the status of the initiatives in the action plan every quarter in one consolidated agenda item. The initiative owners report quarterly, with the emphasis on significant deviations from the agreed results, completion date and cost, and must propose corrective actions when there is a significant deviation. The reports have been reviewed by the Skate Secretariat and Skate’s working committee (AU).',
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
      auAll: (n: number) =>
        n === 1
          ? 'AU adopted the recommendation, and AU’s recommendation is the proposed decision in this item.'
          : `AU adopted the recommendation for all ${n} initiatives, and AU’s recommendation is the proposed decision in this item.`,
      auSome: (adopted: number, n: number) =>
        `AU adopted the recommendation for ${adopted} of ${n} initiatives. Points on which AU made no recommendation are marked as the Secretariat’s proposal.`,
      auNone:
        'AU has adopted none of the draft recommendations. The points of the proposed decision are therefore the Secretariat’s, and each says what happened in AU.',
    },
    decision: {
      general: 'Skate takes note of the status of the initiatives in the action plan.',
      point: (initiative: string, text: string) => `${initiative}: ${text}`,
      outcome: {
        adopted: (agree: number, disagree: number) =>
          `AU recommends this point: ${agree} voted for, ${disagree === 0 ? 'none' : disagree} against.`,
        rejected: (agree: number, disagree: number) =>
          `AU did not adopt the recommendation: ${agree} voted for, ${disagree} against.`,
        notQuorate: (counted: number, needed: number) =>
          `AU had no quorum: ${count(counted, 'vote was', 'votes were')} counted, and at least ${needed} are needed.`,
        notVoted: 'AU has not voted on the recommendation.',
      },
      noteSeparateItem: (askers: number, counted: number) =>
        `AU recommends a separate item: ${askers} of ${counted} counted votes asked for it.`,
      noteSecretariat: (outcome: string) => `The Secretariat’s proposal. ${outcome}`,
      noteUndecided: (outcome: string) =>
        `The Secretariat has not decided whether the point goes to Skate as its own proposal or is withdrawn. ${outcome}`,
      withdrawn: (initiative: string, outcome: string) => `${initiative}. ${outcome}`,
      withdrawnIntro: 'After AU’s review the Secretariat has withdrawn these points:',
    },
    status: {
      initiative: 'Initiative',
      owner: 'Owner',
      trend: 'Trend',
      missing: 'Missing',
      trendNew: 'new',
      trendWords: { better: 'better', same: 'same', worse: 'worse' },
      lightLegend: (green: string, yellow: string, red: string) =>
        `${green}: on track. ${yellow}: at risk. ${red}: significant deviation.`,
      trendLegend: (_better: string, _same: string, _worse: string, isNew: string) =>
        `Trend is the change in overall status since the initiative’s previous report; “${isNew}” means that the initiative has not reported before.`,
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
        oralBriefing: 'Ask for oral briefing',
        separateItem: 'Ask for separate item',
        recused: 'Disqualified',
        notVoted: 'Not voted',
        outcome: 'Outcome',
      },
      outcomes: {
        adopted: 'Recommendation adopted',
        rejected: 'Recommendation not adopted',
        'not-quorate': 'No quorum',
        'not-voted': 'Not voted on',
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
        `Agree ${p.agree}, disagree ${p.disagree}. ${p.counted} of ${p.members} votes counted${p.recused > 0 ? `, ${p.recused} disqualified` : ''}. ${p.outcome}.${p.oralBriefing > 0 ? ` Asking for an oral briefing: ${p.oralBriefing}.` : ''}${p.separateItem > 0 ? ` Asking for a separate item: ${p.separateItem}.` : ''}`,
      askers: (initiative: string, n: number, counted: number) => `${initiative} (${n} of ${counted} counted votes)`,
      oralBriefing: {
        intro: 'AU asks for a supplementary oral briefing from these initiatives:',
        minority: 'Single members asked for an oral briefing from these initiatives, but too few for AU to ask for it:',
        none: 'AU has not asked for an oral briefing from any initiative.',
      },
      separateItem: {
        intro: 'AU recommends that Skate considers these initiatives as separate items:',
        minority:
          'Single members wanted a separate item in Skate for these initiatives, but too few for AU to recommend it:',
        none: 'AU does not recommend that any initiative be considered as a separate item in Skate.',
      },
      justification: 'Justification',
    },
    missing: {
      intro: 'These initiatives have not submitted a status report for the quarter:',
      none: 'Every initiative has submitted its status report.',
      line: (initiative: string, owner: string, contacts: string) =>
        contacts === '' ? `${initiative} – ${owner}` : `${initiative} – ${owner} (contact: ${contacts})`,
    },
    finalTreatment: {
      intro:
        'These initiatives are reported finished and are put before Skate for final treatment. Skate’s decision is a recommendation to the initiative owner and to the strategy owner, who decides finally whether the initiative has delivered in line with the strategy’s goals.',
      none: 'No initiative is in final treatment this time.',
      line: (initiative: string, owner: string, agreedResult: string) =>
        `${initiative} – ${owner}. Agreed results: ${agreedResult}`,
      feedback: (from: string, text: string) => `Written feedback from ${from}: ${text}`,
      open: (deadline: string) => `The Skate agencies’ written feedback is due ${deadline}.`,
      noFeedback: (deadline: string) => `No Skate agency gave written feedback by the deadline, ${deadline}.`,
      noRound: 'No written feedback round has been held among the Skate agencies.',
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
      recommendation: 'Draft recommendation',
      votes: 'Vote in AU',
      missingReport: 'The status report is missing.',
    },
  },
  final: {
    requestTitle: (id: string) => `${id} is reported finished`,
    requestText: (name: string, title: string) =>
      `${name} reports that ${title} is finished and asks for final treatment in Skate. Confirm to ask the Skate agencies for written feedback.`,
    confirm: 'Confirm and ask for feedback',
    decline: 'Decline',
    feedbackTitle: (id: string) => `Written feedback before final treatment: ${id}`,
    feedbackText: (owner: string, title: string, deadline: string) =>
      `${owner} reports that ${title} is finished. Before Skate gives it its final treatment, the Skate Secretariat asks the Skate agencies for written feedback by ${deadline}: has the initiative delivered what was agreed?`,
    feedbackHow: (id: string) =>
      `Reply with “feedback ${id} ⟨your text⟩”. Your answer goes into the consolidated item.`,
    agreedResult: 'Agreed results',
    deadline: 'Deadline',
    ownerConfirmed: (title: string, deadline: string) =>
      `The Skate Secretariat has confirmed that ${title} is finished. The Skate agencies give written feedback by ${deadline}, and the initiative goes to final treatment in the next consolidated item. You will not be asked for more status reports.`,
    ownerDeclined: (title: string) =>
      `The Skate Secretariat has not confirmed that ${title} is finished. The initiative reports as before; contact the Secretariat if anything is unclear.`,
    decidedTitle: (id: string) => `${id} has had its final treatment in Skate`,
    strategyOwner: (title: string, date: string) =>
      `Skate gave ${title} its final treatment at its meeting on ${date}. Skate’s decision is a recommendation to the initiative owner and to the strategy owner; the strategy owner decides finally whether the initiative has delivered in line with the strategy’s goals, content and expectations.`,
    ownerDecided: (title: string, date: string) =>
      `Skate gave ${title} its final treatment at its meeting on ${date}. No more status reports are asked for.`,
  },
  minutes: {
    title: (caseNumber: string) => `Minutes text for item ${caseNumber}`,
    heading: (caseNumber: string, title: string) => `${caseNumber} ${title}`,
    presenter: (by: string, name: string) => `${by}/${name}`,
    papers: 'Case papers sent before the meeting',
    paper: (caseNumber: string, title: string) => `Item ${caseNumber} Case paper - ${title}`,
    revisedPaper: (caseNumber: string, title: string, n: number) =>
      `Item ${caseNumber} Case paper - ${title} (revision ${n})`,
    caseType: 'Type of item – for decision',
    decision: 'Decision',
    word: 'Minutes text (Word)',
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
    /** `db copy`: every table from one store to another (SQLite ⇄ PostgreSQL). */
    db: {
      head: ['Table', 'Rows', 'Checksum (SHA-256)'],
      copied: (p: { rows: string; tables: number; from: string; to: string; seconds: string; version: number }) =>
        `Copied ${p.rows} rows in ${p.tables} tables from ${p.from} to ${p.to} in ${p.seconds} s (schema version ${p.version}). Every table has the same row count and checksum on both sides.`,
      sameDatabase: 'The source and the target are the same database. Nothing has been copied.',
      sourceMissing: (location: string) => `No database found at ${location}. Nothing has been copied.`,
      cannotOpen: (p: { side: 'source' | 'target'; location: string; detail: string }) =>
        `Could not open the ${p.side} ${p.location}: ${p.detail}. Nothing has been copied.`,
      notSkate: (location: string) =>
        `${location} is not a Skate-boten database (it has no schema version). Nothing has been copied.`,
      olderSchema: (p: { location: string; found: number; latest: number }) =>
        `${p.location} has schema version ${p.found}, but this version of the bot uses ${p.latest}. Start the bot on it once to upgrade its schema, then try again. Nothing has been copied.`,
      newerSchema: (p: { location: string; found: number; latest: number }) =>
        `${p.location} has schema version ${p.found}, but this version of the bot only knows up to ${p.latest}. Upgrade the bot first. Nothing has been copied.`,
      schemaDiffers: (p: { table: string; column: string | null; only: 'source' | 'target' | null }) =>
        `${p.column === null ? `The table ${p.table}` : `The column ${p.table}.${p.column}`} ${
          p.only === null
            ? `differs between the source and the target (${p.column === null ? 'primary key' : 'type'})`
            : `exists only in the ${p.only}`
        }. Nothing has been copied.`,
      targetNotEmpty: (p: { location: string; table: string; rows: string }) =>
        `The target ${p.location} already has data: the table ${p.table} has ${p.rows} ${p.rows === '1' ? 'row' : 'rows'}. Copy only into an empty database; nothing has been changed.`,
      copyFailed: (p: { table: string; detail: string }) =>
        `Copying the table ${p.table} failed: ${p.detail}. The target has been rolled back; nothing has been changed.`,
      mismatch: (p: { table: string; what: 'rows' | 'checksum'; source: string; target: string }) =>
        `The check found a difference in the table ${p.table}: the ${p.what === 'rows' ? 'row count' : 'checksum'} is ${p.source} in the source but ${p.target} in the target. The copy has been rolled back; nothing has been changed.`,
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
