import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { guardDatabase } from "../../src/db/guard";
import { newMeter } from "../../src/db/meter";
import { holdReadsForTask, objectsTogether, readTogether } from "../../src/db/together";

/** The test's D1 behind a meter, as a request's session is. */
function meteredD1() {
  const meter = newMeter();
  return { meter, d1: guardDatabase(env.DB.withSession("first-primary"), 10_000, meter) };
}

/** Rows in an order that is neither their order in the array nor their reverse. */
const SHUFFLED = `json_each('[4, 1, 5, 2, 3]')`;

describe("reading together", () => {
  it("answers rows as arrays in the columns' order, alone or with others", async () => {
    const { d1 } = meteredD1();
    const alone = await readTogether(d1, "SELECT 1 AS a, 2 AS b", [], 2);
    const [first, second, third] = await Promise.all([
      readTogether(d1, "SELECT 3 AS b, 4 AS a", [], 2),
      readTogether(d1, "SELECT 5 AS c WHERE 0", [], 1),
      readTogether(d1, "SELECT 6, 7 AS same, 8 AS same", [], 3),
    ]);
    expect(alone).toEqual([[1, 2]]);
    expect(first).toEqual([[3, 4]]);
    expect(second).toEqual([]);
    expect(third).toEqual([[6, 7, 8]]);
  });

  it("sends the reads started in one turn as one round trip, each with its own rows", async () => {
    const { meter, d1 } = meteredD1();
    const [one, two, three] = await Promise.all([
      objectsTogether<{ n: number }>(d1, "SELECT 1 AS n", [], ["n"]),
      objectsTogether<{ n: number; m: string }>(d1, "SELECT ? AS n, ? AS m", [2, "two"], ["n", "m"]),
      objectsTogether<{ slug: string }>(d1, "SELECT slug FROM categories ORDER BY position LIMIT 2", [], ["slug"]),
    ]);
    expect([one, two]).toEqual([[{ n: 1 }], [{ n: 2, m: "two" }]]);
    expect(three).toHaveLength(2);
    expect(meter.roundTrips).toBe(1);
  });

  it("keeps each read's own order, with a limit or without, ascending or descending", async () => {
    const { d1 } = meteredD1();
    const orders = ["value", "value DESC", "value LIMIT 3", "value DESC LIMIT 4 OFFSET 1", "value % 2, value DESC"];
    const reads = await Promise.all(
      orders.map((order) => readTogether(d1, `SELECT value, 'x' FROM ${SHUFFLED} ORDER BY ${order}`, [], 2)),
    );
    expect(reads.map((rows) => rows.map(([value]) => value))).toEqual([
      [1, 2, 3, 4, 5],
      [5, 4, 3, 2, 1],
      [1, 2, 3],
      [4, 3, 2, 1],
      [4, 2, 5, 3, 1],
    ]);
  });

  it("sends reads of later turns in later round trips", async () => {
    const { meter, d1 } = meteredD1();
    await readTogether(d1, "SELECT 1", [], 1);
    await readTogether(d1, "SELECT 2", [], 1);
    expect(meter.roundTrips).toBe(2);
  });

  it("held for the task, sends reads started after a few awaits with the first, and holds only that once", async () => {
    const { meter, d1 } = meteredD1();
    holdReadsForTask(d1);
    const first = readTogether(d1, "SELECT 1", [], 1);
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    const later = readTogether(d1, "SELECT 2", [], 1);
    expect(await Promise.all([first, later])).toEqual([[[1]], [[2]]]);
    expect(meter.roundTrips).toBe(1);
    // Not held again: the next read goes at the end of its own turn, and one started a few awaits later goes alone.
    const third = readTogether(d1, "SELECT 3", [], 1);
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    await Promise.all([third, readTogether(d1, "SELECT 4", [], 1)]);
    expect(meter.roundTrips).toBe(3);
  });

  it("reads more than five reads as a batch, in one round trip", async () => {
    const { meter, d1 } = meteredD1();
    const reads = await Promise.all(Array.from({ length: 7 }, (_, i) => readTogether(d1, `SELECT ${i}, 'x'`, [], 2)));
    expect(reads).toEqual(Array.from({ length: 7 }, (_, i) => [[i, "x"]]));
    expect(meter.roundTrips).toBe(1);
  });

  it("reads more values than one statement may bind as a batch, still in one round trip", async () => {
    const { meter, d1 } = meteredD1();
    const values = Array.from({ length: 60 }, (_, i) => i);
    const marks = values.map(() => "?").join(" + ");
    const [first, second] = await Promise.all([
      readTogether(d1, `SELECT ${marks} AS total, 'first'`, values, 2),
      readTogether(d1, `SELECT ${marks} AS total, 'second'`, values, 2),
    ]);
    expect([first, second]).toEqual([[[1770, "first"]], [[1770, "second"]]]);
    expect(meter.roundTrips).toBe(1);
  });

  it("fails every read sent with one that fails, and the next turn starts afresh", async () => {
    const { d1 } = meteredD1();
    const reads = [readTogether(d1, "SELECT 1", [], 1), readTogether(d1, "SELECT * FROM no_such_table", [], 1)];
    for (const read of reads) await expect(read).rejects.toThrow();
    await expect(objectsTogether(d1, "SELECT 3 AS n", [], ["n"])).resolves.toEqual([{ n: 3 }]);
  });
});
