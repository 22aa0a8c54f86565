import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import {
  buildTeamsPackage,
  fillTemplate,
  isJsonObject,
  type JsonObject,
  localizationFiles,
  MANIFEST_DIR,
  main,
  PackagingError,
  readJson,
  readPackageValues,
  resolveKey,
  TEMPLATE_FILE,
  validateLocalization,
  validateManifest,
} from '../../../scripts/package-teams';
import { type Command, parseCommand } from '../../../src/app/commands/parse-command';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const VALUES = { MICROSOFT_APP_ID: APP_ID, TEAMS_APP_ID: APP_ID, APP_VERSION: '1.2.3', BOT_DOMAIN: 'bot.example.no' };
const NB_COMMANDS = [
  'hjelp',
  'status',
  'mine',
  'runde',
  'påminn',
  'innstilling',
  'avstemning',
  'vedtak',
  'tiltak',
  'sammenstill',
  'eksport',
  'kanal',
];
const EN_COMMANDS = [
  'help',
  'status',
  'mine',
  'round',
  'remind',
  'recommendation',
  'vote',
  'decision',
  'initiatives',
  'compile',
  'export',
  'channel',
];
const NN_COMMANDS = [
  'hjelp',
  'status',
  'mine',
  'runde',
  'påminn',
  'innstilling',
  'røysting',
  'vedtak',
  'tiltak',
  'samanstill',
  'eksport',
  'kanal',
];

function object(value: unknown): JsonObject {
  if (!isJsonObject(value)) throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  return value;
}

function array(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return value;
}

const template = readJson(join(MANIFEST_DIR, TEMPLATE_FILE));
const manifest = object(fillTemplate(template, VALUES));
const bot = object(array(manifest.bots)[0]);
const commandLists = array(bot.commandLists).map(object);
const localizations = localizationFiles(manifest).map(({ languageTag, file }) => ({
  languageTag,
  file,
  strings: object(readJson(join(MANIFEST_DIR, file))),
}));

/** Every command in the template: its localisation key prefix, scopes, and bokmål title and description. */
const commands = commandLists.flatMap((list, l) =>
  array(list.commands).map((command, c) => {
    const { title, description } = object(command);
    return { key: `bots[0].commandLists[${l}].commands[${c}]`, scopes: array(list.scopes), title, description };
  }),
);

function readPng(file: string): PNG {
  return PNG.sync.read(readFileSync(join(MANIFEST_DIR, file)));
}

