import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { LISTED_SPAN, SEARCH_REACH, SEARCH_WINDOW } from "../../src/search/queries";
import { type ErrorBody, request, seedPost } from "../support/app";

type Result = { post: { id: string; body: string; category: string }; snippet: { text: string; match: boolean }[] };
type Page = { results: Result[]; nextCursor: string | null };

async function search(query: string): Promise<Page> {
  const res = await request(`/api/search?${query}`);
  expect(res.status).toBe(200);
  return res.json<Page>();
}

const q = (text: string, extra = "") => `q=${encodeURIComponent(text)}${extra}`;

describe("GET /api/search", () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const seed = async (name: string, body: string, overrides = {}) => {
      ids[name] = (await seedPost({ body, ...overrides })).id;
    };
    await seed("once", "The prior authorization came back denied after three weeks of waiting on hold.");
    await seed(
      "twice",
      "Authorization again: another authorization denied, and the appeal asks for the same authorization form.",
      { category: "paperwork" },
    );
    await seed("hidden", "A hidden authorization story that readers flagged until it was hidden.", {
      status: "hidden",
    });
    await seed("pending", "A pending authorization story that the filter held for a moderator.", { status: "pending" });
    await seed("removed", "A removed authorization story that a moderator took down.", { status: "removed" });
    await seed("quotes", 'She said "I am fine" (she was not) & we both knew it; NEAR the end, she cried.');
    await seed("supervisor", "My supervisor cancelled our hour again and I had nobody to think out loud with.");
    await seed("supervision", "Group supervision was the only hour this week where I felt like a clinician.");
    await seed("therapy", "Two years of my own therapy taught me more than the program did.");
  });

  it("says how many posts match, on the first page only", async () => {
    const first = await request(`/api/search?${q("authorization", "&limit=1")}`);
    const body = await first.json<Page & { total?: { count: number; capped: boolean } }>();
    expect(body.total).toEqual({ count: 2, capped: false });
    const next = await request(`/api/search?${q("authorization", `&limit=1&cursor=${body.nextCursor}`)}`);
    expect((await next.json<Page & { total?: unknown }>()).total).toBeUndefined();
    const page = await (await request(`/search?${q("authorization")}`)).text();
    expect(page).toContain('<p class="result-count" role="status">2 posts match</p>');
  });

  it("finds either word with OR in capitals, and words in quotes as a phrase in that order", async () => {
    const found = (page: Page) => page.results.map((result) => result.post.id).sort();
    expect(found(await search(q("waiting OR appeal")))).toEqual([ids.once, ids.twice].sort());
    expect((await search(q("waiting appeal"))).results).toEqual([]);
    expect(found(await search(q('"came back denied"')))).toEqual([ids.once]);
    expect((await search(q('"denied came back"'))).results).toEqual([]);
  });

  it("reads a phrase newest first, counted, in a category, page by page, with its words highlighted", async () => {
    const first = await seedPost({ body: "Cold coffee again at my desk between two intakes." });
    const apart = await seedPost({ body: "The coffee went cold while the client cried." });
    const second = await seedPost({ body: "Another cold coffee, another note unfinished.", category: "paperwork" });
    const third = await seedPost({ body: "I have made peace with cold coffee.", category: "paperwork" });
    const phrase = q('"cold coffee"');
    const all = await request(`/api/search?${phrase}`);
    const body = await all.json<Page & { total?: { count: number; capped: boolean } }>();
    expect(body.results.map((result) => result.post.id)).toEqual([third.id, second.id, first.id]);
    expect(body.results.map((result) => result.post.id)).not.toContain(apart.id);
    expect(body.total).toEqual({ count: 3, capped: false });
    const marked = body.results[0]?.snippet.filter((piece) => piece.match).map((piece) => piece.text);
    expect(marked?.join(" ").toLowerCase()).toContain("cold coffee");
    expect((await search(q('"cold coffee"', "&category=paperwork"))).results.map((result) => result.post.id)).toEqual([
      third.id,
      second.id,
    ]);
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const res = await request(`/api/search?${phrase}&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      const page = await res.json<Page & { total?: unknown }>();
      expect(page.total === undefined).toBe(cursor !== "");
      seen.push(...page.results.map((result) => result.post.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([third.id, second.id, first.id]);
  });

  it("finds published posts only, newest first, with the matches highlighted", async () => {
    const page = await search(q("authorization"));
    expect(page.results.map((result) => result.post.id)).toEqual([ids.twice, ids.once]);
    const snippet = page.results[0]?.snippet ?? [];
    expect(snippet.filter((piece) => piece.match).map((piece) => piece.text.toLowerCase())).toContain("authorization");
    const text = snippet.map((piece) => piece.text).join("");
    expect(text).not.toContain("\u0001");
    expect(text).not.toContain("\u0002");
  });

  it("matches other forms of a word", async () => {
    expect((await search(q("wait denies"))).results.map((result) => result.post.id)).toEqual([ids.once]);
    expect((await search(q("authorizations"))).results).toHaveLength(2);
  });

  it("finds a word's family, which porter stems apart: supervisor and supervision, therapist and therapy", async () => {
    const found = async (words: string) => (await search(q(words))).results.map((result) => result.post.id).sort();
    const both = [ids.supervisor, ids.supervision].sort();
    expect(await found("supervisor")).toEqual(both);
    expect(await found("supervision")).toEqual(both);
    expect(await found("supervising")).toEqual(both);
    expect(await found("therapists")).toEqual([ids.therapy]);
    expect(await found("supervisor hour")).toEqual(both);
    expect(await found("supervisor OR therapist")).toEqual([...both, ids.therapy].sort());
    const snippet = (await search(q("supervisor"))).results.flatMap((result) => result.snippet);
    expect(
      snippet
        .filter((piece) => piece.match)
        .map((piece) => piece.text.toLowerCase())
        .sort(),
    ).toEqual(["supervision", "supervisor"]);
  });

  it("narrows to a category", async () => {
    const page = await search(q("authorization", "&category=paperwork"));
    expect(page.results.map((result) => result.post.id)).toEqual([ids.twice]);
  });

  it("pages by keyset without repeating or skipping a result", async () => {
    const first = await search(q("authorization", "&limit=1"));
    expect(first.results).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await search(q("authorization", `&limit=1&cursor=${first.nextCursor}`));
    expect(second.results.map((result) => result.post.id)).toEqual([ids.once]);
    expect(second.nextCursor).toBeNull();
    // The cursor names the last result, and carries no score: a score would tell of every post the index holds.
    const key = JSON.parse(atob((first.nextCursor ?? "").replaceAll("-", "+").replaceAll("_", "/")));
    expect(key).toEqual([1, "s", first.results[0]?.post.id]);
  });

  it.each([
    '"I am fine"',
    '"unbalanced',
    "NEAR(",
    "fine)",
    "(she was not) & we",
    "*",
    "-end",
    "she:cried",
    "AND OR NOT",
    "'; DROP TABLE posts; --",
    "%",
    "\\",
    "the of and",
  ])("never errors on punctuation-heavy input such as %j", async (text) => {
    const res = await request(`/api/search?${q(text)}`);
    expect(res.status).toBe(200);
    expect(Array.isArray((await res.json<Page>()).results)).toBe(true);
  });

  it("finds words among quotes and operators", async () => {
    const page = await search(q('"fine" (cried)'));
    expect(page.results.map((result) => result.post.id)).toEqual([ids.quotes]);
  });

  it("drops a hidden post from results as soon as it is hidden", async () => {
    const post = await seedPost({ body: "Zeugma appears in exactly one post about supervision." });
    expect((await search(q("zeugma"))).results).toHaveLength(1);
    await env.DB.prepare("UPDATE posts SET status = 'hidden' WHERE id = ?").bind(post.id).run();
    expect((await search(q("zeugma"))).results).toHaveLength(0);
  });

  // bm25 scores a match against every document of the index, and the score rides in the public cursor: a post
  // that is not published must not be in the index at all, or its words would be countable.
  it("indexes a post exactly while it is published, whatever its status and body do", async () => {
    const indexed = async (word: string) =>
      (
        await env.DB.prepare("SELECT count(*) AS n FROM posts_fts WHERE posts_fts MATCH ?").bind(word).first<{
          n: number;
        }>()
      )?.n;
    const post = await seedPost({ body: "Ocelot names a client held for a moderator.", status: "pending" });
    expect(await indexed("ocelot")).toBe(0);
    const setStatus = (status: string) =>
      env.DB.prepare("UPDATE posts SET status = ? WHERE id = ?").bind(status, post.id).run();
    const setBody = (body: string) =>
      env.DB.prepare("UPDATE posts SET body = ? WHERE id = ?").bind(body, post.id).run();
    await setBody("Tapir replaced the name while the post was held.");
    expect([await indexed("ocelot"), await indexed("tapir")]).toEqual([0, 0]);
    await setStatus("published");
    expect(await indexed("tapir")).toBe(1);
    await setBody("Okapi replaced it again after publication.");
    expect([await indexed("tapir"), await indexed("okapi")]).toEqual([0, 1]);
    for (const status of ["hidden", "removed", "pending"]) {
      await setStatus(status);
      expect(await indexed("okapi"), status).toBe(0);
      await setStatus("published");
      expect(await indexed("okapi"), status).toBe(1);
    }
    // The index is still sound (FTS5's own check of its structure; it holds only some rows of posts on purpose).
    await env.DB.prepare("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')").run();
  });

  it("gives the same scores and cursor whatever posts are held", async () => {
    const word = "pangolin";
    await seedPost({ body: `Pangolin supervision notes, the first of two. ${word}` });
    await seedPost({ body: "Pangolin again, in a second published post." });
    const before = await search(q(word, "&limit=1"));
    for (let i = 0; i < 5; i++)
      await seedPost({ body: `Pangolin is the held client's name, post ${i}.`, status: "pending" });
    const after = await search(q(word, "&limit=1"));
    expect(after.nextCursor).toBe(before.nextCursor);
    expect(after.results.map((result) => result.post.id)).toEqual(before.results.map((result) => result.post.id));
  });

  it("forgets a deleted post's words", async () => {
    const post = await seedPost({ body: "Quokka is a word that appears only in this one deleted post." });
    await env.DB.prepare("DELETE FROM posts WHERE id = ?").bind(post.id).run();
    const indexed = await env.DB.prepare("SELECT count(*) AS n FROM posts_fts WHERE posts_fts MATCH 'quokka'").first<{
      n: number;
    }>();
    expect(indexed?.n).toBe(0);
  });

  it.each([
    ["no query", ""],
    ["an empty query", "q="],
    ["a query over 200 characters", q("x".repeat(201))],
    ["a bad cursor", q("authorization", "&cursor=bm9wZQ")],
    ["a feed cursor", q("authorization", "&cursor=WzEsIm4iLDEsIngiXQ")],
    ["an unknown parameter", q("authorization", "&sort=new")],
  ])("answers 400 for %s", async (_, query) => {
    const res = await request(`/api/search?${query}`);
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.code).toBe("invalid_request");
  });

  it("answers 404 for an unknown category", async () => {
    expect((await request(`/api/search?${q("authorization", "&category=nope")}`)).status).toBe(404);
  });

  it("reads only the newest matches, so a common word costs the same on any size of board", async () => {
    // The strongest match is the oldest: once SEARCH_WINDOW newer posts match, it is out of reach, in its category too.
    await seedPost({
      body: "Lanternfish lanternfish lanternfish: the lanternfish supervision group.",
      category: "gratitude",
    });
    await env.DB.prepare(
      `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
       INSERT INTO posts (id, body, category, status, created_at, delete_token_hash, content_hash)
       SELECT printf('lf%010d', n), 'One lanternfish among many other words in post number ' || n || ' of a long week.',
         'lessons', 'published', ? + n, lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM seq`,
    )
      .bind(SEARCH_WINDOW, Date.now())
      .run();
    const ranked: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page: Page = await search(q("lanternfish", `&limit=50${cursor ? `&cursor=${cursor}` : ""}`));
      ranked.push(...page.results.map((result) => result.post.id));
      cursor = page.nextCursor;
    }
    expect(ranked).toHaveLength(SEARCH_WINDOW);
    expect(new Set(ranked).size).toBe(SEARCH_WINDOW);
    expect(ranked.every((id) => id.startsWith("lf"))).toBe(true);
    // Newest first: the last one inserted (the newest rowid) leads.
    expect(ranked[0]).toBe(`lf${String(SEARCH_WINDOW).padStart(10, "0")}`);
    const inGratitude = await request(`/api/search?${q("lanternfish", "&category=gratitude")}`);
    const body = await inGratitude.json<Page & { total?: { count: number; capped: boolean } }>();
    expect(body.results).toEqual([]);
    expect(body.total).toEqual({ count: 0, capped: false });
    const all = await request(`/api/search?${q("lanternfish")}`);
    expect((await all.json<{ total?: unknown }>()).total).toEqual({ count: SEARCH_WINDOW, capped: true });
    // Words that must meet, and a phrase, are looked for among the newest posts of their rarest word, as far back as
    // the window's oldest.
    const phrase = await request(`/api/search?${q('"lanternfish among many"')}`);
    expect((await phrase.json<{ total?: unknown }>()).total).toEqual({ count: SEARCH_WINDOW, capped: true });
    const together = await request(`/api/search?${q("lanternfish week")}`);
    expect((await together.json<{ total?: unknown }>()).total).toEqual({ count: SEARCH_WINDOW, capped: true });
    const oldest = await search(q('"post number 1 of"'));
    expect(oldest.results.map((result) => result.post.id)).toEqual([`lf${"1".padStart(10, "0")}`]);
  });
});

