// lib/db-pool.ts runs its statements as named prepared statements. A migration that changes what a `*` expands to
// makes PostgreSQL refuse the plan a connection prepared before it; the pool must get past that on its own.
import { afterAll, describe, expect, test } from "vitest";
import { pgExecute, pgPool, pgRows, pgTx, sql } from "@/lib/db-pool";

const table = `prepared_${process.pid}`;
const t = sql([`"${table}"`] as unknown as TemplateStringsArray);
const byId = (id: number) => sql`SELECT * FROM ${t} WHERE id = ${id}`;

/** The names of the prepared statements with this text on the pool's most recently used connection. */
const preparedOnLastConnection = () =>
  pgTx(async (client) => {
    const { rows } = await client.query<{ name: string }>(
      "SELECT name FROM pg_prepared_statements WHERE statement = $1",
      [byId(0).text],
    );
    return rows.map((r) => r.name);
  });

afterAll(async () => {
  await pgPool().query(`DROP TABLE IF EXISTS "${table}"`);
});

describe("named prepared statements", () => {
  test("a text is prepared once per connection and answers like an unnamed statement", async () => {
    await pgPool().query(`CREATE TABLE "${table}" (id int PRIMARY KEY, label text)`);
    await pgExecute(sql`INSERT INTO ${t} (id, label) VALUES (${1}, ${"one"}), (${2}, ${"two"})`);
    expect(await pgRows(byId(1))).toEqual([{ id: 1, label: "one" }]);
    expect(await pgRows(byId(2))).toEqual([{ id: 2, label: "two" }]);
    expect((await pgPool().query(byId(2).text, byId(2).values)).rows).toEqual([{ id: 2, label: "two" }]);
    // (the pool hands out its most recently released connection: the one that ran the reads)
    expect(await preparedOnLastConnection()).toEqual([expect.stringMatching(/\.0$/)]);
  });

  test("after a migration changes `*`, a statement on the pool runs again under a new name; a transaction fails once", async () => {
    expect(await pgRows(byId(1))).toEqual([{ id: 1, label: "one" }]);
    await pgPool().query(`ALTER TABLE "${table}" ADD COLUMN note text DEFAULT 'added'`);
    expect(await pgRows(byId(1))).toEqual([{ id: 1, label: "one", note: "added" }]);
    // refused under the old name (pg then drops that connection), prepared again under the next generation's
    expect(await preparedOnLastConnection()).toEqual([expect.stringMatching(/\.1$/)]);

    const inTx = () => pgTx((client) => pgRows(byId(2), client));
    expect(await inTx()).toEqual([{ id: 2, label: "two", note: "added" }]);
    await pgPool().query(`ALTER TABLE "${table}" ADD COLUMN extra int DEFAULT 7`);
    await expect(inTx()).rejects.toThrow(/cached plan must not change result type/);
    expect(await inTx()).toEqual([{ id: 2, label: "two", note: "added", extra: 7 }]);
  });
});
