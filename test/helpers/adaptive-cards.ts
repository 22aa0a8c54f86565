/**
 * Parses Adaptive Card JSON with the adaptivecards SDK, as a Teams client would,
 * and returns every complaint: parse events, validation failures, and the
 * properties the SDK silently drops because it does not know them.
 *
 * The UMD bundle is used because the package's ESM `lib/` does not load in
 * Node; it touches no DOM while parsing, so no shim is needed.
 */

interface PropertyDefinitionLike {
  name: string;
}

interface SchemaLike {
  getCount(): number;
  getItemAt(index: number): PropertyDefinitionLike;
}

interface ValidationEventLike {
  event: number;
  message: string;
  source?: { getJsonTypeName?(): string };
}

interface SerializationContextLike {
  targetVersion: unknown;
  readonly eventCount: number;
  getEventAt(index: number): ValidationEventLike;
  logParseEvent(source: unknown, event: number, message: string): void;
}

interface SerializableObjectLike {
  getSchema(): SchemaLike;
  getJsonTypeName?(): string;
}

type InternalParse = (this: SerializableObjectLike, source: unknown, context: SerializationContextLike) => void;

interface AdaptiveCardsSdk {
  AdaptiveCard: new () => {
    parse(json: unknown, context: SerializationContextLike): void;
    validateProperties(): { validationEvents: ValidationEventLike[] };
  };
  SerializationContext: new () => SerializationContextLike;
  SerializableObject: { prototype: { internalParse: InternalParse } };
  Versions: { v1_5: unknown };
  ValidationEvent: Record<number, string>;
}

// The package main (ESM `lib/`) does not load in Node; the UMD bundle does, typed here only as far as used.
const sdk = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsSdk;

/** The card version Teams renders and the templates pin. */
const TARGET = sdk.Versions.v1_5;

/** Keys the SDK parses by hand in `internalParse` overrides, outside the objects' schemas. */
const PARSED_BY_HAND = new Set([
  'type',
  'fallback',
  'body',
  'items',
  'actions',
  'card',
  'columns',
  'inlines',
  'rows',
  'cells',
]);

/** The SDK ignores properties it does not know; report them, so a misspelt property fails a test. */
const UNKNOWN_PROPERTY = -1;
const original = sdk.SerializableObject.prototype.internalParse;
sdk.SerializableObject.prototype.internalParse = function (source, context) {
  original.call(this, source, context);
  if (!source || typeof source !== 'object' || Array.isArray(source)) return;
  const schema = this.getSchema();
  const known = new Set<string>(PARSED_BY_HAND);
  for (let i = 0; i < schema.getCount(); i++) known.add(schema.getItemAt(i).name);
  for (const key of Object.keys(source)) {
    if (!known.has(key)) {
      const owner = this.getJsonTypeName?.() ?? this.constructor.name;
      context.logParseEvent(this, UNKNOWN_PROPERTY, `Unknown property "${key}" on ${owner}`);
    }
  }
};

export interface CardProblem {
  phase: 'parse' | 'validation';
  event: string;
  message: string;
}

function problemOf(phase: CardProblem['phase'], e: ValidationEventLike): CardProblem {
  const event = e.event === UNKNOWN_PROPERTY ? 'UnknownProperty' : (sdk.ValidationEvent[e.event] ?? String(e.event));
  return { phase, event, message: e.message };
}

/** Every parse event and validation failure the SDK reports for `json`, checked against Adaptive Cards 1.5. */
export function adaptiveCardProblems(json: unknown): CardProblem[] {
  const card = new sdk.AdaptiveCard();
  const context = new sdk.SerializationContext();
  context.targetVersion = TARGET;
  card.parse(json, context);
  const problems: CardProblem[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(problemOf('parse', context.getEventAt(i)));
  for (const e of card.validateProperties().validationEvents) problems.push(problemOf('validation', e));
  return problems;
}