describe("GET /api/search, words that must meet on a board where one is rarer", () => {
  it("reads back as far as the newest SEARCH_WINDOW posts of the rarest word, and says older posts may match", async () => {
    // Oldest first: 3 posts with the phrase, SEARCH_WINDOW with "quokka" alone, 5 with the phrase, then SEARCH_WINDOW
    // with "marmalade" alone. Quokka's newest SEARCH_WINDOW reach back past the 5 and not to the 3; marmalade's reach
    // none of them.
    const insert = (count: number, body: string, prefix: string) =>
      env.DB.prepare(
        `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?1)
         INSERT INTO posts (id, body, category, status, created_at, delete_token_hash, content_hash)
         SELECT printf('%s%08d', ?3, n), ?2 || ' Post ' || n || '.', 'lessons', 'published', ?4 + n,
           lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM seq`,
      )
        .bind(count, body, prefix, Date.now())
        .run();
    await insert(3, "A quokka marmalade sandwich, the oldest kind.", "qmold");
    await insert(SEARCH_WINDOW, "A quokka on the cover of the intake packet.", "qonly");
    await insert(5, "Quokka marmalade again at the team meeting.", "qmnew");
    await insert(SEARCH_WINDOW, "Marmalade on toast before the first session.", "monly");
    for (const words of ['"quokka marmalade"', "quokka marmalade"]) {
      const res = await request(`/api/search?${q(words)}`);
      const body = await res.json<Page & { total?: unknown }>();
      expect(body.results.map((result) => result.post.id).sort()).toEqual(
        [1, 2, 3, 4, 5].map((n) => `qmnew${String(n).padStart(8, "0")}`),
      );
      // The three oldest may match as well: the window was full, so the count is not all there is.
      expect(body.total).toEqual({ count: 5, capped: true });
    }
    // In a category none of them is in, nothing: and still not all there is.
    const none = await request(`/api/search?${q("quokka marmalade", "&category=gratitude")}`);
    expect(await none.json()).toMatchObject({ results: [], total: { count: 0, capped: true } });
  });
});

