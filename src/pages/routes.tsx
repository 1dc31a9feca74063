import { type Context, Hono } from "hono";
import { z } from "zod";
import { cacheControl } from "../cache-control";
import { listCategories } from "../categories/queries";
import { crisisResourcesFor } from "../crisis-lines";
import { PAGE_DEFAULT_LIMIT } from "../cursor";
import type { Category } from "../db/schema";
import type { AppEnv } from "../env";
import { invalidRequest, notFound } from "../errors";
import { decodeCursor, encodeCursor, type FeedPosition, type FeedSort, feedSorts } from "../feed/cursor";
import { listPublished } from "../feed/queries";
import { flaggingServices, flagPost } from "../flags/file";
import { findFlag } from "../flags/queries";
import { FlagRequestSchema, ReceiptSchema, toFlagState } from "../flags/schemas";
import { requestClient } from "../limits/limits";
import { findPublishedPost } from "../posts/queries";
import { CategorySlugSchema } from "../posts/schemas";
import { readerCountry } from "../reader-country";
import { addResonance, resonatingServices } from "../resonates/add";
import { runSearch } from "../search/run";
import { SEARCH_QUERY_MAX } from "../search/schemas";
import { sha256Hex } from "../secrets";
import { publicOrigin } from "../settings";
import { formFields, parseForm } from "../ui/form";
import { FeedPage } from "./feed-page";
import { FlagAgainPage, FlagReceiptPage } from "./flag-receipt-page";
import { GuidelinesPage } from "./guidelines-page";
import { PostPage, type Resonated } from "./post-page";
import { SearchPage } from "./search-page";

// Pages forgive what the API refuses: an unknown sort falls back to newest,
// unknown parameters (say, from a link shared elsewhere) are ignored.
const FeedPageQuery = z.object({
  sort: z.enum(feedSorts).catch("new"),
  cursor: z.string().max(512).optional().catch(undefined),
});

export const pageRoutes = new Hono<AppEnv>()
  .get("/", (c) => renderFeed(c))
  .get("/c/:slug", (c) => renderFeed(c, c.req.param("slug")))
  .get("/p/:id", async (c) => {
    c.header("Cache-Control", cacheControl.post);
    return renderPost(c, c.req.param("id"));
  })
  // The thanks is this answer's alone, not an address anyone could share: no redirect to a "?resonated" page.
  .post("/p/:id/resonate", async (c) => {
    const id = c.req.param("id");
    const { added } = await addResonance(resonatingServices(c.env, c.var.db), await requestClient(c), id);
    c.header("Cache-Control", cacheControl.private);
    return renderPost(c, id, added ? "now" : "before");
  })
  .post("/p/:id/flag", async (c) => {
    const id = c.req.param("id");
    const fields = await formFields(c);
    const parsed = parseForm(FlagRequestSchema, { reason: fields.reason, note: fields.note || null });
    if (!parsed.ok) throw invalidRequest(parsed.issues, "Choose what is wrong with the post.");
    const { receipt, flag } = await flagPost(
      flaggingServices(c.env, c.var.db),
      await requestClient(c),
      id,
      parsed.data,
    );
    if (receipt !== null) return c.redirect(`/flags/${receipt}`, 303);
    c.header("Cache-Control", cacheControl.private);
    return c.html(<FlagAgainPage flag={toFlagState(flag)} />);
  })
  .get("/flags/:receipt", async (c) => {
    const receipt = ReceiptSchema.safeParse(c.req.param("receipt"));
    const flag = receipt.success && (await findFlag(c.var.db, await sha256Hex(receipt.data)));
    if (!receipt.success || !flag)
      throw notFound("No report has this receipt. Resolved reports are forgotten after 30 days.");
    c.header("Cache-Control", cacheControl.private);
    const address = `${publicOrigin(c.env)}/flags/${receipt.data}`;
    return c.html(<FlagReceiptPage flag={toFlagState(flag)} address={address} />);
  })
  .get("/search", async (c) => {
    const { q, category, cursor } = SearchPageQuery.parse(c.req.query());
    const categories = await listCategories(c.var.db);
    const props = { categories, q, category, now: Date.now(), nextHref: null };
    c.header("Cache-Control", cacheControl.search);
    if (q.trim() === "") return c.html(<SearchPage {...props} />);
    const found = await runSearch(c.var.db, { q, category, cursor, limit: PAGE_DEFAULT_LIMIT });
    const nextHref =
      found.nextCursor &&
      `/search?${new URLSearchParams({ q, ...(category ? { category } : {}), cursor: found.nextCursor })}`;
    return c.html(<SearchPage {...props} found={found} nextHref={nextHref} />);
  })
  .get("/guidelines", (c) => {
    // The crisis lines are the reader's country's: a browser may keep the page, a shared cache may not.
    c.header("Cache-Control", cacheControl.perReader);
    return c.html(<GuidelinesPage crisisResources={crisisResourcesFor(readerCountry(c))} />);
  });

const SearchPageQuery = z.object({
  q: z.string().max(SEARCH_QUERY_MAX).catch(""),
  category: CategorySlugSchema.optional().catch(undefined),
  cursor: z.string().max(512).optional().catch(undefined),
});

async function renderFeed(c: Context<AppEnv>, slug?: string) {
  const { sort, cursor } = FeedPageQuery.parse(c.req.query());
  const after = cursor === undefined ? undefined : decodeCursor(cursor, sort);
  const [categories, page] = await Promise.all([
    listCategories(c.var.db),
    listPublished(c.var.db, { sort, category: slug, after, limit: PAGE_DEFAULT_LIMIT }),
  ]);
  const current = slug === undefined ? undefined : categories.find((category) => category.slug === slug);
  if (slug !== undefined && !current) throw notFound("There is no such category.");
  const olderHref = page.next && pageHref(current, sort, page.next);
  c.header("Cache-Control", cacheControl.feed);
  return c.html(
    <FeedPage
      categories={categories}
      current={current}
      sort={sort}
      posts={page.posts}
      olderHref={olderHref}
      now={Date.now()}
      introduce={slug === undefined && cursor === undefined}
    />,
  );
}

function pageHref(category: Category | undefined, sort: FeedSort, next: FeedPosition): string {
  const query = new URLSearchParams(sort === "top" ? { sort } : {});
  query.set("cursor", encodeCursor(next));
  return `${category ? `/c/${category.slug}` : "/"}?${query}`;
}

async function renderPost(c: Context<AppEnv>, id: string, resonated?: Resonated) {
  const [post, categories] = await Promise.all([findPublishedPost(c.var.db, id), listCategories(c.var.db)]);
  if (!post) throw notFound("This post does not exist, or is no longer public.");
  const category = categories.find((each) => each.slug === post.category);
  return c.html(<PostPage post={post} category={category} now={Date.now()} resonated={resonated} />);
}
