/**
 * `npm run playground:others`: two more Agents Playgrounds beside `npm start`'s,
 * one as an initiative owner (Kristin Hovland, T-2024-01) and one as an AU
 * member (Per Kristian Lunde), each on its own port, talking to the same bot.
 */
import path from 'node:path';
import { demoUsersFor, type PlaygroundRole, type RunningPlayground, startPlayground } from './start-playground';

const ROLES: { role: PlaygroundRole; port: number; who: string }[] = [
  { role: 'owner', port: 56151, who: 'Kristin Hovland, tiltakseier (T-2024-01)' },
  { role: 'au', port: 56152, who: 'Per Kristian Lunde, AU-medlem' },
];

async function main(): Promise<void> {
  const endpoint = process.env.BOT_ENDPOINT ?? 'http://127.0.0.1:3978/api/messages';
  const running: RunningPlayground[] = [];
  for (const { role, port, who } of ROLES) {
    const pg = await startPlayground({
      workDir: path.resolve(__dirname, '../../test-output/playground', role),
      botEndpoint: endpoint,
      port,
      ...(await demoUsersFor(role)),
    });
    running.push(pg);
    process.stdout.write(`  ${who}: ${pg.url}\n`);
  }
  process.stdout.write('Ctrl-C stops them.\n');
  const shutdown = () => void Promise.all(running.map((pg) => pg.stop())).then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