describe("GET /api/search, words that seldom meet", () => {
  // Read as lists of the window, met in SQL, when the window spans LISTED_SPAN posts or fewer; checked together by
  // FTS5 when it spans more (here: posts LISTED_SPAN / 500 rowids apart). Either way, the same posts.
  it.each([
    ["read as lists", 1, ["heron", "egret", "pelican"]],
    ["checked by FTS5", LISTED_SPAN / 500, ["stork", "ibis", "crane"]],
  ])(
    "%s: finds exactly the posts that hold them all, page by page, in a category, and with OR",
    async (_, apart, words) => {
      const [one, other, third] = words as [string, string, string];
      const last = await env.DB.prepare("SELECT max(rowid) AS at FROM posts").first<{ at: number }>();
      // Oldest first, in turns: a post with one word, one with the other, and every hundredth with both (in gratitude)
      // or with the third.
      await env.DB.prepare(
        `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000)
       INSERT INTO posts (rowid, id, body, category, status, created_at, delete_token_hash, content_hash)
       SELECT ?6 + ?1 * n, printf('%s%08d', ?2, n),
         CASE WHEN n % 100 = 0 THEN 'A ' || ?2 || ' and an ' || ?3 || ' at the pond. Post ' || n || '.'
           WHEN n % 100 = 50 THEN 'A ' || ?4 || ' on the pier. Post ' || n || '.'
           WHEN n % 2 = 0 THEN 'A ' || ?2 || ' at the pond. Post ' || n || '.'
           ELSE 'An ' || ?3 || ' at the pond. Post ' || n || '.' END,
         CASE WHEN n % 200 = 0 THEN 'gratitude' ELSE 'lessons' END, 'published', ?5 + n,
         lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM seq`,
      )
        .bind(apart, one, other, third, Date.now(), last?.at ?? 0)
        .run();
      const id = (n: number) => `${one}${String(n).padStart(8, "0")}`;
      const newestFirst = (ns: number[]) => ns.sort((a, b) => b - a).map(id);
      const every = (step: number, from = step) => Array.from({ length: 1000 / step }, (_, i) => from + i * step);
      const both = `${one} ${other}`;
      const first = await (await request(`/api/search?${q(both, "&limit=4")}`)).json<Page & { total?: unknown }>();
      expect(first.total).toEqual({ count: 10, capped: false });
      const pages = [first.results];
      let cursor = first.nextCursor;
      while (cursor !== null) {
        const page = await search(q(both, `&limit=4&cursor=${cursor}`));
        pages.push(page.results);
        cursor = page.nextCursor;
      }
      expect(pages.map((page) => page.length)).toEqual([4, 4, 2]);
      expect(pages.flat().map((result) => result.post.id)).toEqual(newestFirst(every(100)));
      expect((await search(q(both, "&category=gratitude"))).results.map((result) => result.post.id)).toEqual(
        newestFirst(every(200)),
      );
      const either = await request(`/api/search?${q(`${both} OR ${third}`, "&limit=50")}`);
      const found = await either.json<Page & { total?: unknown }>();
      expect(found.results.map((result) => result.post.id)).toEqual(newestFirst([...every(100), ...every(100, 50)]));
      // The window of any of its words is full: older posts may hold one too.
      expect(found.total).toEqual({ count: 20, capped: true });
      // More words and alternatives than D1 lets one compound SELECT join (five): the same posts.
      const many = await search(q(`${both} OR ${third} OR zyzzyva OR quillwort OR xylem OR yarrow`, "&limit=50"));
      expect(many.results.map((result) => result.post.id)).toEqual(found.results.map((result) => result.post.id));
      expect((await search(q(`${one} ${other} pond post zyzzyva quillwort xylem`))).results).toEqual([]);
      expect(
        (await search(q(`${one} ${other} pond post at`, "&limit=50"))).results.map((result) => result.post.id),
      ).toEqual(newestFirst(every(100)));
      // A phrase: found where its words stand in its order, and nowhere its words meet out of it, or never meet.
      const ids = async (words: string) =>
        (await search(q(words, "&limit=50"))).results.map((result) => result.post.id);
      expect(await ids(`"${one} and an ${other}"`)).toEqual(newestFirst(every(100)));
      expect(await ids(`"${other} and a ${one}"`)).toEqual([]);
      expect(await ids(`"${one} ${other}"`)).toEqual([]);
      expect(await ids(`"${third} ${one}"`)).toEqual([]);
      // Page by page, counted, in a category; with OR; a word twice; words that meet but never with a third.
      const phrase = `"${one} and an ${other}"`;
      const paged = await (await request(`/api/search?${q(phrase, "&limit=4")}`)).json<Page & { total?: unknown }>();
      expect(paged.total).toEqual({ count: 10, capped: false });
      const rest = await search(q(phrase, `&limit=6&cursor=${paged.nextCursor}`));
      expect([...paged.results, ...rest.results].map((result) => result.post.id)).toEqual(newestFirst(every(100)));
      expect(rest.nextCursor).toBeNull();
      const inGratitude = await request(`/api/search?${q(phrase, "&category=gratitude")}`);
      expect(await inGratitude.json()).toMatchObject({ total: { count: 5, capped: false } });
      expect(await ids(`${phrase} OR ${third}`)).toEqual(newestFirst([...every(100), ...every(100, 50)]));
      expect(await ids(`"${one} ${one}"`)).toEqual([]);
      expect(await ids(`"${one} and an ${other} ${third}"`)).toEqual([]);
      // Words that never meet: nothing.
      expect(await (await request(`/api/search?${q(`${third} ${one}`)}`)).json()).toMatchObject({
        results: [],
        total: { count: 0, capped: false },
      });
    },
  );
});

