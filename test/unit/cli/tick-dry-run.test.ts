import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli';

/** Early enough to open 2026-Q4 with its derived deadline, 26 Nov 16:00 Oslo. */
const OPENING = new Date('2026-11-02T08:00:00.000Z');
/** Half an hour after the deadline: three reminders and the deadline are due. */
const AFTER_DEADLINE = new Date('2026-11-26T15:30:00.000Z');

async function cli(dir: string, now: Date, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const env = { DATABASE_PATH: join(dir, 'skate.db'), TRANSPORT: 'local' };
  const code = await runCli(argv, env, { out: (t) => (out += t), err: (t) => (err += t) }, () => now);
  return { code, out, err };
}

describe('tick --dry-run', () => {
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skate-plan-'));
    await cli(dir, OPENING, 'demo');
    expect((await cli(dir, OPENING, 'round', 'open', '2026-Q4')).code).toBe(0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints what the due jobs would do, in people’s words, and writes nothing', async () => {
    const outboxBefore = (await cli(dir, AFTER_DEADLINE, 'outbox', '--limit', '1000')).out;
    const plan = await cli(dir, AFTER_DEADLINE, 'tick', '--dry-run');
    expect(plan).toMatchObject({ code: 0, err: '' });
    const lines = plan.out.split('\n');
    expect(lines[0]).toMatch(/^Tørrkjøring .*: dette ville skjedd nå\. Ingenting er lagret eller sendt\.$/);
    expect(plan.out).toContain('jobben hoppes over: en senere påminnelse har også forfalt, og bare den sendes');
    expect(plan.out).toMatch(/påminnelse på fristdagen til .+ <.+@example\.no> om T-\d{4}-\d{2} /);
    expect(plan.out).toContain('runde 2026-Q4 går fra «Åpen for rapportering» til «Til behandling i AU»');
    expect(plan.out).toMatch(/AU-gjennomgangen av runde 2026-Q4 legges i AU-kanalen, med 13 saker i tråden/);
    expect((await cli(dir, AFTER_DEADLINE, 'outbox', '--limit', '1000')).out).toBe(outboxBefore);
    expect((await cli(dir, AFTER_DEADLINE, 'round', 'status')).out).toContain('Åpen for rapportering');

    // The engine then does exactly what the plan said.
    const reminders = lines.filter((l) => l.includes('påminnelse på fristdagen til')).length;
    expect(reminders).toBeGreaterThan(0);
    const ticked = await cli(dir, AFTER_DEADLINE, 'tick');
    expect(ticked.out).toMatch(/^Kjørte \d+ planlagte jobber \(\d+ utgått\)/);
    const outbox = (await cli(dir, AFTER_DEADLINE, 'outbox', '--limit', '1000')).out;
    expect(outbox.split('\n').filter((l) => l.includes('reminder')).length).toBe(reminders);
    expect((await cli(dir, AFTER_DEADLINE, 'tick', '--dry-run')).out).toContain('Ingen planlagte jobber har forfalt.');
  });

  it('speaks English on request', async () => {
    const plan = await cli(dir, AFTER_DEADLINE, '--lang', 'en', 'tick', '--dry-run');
    expect(plan.out).toMatch(/^Dry run at .*: this is what would happen now\./);
    expect(plan.out).toContain('reminder on the deadline day to ');
  });
});
