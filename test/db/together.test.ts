import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { guardDatabase } from "../../src/db/guard";
import { newMeter } from "../../src/db/meter";
import { objectsTogether, readTogether } from "../../src/db/together";

/** The test's D1 behind a meter, as a request's session is. */
function meteredD1() {
  const meter = newMeter();
  return { meter, d1: guardDatabase(env.DB.withSession("first-primary"), 10_000, meter) };
}

describe("reading together", () => {
  it("answers rows as arrays in the columns' order, alone or in a batch", async () => {
    const { d1 } = meteredD1();
    const alone = await readTogether(d1, "SELECT 1 AS a, 2 AS b", []);
    const [first, second] = await Promise.all([
      readTogether(d1, "SELECT 3 AS b, 4 AS a", []),
      readTogether(d1, "SELECT 5 AS c WHERE 0", []),
    ]);
    expect(alone).toEqual({ columns: ["a", "b"], rows: [[1, 2]] });
    expect(first).toEqual({ columns: ["b", "a"], rows: [[3, 4]] });
    expect(second?.rows).toEqual([]);
  });

  it("sends the reads started in one turn as one round trip, each with its own rows", async () => {
    const { meter, d1 } = meteredD1();
    const [one, two, three] = await Promise.all([
      objectsTogether<{ n: number }>(d1, "SELECT 1 AS n", []),
      objectsTogether<{ n: number }>(d1, "SELECT ? AS n", [2]),
      objectsTogether<{ slug: string }>(d1, "SELECT slug FROM categories ORDER BY position LIMIT 2", []),
    ]);
    expect([one, two]).toEqual([[{ n: 1 }], [{ n: 2 }]]);
    expect(three).toHaveLength(2);
    expect(meter.roundTrips).toBe(1);
  });

  it("sends reads of later turns in later round trips", async () => {
    const { meter, d1 } = meteredD1();
    await readTogether(d1, "SELECT 1", []);
    await readTogether(d1, "SELECT 2", []);
    expect(meter.roundTrips).toBe(2);
  });

  it("fails every read of a batch when one of them fails, and the next turn starts afresh", async () => {
    const { d1 } = meteredD1();
    const reads = [readTogether(d1, "SELECT 1", []), readTogether(d1, "SELECT * FROM no_such_table", [])];
    for (const read of reads) await expect(read).rejects.toThrow();
    await expect(objectsTogether(d1, "SELECT 3 AS n", [])).resolves.toEqual([{ n: 3 }]);
  });
});
