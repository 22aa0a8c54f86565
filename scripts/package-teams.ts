/**
 * Builds the Teams app package (`npm run package:teams`): fills
 * `manifest/manifest.template.json` from the environment (and `.env`), validates
 * the manifest and its localisation files against the JSON schemas shipped in the
 * `@microsoft/app-manifest` npm package (offline), checks the icons, and writes
 * `dist/teams-app.zip` ready for upload to Teams.
 *
 * Environment:
 * - `MICROSOFT_APP_ID` (required): the Azure Bot's app id, used as `bots[0].botId`.
 * - `TEAMS_APP_ID` (optional): the Teams app's own id; defaults to `MICROSOFT_APP_ID`.
 * - `APP_VERSION` (optional): the app version, `MAJOR.MINOR.PATCH`; defaults to package.json's.
 * - `BOT_DOMAIN` (optional): the bot's host name, listed in `validDomains`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import AdmZip from 'adm-zip';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { config as loadDotenv } from 'dotenv';
import { PNG } from 'pngjs';

const ROOT = join(__dirname, '..');

/** The folder holding the manifest template, the localisation files and the icons. */
export const MANIFEST_DIR = join(ROOT, 'manifest');
/** The manifest template's file name inside {@link MANIFEST_DIR}. */
export const TEMPLATE_FILE = 'manifest.template.json';
/** Where `npm run package:teams` writes the package. */
export const DEFAULT_OUT_FILE = join(ROOT, 'dist', 'teams-app.zip');
/** The icons and their required sizes in pixels (square). */
export const ICONS = { 'color.png': 192, 'outline.png': 32 } as const;

/** An expected failure with a message fit to show as is. */
export class PackagingError extends Error {
  override name = 'PackagingError';
}

/** The values substituted for the template's `${{NAME}}` placeholders. */
export type PackageValues = Readonly<Record<string, string>>;

/** A JSON object. */
export type JsonObject = { [key: string]: unknown };

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const DOMAIN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d+)?$/i;
const PLACEHOLDER = /\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g;

/** Narrows a JSON value to an object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and parses a JSON file. */
export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/**
 * Reads the packaging values from an environment, with clear one-line errors.
 * Empty values count as unset; `defaultVersion` is used when APP_VERSION is unset.
 */
export function readPackageValues(env: NodeJS.ProcessEnv, defaultVersion: string): PackageValues {
  const get = (key: string): string => env[key]?.trim() ?? '';
  const appId = get('MICROSOFT_APP_ID');
  if (!appId) throw new PackagingError("Set MICROSOFT_APP_ID (your Azure Bot's app id) to package the Teams app");
  if (!GUID.test(appId)) throw new PackagingError(`MICROSOFT_APP_ID must be a GUID, got "${appId}"`);
  const teamsAppId = get('TEAMS_APP_ID') || appId;
  if (!GUID.test(teamsAppId)) throw new PackagingError(`TEAMS_APP_ID must be a GUID, got "${teamsAppId}"`);
  const version = get('APP_VERSION') || defaultVersion;
  if (!VERSION.test(version)) throw new PackagingError(`APP_VERSION must be MAJOR.MINOR.PATCH, got "${version}"`);
  return {
    MICROSOFT_APP_ID: appId,
    TEAMS_APP_ID: teamsAppId,
    APP_VERSION: version,
    BOT_DOMAIN: normaliseDomain(get('BOT_DOMAIN')),
  };
}

