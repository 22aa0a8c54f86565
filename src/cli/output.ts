import Table from 'cli-table3';
import type { Locale } from '../domain/model';
import { type Messages, messagesFor } from '../i18n';

/** What every command needs to print: the reader's catalogue and a sink (stdout in use, a buffer in tests). */
export interface Output {
  locale: Locale;
  t: Messages;
  line(text: string): void;
  table(head: string[], rows: (string | number)[][]): void;
}

/** An Output that writes to a function, e.g. `process.stdout.write`. */
export function createOutput(locale: Locale, write: (text: string) => void): Output {
  const t = messagesFor(locale);
  return {
    locale,
    t,
    line: (text) => write(`${text}\n`),
    table(head, rows) {
      if (rows.length === 0) {
        write(`${t.cli.nothing}\n`);
        return;
      }
      const table = new Table({ head, style: { head: [], border: [] }, wordWrap: true });
      table.push(...rows.map((r) => r.map(String)));
      write(`${table.toString()}\n`);
    },
  };
}
