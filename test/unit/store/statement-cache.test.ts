import { openDatabase } from '../../../src/store/db';
import { statement } from '../../../src/store/statement-cache';

describe('statement', () => {
  it('compiles a statement once per connection and reuses it', () => {
    const db = openDatabase(':memory:');
    const first = statement(db, 'SELECT 1 AS one');
    expect(statement(db, 'SELECT 1 AS one')).toBe(first);
    expect(first.get()).toEqual({ one: 1 });
    db.close();
  });

  it('keeps connections apart', () => {
    const a = openDatabase(':memory:');
    const b = openDatabase(':memory:');
    expect(statement(a, 'SELECT 1')).not.toBe(statement(b, 'SELECT 1'));
    a.close();
    b.close();
  });

  it('rebinds parameters on every call', () => {
    const db = openDatabase(':memory:');
    const echo = (n: number) => statement(db, 'SELECT ? AS n').get(n);
    expect([echo(1), echo(2)]).toEqual([{ n: 1 }, { n: 2 }]);
    db.close();
  });
});