describe('Teams manifest template', () => {
  it('is valid against the shipped schema once filled', () => {
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.id).toBe(APP_ID);
    expect(bot.botId).toBe(APP_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.validDomains).toEqual(['bot.example.no']);
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('uses a manifest version that allows twelve bot commands (1.24 or later)', () => {
    const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(24);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
  });

  it('reports schema violations', () => {
    const broken = { ...manifest, accentColor: 'blue', bots: [{ ...bot, scopes: ['everywhere'] }] };
    const problems = validateManifest(broken);
    expect(problems.some((p) => p.startsWith('/accentColor'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/bots/0/scopes/0'))).toBe(true);
  });

  it('drops validDomains entries whose optional value is unset, and names missing placeholders', () => {
    const withoutDomain = object(fillTemplate(template, { ...VALUES, BOT_DOMAIN: '' }));
    expect(withoutDomain.validDomains).toEqual([]);
    expect(validateManifest(withoutDomain)).toEqual([]);
    expect(() => fillTemplate(template, { APP_VERSION: '1.0.0' })).toThrow(/MICROSOFT_APP_ID/);
  });

  it('is a conversational bot in personal, team and group chat scopes, without files', () => {
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    expect(commandLists.map((list) => list.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
  });

  it('lists every command in bokmål, with kanal only where there is a channel', () => {
    for (const list of commandLists) {
      const titles = array(list.commands).map((c) => object(c).title);
      const personal = array(list.scopes).includes('personal');
      expect(titles).toEqual(personal ? NB_COMMANDS.filter((t) => t !== 'kanal') : NB_COMMANDS);
    }
  });

  it('defaults to nb-NO with en-US and nn-NO localisations', () => {
    expect(object(manifest.localizationInfo).defaultLanguageTag).toBe('nb-NO');
    expect(localizations.map((l) => [l.languageTag, l.file])).toEqual([
      ['en-US', 'en-US.json'],
      ['nn-NO', 'nn-NO.json'],
    ]);
  });

  it.each(['en-US.json', 'nn-NO.json'])('%s is valid and names only manifest strings', (file) => {
    const strings = readJson(join(MANIFEST_DIR, file));
    expect(validateLocalization(strings, manifest)).toEqual([]);
    expect(
      validateLocalization({ ...object(strings), 'bots[0].commandLists[0].commands[11].title': 'x' }, manifest),
    ).toEqual(['bots[0].commandLists[0].commands[11].title names nothing in the manifest']);
  });

  it('has an en and an nn counterpart for every command', () => {
    for (const { strings } of localizations) {
      for (const { key } of commands) {
        expect(typeof strings[`${key}.title`]).toBe('string');
        expect(typeof strings[`${key}.description`]).toBe('string');
      }
      const commandKeys = Object.keys(strings).filter((k) => k.startsWith('bots['));
      expect(commandKeys).toHaveLength(commands.length * 2);
    }
    const titles = (tag: string) => {
      const strings = localizations.find((l) => l.languageTag === tag)?.strings ?? {};
      return NB_COMMANDS.map((_, c) => strings[`bots[0].commandLists[1].commands[${c}].title`]);
    };
    expect(titles('en-US')).toEqual(EN_COMMANDS);
    expect(titles('nn-NO')).toEqual(NN_COMMANDS);
  });

  it('offers only titles the chat command parser understands, as the same command in every language', () => {
    // Teams sends a picked command's title as the message text, in the user's language.
    const word = (command: Command) => (command.name === 'usage' ? command.command : command.name);
    NB_COMMANDS.forEach((nb, i) => {
      const words = [nb, EN_COMMANDS[i], NN_COMMANDS[i]].map((title) => word(parseCommand(String(title))));
      expect(words[0]).not.toBe('unknown');
      expect(words).toEqual([words[0], words[0], words[0]]);
    });
  });

  it('keeps titles within 32 and descriptions within 128 characters, unique per list, in every language', () => {
    const languages: JsonObject[] = [
      Object.fromEntries(
        commands.flatMap((c) => [
          [`${c.key}.title`, c.title],
          [`${c.key}.description`, c.description],
        ]),
      ),
      ...localizations.map((l) => l.strings),
    ];
    for (const strings of languages) {
      for (const { key } of commands) {
        const title = String(strings[`${key}.title`]);
        const description = String(strings[`${key}.description`]);
        expect({ key, title, ok: title.length > 0 && title.length <= 32 && title === title.trim() }).toEqual({
          key,
          title,
          ok: true,
        });
        expect({ key, ok: description.length > 0 && description.length <= 128 }).toEqual({ key, ok: true });
      }
      commandLists.forEach((list, l) => {
        const titles = array(list.commands).map((_, c) => strings[`bots[0].commandLists[${l}].commands[${c}].title`]);
        expect(new Set(titles).size).toBe(titles.length);
      });
    }
  });

  it('resolves localisation keys against the manifest', () => {
    expect(resolveKey(manifest, 'name.short')).toBe('Skate-boten');
    expect(resolveKey(manifest, 'bots[0].commandLists[1].commands[11].title')).toBe('kanal');
    expect(resolveKey(manifest, 'bots[0].commandLists[0].commands[11].title')).toBeUndefined();
  });
});

describe('Teams app icons', () => {
  it('has a 192×192 opaque colour icon', () => {
    const color = readPng('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    for (let i = 3; i < color.data.length; i += 4)
      if (color.data[i] !== 255) throw new Error('color.png has transparency');
  });

  it('has a 32×32 outline icon of only white and transparent pixels', () => {
    const outline = readPng('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let drawn = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) throw new Error(`outline.png pixel ${i / 4} is not white`);
      if (a === 255) drawn++;
    }
    expect(drawn).toBeGreaterThan(50);
  });
});

describe('readPackageValues', () => {
  it('requires MICROSOFT_APP_ID with a one-line message', () => {
    expect(() => readPackageValues({ MICROSOFT_APP_ID: ' ' }, '0.1.0')).toThrow(
      new PackagingError("Set MICROSOFT_APP_ID (your Azure Bot's app id) to package the Teams app"),
    );
    expect(() => readPackageValues({ MICROSOFT_APP_ID: 'not-a-guid' }, '0.1.0')).toThrow(/GUID/);
  });

  it('defaults the version and the Teams app id, and reduces BOT_DOMAIN to a host', () => {
    expect(
      readPackageValues({ MICROSOFT_APP_ID: APP_ID, BOT_DOMAIN: 'https://Bot.Example.no/api/messages' }, '0.1.0'),
    ).toEqual({
      MICROSOFT_APP_ID: APP_ID,
      TEAMS_APP_ID: APP_ID,
      APP_VERSION: '0.1.0',
      BOT_DOMAIN: 'bot.example.no',
    });
    expect(() => readPackageValues({ MICROSOFT_APP_ID: APP_ID, APP_VERSION: 'v2' }, '0.1.0')).toThrow(
      /MAJOR\.MINOR\.PATCH/,
    );
    expect(() => readPackageValues({ MICROSOFT_APP_ID: APP_ID, BOT_DOMAIN: 'bad domain' }, '0.1.0')).toThrow(
      /host name/,
    );
  });
});

describe('Teams app package', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'teams-app-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  it('zips the filled manifest, the icons and the localisation files', () => {
    const outFile = join(dir, 'out', 'teams-app.zip');
    buildTeamsPackage({ values: VALUES, outFile });
    const zip = new AdmZip(outFile);
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'en-US.json', 'manifest.json', 'nn-NO.json', 'outline.png']);
    const packed = object(JSON.parse(zip.readAsText('manifest.json')));
    expect(packed.id).toBe(APP_ID);
    expect(object(array(packed.bots)[0]).botId).toBe(APP_ID);
    expect(validateManifest(packed)).toEqual([]);
    expect(zip.readFile('outline.png')).toEqual(readFileSync(join(MANIFEST_DIR, 'outline.png')));
  });

  it('exits 1 with one line when MICROSOFT_APP_ID is missing, and 0 with the path when set', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const envFile = join(dir, 'missing.env');
    const outFile = join(dir, 'teams-app.zip');
    expect(main({ env: {}, envFile, outFile })).toBe(1);
    expect(error).toHaveBeenCalledWith("Set MICROSOFT_APP_ID (your Azure Bot's app id) to package the Teams app");
    expect(main({ env: { MICROSOFT_APP_ID: APP_ID }, envFile, outFile })).toBe(0);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/teams-app\.zip$/);
  });
});