/** Reduces a URL or host to the bare host name Teams wants in `validDomains`. */
function normaliseDomain(raw: string): string {
  const host = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[/?#].*$/, '');
  if (host && !DOMAIN.test(host)) throw new PackagingError(`BOT_DOMAIN must be a host name, got "${raw}"`);
  return host.toLowerCase();
}

/**
 * Replaces `${{NAME}}` placeholders in every string of a JSON value. Array items
 * that end up empty (an optional value left unset) are dropped. Throws a
 * {@link PackagingError} naming any placeholder without a value.
 */
export function fillTemplate(template: unknown, values: PackageValues): unknown {
  const missing = new Set<string>();
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(PLACEHOLDER, (_match, name: string) => {
        const replacement = values[name];
        if (replacement === undefined) missing.add(name);
        return replacement ?? '';
      });
    }
    if (Array.isArray(value)) return value.map(fill).filter((item) => item !== '');
    if (isJsonObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  };
  const filled = fill(template);
  if (missing.size > 0) throw new PackagingError(`No value for template placeholder(s): ${[...missing].join(', ')}`);
  return filled;
}

/** The Teams manifest schema and its localisation schema, compiled. */
interface Validators {
  manifest: ValidateFunction;
  localization: ValidateFunction;
}

const validatorCache = new Map<string, Validators>();

/** The folder of the JSON schemas for one manifest version, inside `@microsoft/app-manifest`. */
export function schemaDir(manifestVersion: string): string {
  const pkg = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const dir = join(pkg, 'build', 'json-schemas', 'teams', `v${manifestVersion}`);
  if (!existsSync(dir)) throw new PackagingError(`@microsoft/app-manifest ships no schema for v${manifestVersion}`);
  return dir;
}

function validators(manifestVersion: string): Validators {
  const cached = validatorCache.get(manifestVersion);
  if (cached) return cached;
  const dir = schemaDir(manifestVersion);
  // The schemas are draft-04 and only `$ref` themselves, so nothing is fetched. Some of
  // their patterns (an unescaped `]`) are valid JavaScript regexes only without the `u` flag.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri']);
  const compile = (file: string): ValidateFunction => {
    const schema = readJson(join(dir, file));
    if (!isJsonObject(schema)) throw new PackagingError(`${file} is not a JSON schema`);
    return ajv.compile(schema);
  };
  const compiled = {
    manifest: compile('MicrosoftTeams.schema.json'),
    localization: compile('MicrosoftTeams.Localization.schema.json'),
  };
  validatorCache.set(manifestVersion, compiled);
  return compiled;
}

function describe(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` (${JSON.stringify(e.params)})` : '';
    return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
  });
}

/** The manifest's schema version, e.g. "1.30". */
export function manifestVersionOf(manifest: unknown): string {
  const version = isJsonObject(manifest) ? manifest.manifestVersion : undefined;
  if (typeof version !== 'string') throw new PackagingError('The manifest has no manifestVersion');
  return version;
}

/** Validates a filled manifest against its schema version; returns the problems found (none when valid). */
export function validateManifest(manifest: unknown): string[] {
  const validate = validators(manifestVersionOf(manifest)).manifest;
  return validate(manifest) ? [] : describe(validate.errors);
}

/** Looks up a localisation key such as `bots[0].commandLists[1].commands[2].title` in a manifest. */
export function resolveKey(manifest: unknown, key: string): unknown {
  let node: unknown = manifest;
  for (const segment of key.split('.')) {
    const match = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/.exec(segment);
    if (!match || !isJsonObject(node)) return undefined;
    node = node[match[1] as string];
    for (const index of (match[2] ?? '').match(/\d+/g) ?? []) {
      node = Array.isArray(node) ? node[Number(index)] : undefined;
    }
  }
  return node;
}

/**
 * Validates a localisation file against the localisation schema of the manifest's
 * version, and checks that every key names a string that exists in the manifest.
 */
export function validateLocalization(localization: unknown, manifest: unknown): string[] {
  const validate = validators(manifestVersionOf(manifest)).localization;
  const problems = validate(localization) ? [] : describe(validate.errors);
  if (isJsonObject(localization)) {
    for (const key of Object.keys(localization)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (typeof resolveKey(manifest, key) !== 'string') problems.push(`${key} names nothing in the manifest`);
    }
  }
  return problems;
}