describe("GET /api/search, on a board that has grown past its reach", () => {
  it("reaches back over the newest SEARCH_REACH posts ever written, and no further", async () => {
    const old = await seedPost({ body: "Quetzal feathers came up in supervision, of all places." });
    expect((await search(q("quetzal"))).results.map((result) => result.post.id)).toEqual([old.id]);
    // A post written SEARCH_REACH posts later (its rowid says so): the old one is out of reach.
    const { id } = (await env.DB.prepare("SELECT rowid AS id FROM posts WHERE id = ?").bind(old.id).first<{
      id: number;
    }>()) ?? { id: 0 };
    await env.DB.prepare(
      `INSERT INTO posts (rowid, id, body, category, status, created_at, delete_token_hash, content_hash)
       VALUES (?, 'later000000', 'A much later post about the waitlist.', 'lessons', 'published', ?, 'h', 'c')`,
    )
      .bind(id + SEARCH_REACH, Date.now())
      .run();
    const far = await request(`/api/search?${q("quetzal")}`);
    expect(await far.json()).toMatchObject({ results: [], total: { count: 0, capped: false } });
    await env.DB.prepare("DELETE FROM posts WHERE id = 'later000000'").run();
    await env.DB.prepare("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')").run();
    expect((await search(q("quetzal"))).results.map((result) => result.post.id)).toEqual([old.id]);
  });
});
