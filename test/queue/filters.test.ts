import { describe, expect, it } from "vitest";
import type { ModerationReason } from "../../src/moderation/pipeline";
import { filtersOfQuery, queryOfFilters } from "../../src/queue/filters";
import { postJson, request, seedPost } from "../support/app";
import { signedInAs } from "../support/mod";

const HOUR = 60 * 60 * 1000;
const held = (kind: ModerationReason["kind"]): ModerationReason[] => [
  { rule: kind === "crisis" ? "crisis-intent" : "name", kind, action: "hold", message: "held", start: 0, end: 4 },
];

/** One post of each sort the filters tell apart. */
async function queueOfEachSort() {
  const now = Date.now();
  const crisis = await seedPost({ status: "pending", reasons: held("crisis"), queueRank: 0, createdAt: now - HOUR });
  const identifying = await seedPost({
    status: "pending",
    reasons: held("identifying"),
    queueRank: 1,
    category: "boundaries",
    createdAt: now - 30 * HOUR,
  });
  const reported = await seedPost({ status: "published", createdAt: now - 100 * HOUR });
  expect((await postJson(`/api/posts/${reported.id}/flags`, { reason: "spam" })).status).toBe(202);
  return { crisis: crisis.id, identifying: identifying.id, reported: reported.id };
}

async function idsIn(call: (path: string) => Promise<Response>, query: string): Promise<string[]> {
  const res = await call(`/api/mod/queue?limit=50&${query}`);
  expect(res.status).toBe(200);
  const { items } = await res.json<{ items: { post: { id: string } }[] }>();
  return items.map((item) => item.post.id);
}

describe("the queue's filters", () => {
  it("narrow the API's queue by kind, category, held or reported, and time waited", async () => {
    const { call } = await signedInAs();
    const ids = await queueOfEachSort();
    const mine = (found: string[]) => found.filter((id) => Object.values(ids).includes(id)).sort();
    const sorted = (...chosen: string[]) => chosen.sort();
    expect(mine(await idsIn(call, ""))).toEqual(sorted(ids.crisis, ids.identifying, ids.reported));
    expect(mine(await idsIn(call, "kind=crisis"))).toEqual([ids.crisis]);
    expect(mine(await idsIn(call, "kind=other"))).toEqual([ids.reported]);
    expect(mine(await idsIn(call, "category=boundaries"))).toEqual([ids.identifying]);
    expect(mine(await idsIn(call, "source=held"))).toEqual(sorted(ids.crisis, ids.identifying));
    expect(mine(await idsIn(call, "source=reported"))).toEqual([ids.reported]);
    // A reported post waits from its report (just now), not from when it was written.
    expect(mine(await idsIn(call, "waited=24h"))).toEqual([ids.identifying]);
    expect(mine(await idsIn(call, "waited=1h&source=held"))).toEqual(sorted(ids.crisis, ids.identifying));
    expect(mine(await idsIn(call, "kind=crisis&category=boundaries"))).toEqual([]);
    expect((await call("/api/mod/queue?kind=urgent")).status).toBe(400);
  });

  it("are a GET form on the queue's page that keeps what was chosen, and says when nothing matches", async () => {
    const { cookie } = await signedInAs();
    const ids = await queueOfEachSort();
    const page = async (query: string) => (await request(`/mod?${query}`, { headers: { Cookie: cookie } })).text();
    const identifying = await page("kind=identifying&waited=24h");
    expect(identifying).toContain('<form method="get" action="/mod" class="queue-filters"');
    expect(identifying).toContain('<option value="identifying" selected="">Identifying</option>');
    expect(identifying).toContain(`id="post-${ids.identifying}"`);
    expect(identifying).not.toContain(`id="post-${ids.crisis}"`);
    expect(identifying).toContain('<a href="/mod">Clear the filters</a>');
    expect(await page("kind=crisis&category=boundaries")).toContain("Nothing in the queue matches these filters.");
    // An unknown value in an old bookmark is dropped, not refused.
    expect(await page("kind=urgent")).toContain(`id="post-${ids.crisis}"`);
  });

  it("carry from page to page in the query", () => {
    expect(queryOfFilters(filtersOfQuery({ kind: "crisis", waited: "4h", category: "", source: "nonsense" }))).toBe(
      "kind=crisis&waited=4h",
    );
    expect(queryOfFilters({})).toBe("");
  });
});