/** The localisation files the manifest lists, as `{ languageTag, file }`. */
export function localizationFiles(manifest: unknown): { languageTag: string; file: string }[] {
  const info = isJsonObject(manifest) ? manifest.localizationInfo : undefined;
  const languages = isJsonObject(info) && Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
  return languages.flatMap((entry: unknown) =>
    isJsonObject(entry) && typeof entry.languageTag === 'string' && typeof entry.file === 'string'
      ? [{ languageTag: entry.languageTag, file: entry.file }]
      : [],
  );
}

/** Checks the icons' sizes, and that the outline icon is white on transparent. */
export function checkIcons(manifestDir: string): string[] {
  const problems: string[] = [];
  for (const [file, size] of Object.entries(ICONS)) {
    const png = PNG.sync.read(readFileSync(join(manifestDir, file)));
    if (png.width !== size || png.height !== size) {
      problems.push(`${file} must be ${size}×${size}, is ${png.width}×${png.height}`);
    }
    if (file !== 'outline.png') continue;
    for (let i = 0; i < png.data.length; i += 4) {
      const white = png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255;
      if (!white && png.data[i + 3] !== 0) {
        problems.push('outline.png must have only white and transparent pixels');
        break;
      }
    }
  }
  return problems;
}

/** What to package, and where. */
export interface BuildOptions {
  values: PackageValues;
  outFile: string;
  manifestDir?: string;
}

/**
 * Fills, validates and zips the Teams app package. Throws a {@link PackagingError}
 * listing every problem found, before anything is written.
 */
export function buildTeamsPackage(options: BuildOptions): { outFile: string; manifest: JsonObject } {
  const dir = options.manifestDir ?? MANIFEST_DIR;
  const manifest = fillTemplate(readJson(join(dir, TEMPLATE_FILE)), options.values);
  if (!isJsonObject(manifest)) throw new PackagingError(`${TEMPLATE_FILE} is not a JSON object`);
  const problems = validateManifest(manifest).map((p) => `manifest.json: ${p}`);
  const zip = new AdmZip();
  for (const { file } of localizationFiles(manifest)) {
    if (file.includes('/') || file.includes('\\')) {
      problems.push(`${file}: localisation files must sit next to the manifest`);
      continue;
    }
    problems.push(...validateLocalization(readJson(join(dir, file)), manifest).map((p) => `${file}: ${p}`));
    zip.addFile(file, readFileSync(join(dir, file)));
  }
  problems.push(...checkIcons(dir));
  if (problems.length > 0) throw new PackagingError(`The Teams app package is not valid:\n  ${problems.join('\n  ')}`);
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  for (const icon of Object.keys(ICONS)) zip.addFile(icon, readFileSync(join(dir, icon)));
  mkdirSync(dirname(options.outFile), { recursive: true });
  writeFileSync(options.outFile, zip.toBuffer());
  return { outFile: options.outFile, manifest };
}

/** Options for {@link main}; the defaults are the real environment, `.env` and `dist/teams-app.zip`. */
export interface MainOptions {
  env?: NodeJS.ProcessEnv;
  envFile?: string;
  outFile?: string;
}

/** Runs the packaging as a command; returns the exit code. */
export function main(options: MainOptions = {}): number {
  const env = options.env ?? process.env;
  loadDotenv({ path: options.envFile ?? join(ROOT, '.env'), processEnv: env, quiet: true });
  try {
    const pkg = readJson(join(ROOT, 'package.json'));
    const defaultVersion = isJsonObject(pkg) && typeof pkg.version === 'string' ? pkg.version : '';
    const values = readPackageValues(env, defaultVersion);
    const { outFile } = buildTeamsPackage({ values, outFile: options.outFile ?? DEFAULT_OUT_FILE });
    console.log(relative(process.cwd(), outFile) || outFile);
    return 0;
  } catch (error: unknown) {
    if (error instanceof PackagingError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) process.exitCode = main();
