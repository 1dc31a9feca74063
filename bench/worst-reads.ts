/**
 * The bench looks for its own worst case among the public reads. For a set
 * time it sends reads whose parameters are drawn at random (search words
 * rare, common, absent and mixed, with OR and phrases; categories; sorts and
 * periods; pages reached by following cursors; posts that exist or not) to
 * the uncached worker with the D1 meter on, and keeps, for each read, the
 * slowest input it met (the faster of two timings, as interference only adds
 * time) and the one that read the most rows. Hand-picked scenarios say what a
 * read usually costs; this says what the worst one found costs.
 */
import { meterOf } from "../src/db/meter";
import { generator } from "./random";

export type Found = { path: string; ms: number; rowsRead: number; roundTrips: number };
export type WorstRead = { read: string; tried: number; slowest: Found; mostRows: Found };
export type WorstReads = { seconds: number; seed: number; reads: WorstRead[] };

// Words of the seeded board (bench/seed.ts) from common to absent, stop words, and words of no post.
const WORDS = [
  "waitlist",
  "supervision",
  "boundaries",
  "insurance",
  "reflection",
  "weeks",
  "kettle",
  "moment7",
  "lighthouse",
  "image42",
  "image999",
  "zyzzyva",
  "the",
  "supervisor",
  "therapist",
  "notes",
];

type Pick = <T>(items: readonly T[]) => T;

/** A read's next input: a path, from the board's categories and posts. */
type Reads = Record<string, (pick: Pick, board: Board) => string>;
type Board = { categories: string[]; postIds: string[] };

const reads: Reads = {
  "feed JSON": (pick, { categories }) => `/api/posts?${feedQuery(pick, [undefined, ...categories])}`,
  "feed HTML": (pick, { categories }) => {
    const category = pick([undefined, ...categories]);
    const query = feedQuery(pick, [undefined]);
    return `${category ? `/c/${category}` : "/"}${query ? `?${query}` : ""}`;
  },
  search: (pick, { categories }) => {
    const words = Array.from({ length: pick([1, 1, 2, 3]) }, () => pick(WORDS));
    const joiner = pick([" ", " ", " OR "]);
    const q = pick([false, true]) && words.length > 1 ? `"${words.join(" ")}"` : words.join(joiner);
    const category = pick([undefined, undefined, ...categories]);
    return `/api/search?q=${encodeURIComponent(q)}${category ? `&category=${category}` : ""}`;
  },
  "search page": (pick) => `/search?q=${encodeURIComponent(pick(WORDS))}`,
  "post page": (pick, { postIds }) => `/p/${pick([...postIds.slice(0, 50), "000000000000"])}`,
  "Atom feed": (pick, { categories }) => pick(["/feed.xml", ...categories.map((slug) => `/c/${slug}/feed.xml`)]),
};

/** A feed's query: a sort, a period for the most resonated, and one of `categories` (undefined: none). */
function feedQuery(pick: Pick, categories: readonly (string | undefined)[]): string {
  const sort = pick(["new", "top"]);
  const period = sort === "top" ? pick([undefined, "week", "month"]) : undefined;
  const category = pick(categories);
  return new URLSearchParams({
    ...(sort === "top" ? { sort } : {}),
    ...(period ? { period } : {}),
    ...(category ? { category } : {}),
  }).toString();
}

/** Sends random reads to `origin` (uncached, metered) for about `seconds`, and keeps each read's worst. */
export async function searchWorstReads(
  origin: string,
  postIds: string[],
  seconds: number,
  seed: number,
): Promise<WorstReads> {
  const random = generator(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)] as (typeof items)[number];
  const worst = new Map<string, WorstRead>();
  const listed = (await (await fetch(`${origin}/api/categories`)).json()) as { categories: { slug: string }[] };
  const board: Board = { categories: listed.categories.map((category) => category.slug), postIds };
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    for (const [read, next] of Object.entries(reads)) {
      // A first page, then sometimes a few more down its cursors: deep pages are inputs too.
      let path: string | undefined = next(pick, board);
      for (let depth = 0; path && depth < 4; depth++) {
        const { next: following, ...found } = await timed(origin, path);
        keep(worst, read, found);
        path = random() < 0.4 ? nextPageOf(path, following) : undefined;
      }
    }
  }
  return { seconds, seed, reads: [...worst.values()] };
}

function keep(worst: Map<string, WorstRead>, read: string, found: Found): void {
  const now = worst.get(read);
  if (!now) {
    worst.set(read, { read, tried: 1, slowest: found, mostRows: found });
    return;
  }
  now.tried += 1;
  if (found.ms > now.slowest.ms) now.slowest = found;
  if (found.rowsRead > now.mostRows.rowsRead) now.mostRows = found;
}

/** The page after `path`, from the cursor its answer gave (JSON `nextCursor`, or a page's "older" link). */
function nextPageOf(path: string, next: string | undefined): string | undefined {
  if (!next) return undefined;
  if (next.startsWith("/")) return next;
  const url = new URL(path, "http://bench.invalid");
  url.searchParams.set("cursor", next);
  return `${url.pathname}${url.search}`;
}

/** One read, timed twice (the faster counts), with its D1 cost and where its next page is. */
async function timed(origin: string, path: string): Promise<Found & { next?: string }> {
  let best = Number.POSITIVE_INFINITY;
  let answer = { text: "", serverTiming: null as string | null };
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const res = await fetch(`${origin}${path}`);
    const text = await res.text();
    best = Math.min(best, performance.now() - started);
    answer = { text, serverTiming: res.headers.get("Server-Timing") };
  }
  const cost = meterOf(answer.serverTiming) ?? { roundTrips: 0, rowsRead: 0 };
  const next =
    answer.text.match(/"nextCursor":"([^"]+)"/)?.[1] ??
    answer.text.match(/class="older" rel="next" href="([^"]+)"/)?.[1]?.replaceAll("&amp;", "&");
  return { path, ms: best, ...cost, ...(next ? { next } : {}) };
}
