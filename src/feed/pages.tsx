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
// unknown parameters (say, from a link shared elsewhere) are ignored.
const FeedPageQuery = z.object({
  sort: z.enum(feedSorts).catch("new"),
  period: z.enum(feedPeriods).catch("all"),
  cursor: z.string().max(512).optional().catch(undefined),
});

/** The board's feed pages: all categories, or one. */
export const feedPageRoutes = new Hono<AppEnv>()
  .get("/", (c) => renderFeed(c))
  .get("/c/:slug", (c) => renderFeed(c, c.req.param("slug")));

async function renderFeed(c: Context<AppEnv>, slug?: string) {
  const { sort, period: asked, cursor } = FeedPageQuery.parse(c.req.query());
  // A period narrows "most resonated" only: the newest posts are this week's anyway.
  const period = sort === "top" ? asked : "all";
  const after = cursor === undefined ? undefined : decodeCursor(cursor, sort);
  const since = sinceOf(period, Date.now());
  const [categories, page] = await Promise.all([
    listCategories(c.var.db),
    listPublished(c.var.db, { sort, category: slug, since, after, limit: PAGE_DEFAULT_LIMIT }),
  ]);
  const current = slug === undefined ? undefined : categories.find((category) => category.slug === slug);
  if (slug !== undefined && !current) throw notFound("There is no such category.");
  const olderHref = page.next && pageHref(current, sort, period, page.next);
  c.header("Cache-Control", cacheControl.feed);
  return c.html(
    <FeedPage
      categories={categories}
      current={current}
      sort={sort}
      period={period}
      posts={page.posts}
      olderHref={olderHref}
      now={Date.now()}
      introduce={slug === undefined && cursor === undefined}
    />,
  );
}

function pageHref(category: Category | undefined, sort: FeedSort, period: FeedPeriod, next: FeedPosition): string {
  const query = new URLSearchParams(sort === "top" ? { sort, ...(period === "all" ? {} : { period }) } : {});
  query.set("cursor", encodeCursor(next));
  return `${category ? `/c/${category.slug}` : "/"}?${query}`;
}
