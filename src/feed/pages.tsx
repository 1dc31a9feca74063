import { type Context, Hono } from "hono";
import { z } from "zod";
import { cacheControl } from "../cache-control";
import { listCategories } from "../categories/queries";
import { PAGE_DEFAULT_LIMIT } from "../cursor";
import type { Category } from "../db/schema";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import {
  decodeCursor,
  encodeCursor,
  type FeedPeriod,
  type FeedPosition,
  type FeedSort,
  feedPeriods,
  feedSorts,
  sinceOf,
} from "./cursor";
import { FeedPage } from "./feed-page";
import { listPublished } from "./queries";

// Pages forgive what the API refuses: an unknown sort falls back to newest,
// unknown parameters (say, from a link shared elsewhere) are ignored. A
// parameter left out takes its default without being checked: a value
// refused and caught costs zod an issue, three on every plain page.
const FeedPageQuery = z.object({
  sort: z.enum(feedSorts).default("new").catch("new"),
  period: z.enum(feedPeriods).default("all").catch("all"),
  cursor: z.string().max(512).optional().catch(undefined),
  /** The "newer" link's cursor: the first post of the page it came from. */
  before: z.string().max(512).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

/** The board's feed pages: all categories, or one. */
export const feedPageRoutes = new Hono<AppEnv>()
  .get("/", (c) => renderFeed(c))
  .get("/c/:slug", (c) => renderFeed(c, c.req.param("slug")));

async function renderFeed(c: Context<AppEnv>, slug?: string) {
  const { sort, period: asked, cursor, before: newerThan, page: askedPage } = FeedPageQuery.parse(c.req.query());
  // A period narrows "most resonated" only: the newest posts are this week's anyway.
  const period = sort === "top" ? asked : "all";
  const after = cursor === undefined ? undefined : decodeCursor(cursor, sort);
  const before = newerThan === undefined || after ? undefined : decodeCursor(newerThan, sort);
  const since = sinceOf(period, Date.now());
  const [categories, page] = await Promise.all([
    listCategories(c.var.db),
    listPublished(c.var.db, { sort, category: slug, since, after, before, limit: PAGE_DEFAULT_LIMIT }),
  ]);
  // Back at the newest posts, this is the first page, whatever the link said.
  const number = page.previous === null ? 1 : Math.max(2, askedPage);
  const current = slug === undefined ? undefined : categories.find((category) => category.slug === slug);
  if (slug !== undefined && !current) throw notFound("There is no such category.");
  const olderHref = page.next && pageHref(current, sort, period, { cursor: page.next, page: number + 1 });
  const newerHref = page.previous && pageHref(current, sort, period, { before: page.previous, page: number - 1 });
  c.header("Cache-Control", cacheControl.feed);
  return c.html(
    FeedPage({
      categories,
      current,
      sort,
      period,
      posts: page.posts,
      olderHref,
      newerHref,
      pageNumber: number,
      now: Date.now(),
      introduce: slug === undefined && number === 1,
    }),
  );
}

/**
 * The link to the older (`cursor`) or newer (`before`) page, with its number; the first page is the bare address.
 * Written out: every value is already safe in an address (a sort, a period, base64url, a number), and each
 * URLSearchParams call crosses into the runtime (a twentieth of an uncached page's CPU).
 */
function pageHref(
  category: Category | undefined,
  sort: FeedSort,
  period: FeedPeriod,
  to: { cursor: FeedPosition; page: number } | { before: FeedPosition; page: number },
): string {
  const base = category ? `/c/${category.slug}` : "/";
  const query = sort === "top" ? ["sort=top", ...(period === "all" ? [] : [`period=${period}`])] : [];
  if (to.page <= 1 && "before" in to) return query.length > 0 ? `${base}?${query.join("&")}` : base;
  const position = "cursor" in to ? `cursor=${encodeCursor(to.cursor)}` : `before=${encodeCursor(to.before)}`;
  return `${base}?${[...query, position, `page=${to.page}`].join("&")}`;
}
