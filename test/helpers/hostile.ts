/**
 * fast-check arbitraries for hostile input: what a broken or malicious client can put where the
 * bot expects a card's data, a form's answers or a chat command. Strings cover every Unicode edge
 * the documents care about (controls, U+FFFE/FFFF, lone surrogates, emoji, right-to-left), the
 * usual injections (SQL, HTML, template, CSV formula, path), and sizes up to a megabyte.
 */
import fc from 'fast-check';
import { COMMAND_VOCABULARY } from '../../src/app/commands/parse-command';
import { ACTION_IDS } from '../../src/views/message-view';
import { FORM_FIELDS } from '../../src/views/report-form-view';
import { ROUND, THIS } from './matrix-world';

const INJECTIONS = [
  "'; DROP TABLE reports; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{$root.secret}}',
  // A template literal's placeholder, as text.
  `$${'{'}process.exit(1)}`,
  '=HYPERLINK("http://evil.example","klikk")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '../../../../etc/passwd',
  '%00%0d%0aSet-Cookie: x=y',
  '[lenke](javascript:alert(1))',
  '~~~ **fet** <at>Skate-boten</at>',
  '\u202Egnp.exe',
  '__proto__',
  'constructor',
];

const EDGES = [
  '\u0000',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '😀',
  '\u200F',
  '\t',
  '\r\n',
];

/** A string from the edges of Unicode and the injections, or random text of every kind. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...EDGES, 'a', 'ø', ' '), maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '0', '-1', 'NaN', 'Infinity', '1e309', 'true', 'null', '[]', '{}') },
  // Big ones are rarer: each costs a megabyte of work somewhere.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }).map((n) => 'x'.repeat(10 ** n)) },
  { weight: 1, arbitrary: fc.constantFrom('😀'.repeat(2500), '\u0000'.repeat(5000), 'ø'.repeat(2001)) },
);

/** Any JSON-ish value a client can send where a string was expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
);

/** Ids that are wrong in every way: another round, an unknown initiative, malformed, huge. */
const roundId = fc.oneof(
  fc.constantFrom(ROUND, '2026-Q3', '2099-Q4', '2026-Q5', '2026-q4', ' 2026-Q4', ''),
  hostileValue,
);
const initiativeId = fc.oneof(
  fc.constantFrom(THIS, 'T-2024-02', 'T-2099-99', 't-2024-01', 'T-2024-1', 'T-2024-0001', ''),
  hostileValue,
);
/** Versions: the right one (0 in a fresh world), stale ones and nonsense. */
const version = fc.oneof(fc.constantFrom('0', '1', '7', '-1', '1.5', '99999999999'), hostileValue);

/** A card's data: the button's keys, each maybe missing or hostile, plus keys nobody expects. */
export const hostileData: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      roundId,
      initiativeId,
      baseVersion: version,
      revision: version,
      extra: hostileValue,
    },
    { requiredKeys: [] },
  )
  .chain((base) =>
    fc.subarray(['__proto__', 'constructor', 'prototype', 'toString']).map((keys) => {
      const raw = JSON.parse(JSON.stringify(base) ?? '{}') as Record<string, unknown>;
      // Set as own properties the way JSON.parse does, so `__proto__` is a key, not the prototype.
      return Object.assign(raw, JSON.parse(`{${keys.map((k) => `"${k}": {"polluted": true}`).join(',')}}`));
    }),
  );

const VOTE_INPUTS = ['choice', 'comment', 'request', 'requestReason', 'recused'];
const INPUT_NAMES = [...FORM_FIELDS, 'followUpState.1', 'followUpComment.1', 'followUpState.10', ...VOTE_INPUTS];

/** A form's answers as they arrive on the wire: any input, any value. */
export const hostileAnswers: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom(...INPUT_NAMES),
  hostileValue,
  { maxKeys: 8 },
);

/** A verb: every action id, and some that are none. */
export const hostileVerb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ACTION_IDS) },
  { weight: 1, arbitrary: hostileString },
);

const WORDS = Object.values(COMMAND_VOCABULARY).flatMap((v) => [...v.nb, ...v.nn, ...v.en]);
const ARGS = [
  'åpne',
  'lukk',
  'frist',
  'endre',
  'som',
  'foreslått',
  'forslag',
  'trekk',
  'bekreft',
  'vedtatt',
  'au',
  'skate',
  'md',
];

/** A chat message: a command word with hostile, half-right arguments, or anything at all. */
export const hostileCommand: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...WORDS),
        fc.array(fc.oneof(fc.constantFrom(...ARGS, ROUND, THIS, '31.02.2027', '2027-13-01', 'a@b'), hostileString), {
          maxLength: 5,
        }),
      )
      .map(([word, args]) => [word, ...args].join(' ')),
  },
  { weight: 1, arbitrary: hostileString },
);
