import { runCompileBench } from './compile.bench';

void runCompileBench().then((c) => {
  for (const t of c.timings) console.log(t.name.padEnd(26), (t.medianMs / 1000).toFixed(3), 's');
  console.log('rss', (process.memoryUsage().rss / 1e6).toFixed(0), 'MB');
});
