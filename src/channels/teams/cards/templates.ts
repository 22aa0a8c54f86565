import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Adaptive Card templates in `cards/`, one per view shape. */
export const TEMPLATE_NAMES = ['message', 'receipt', 'table'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/**
 * `cards/` sits at the project root; this file is four levels below it both in
 * `src/` and in the compiled `dist/`. The templates are read, not imported,
 * because the build's `rootDir` is `src` and must not pull `cards/` into `dist/`.
 */
export const CARDS_DIR = join(__dirname, '..', '..', '..', '..', 'cards');

function load(name: TemplateName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(CARDS_DIR, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** Read once at module load: a missing or malformed template fails at start-up, not on the first message. */
export const TEMPLATES: Readonly<Record<TemplateName, Record<string, unknown>>> = Object.fromEntries(
  TEMPLATE_NAMES.map((name) => [name, load(name)]),
) as Record<TemplateName, Record<string, unknown>>;
