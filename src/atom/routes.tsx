import { type Context, Hono } from "hono";
import { etag } from "hono/etag";
import { cacheControl } from "../cache-control";
import { listCategories } from "../categories/queries";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { listPublished } from "../feed/queries";
import { publicOrigin } from "../settings";
import { ATOM_ENTRIES, renderAtom } from "./render";
import { SubscribePage } from "./subscribe-page";

/**
 * Atom feeds of the newest published posts, whole board and per category; a conditional GET answers 304. /feeds
 * says, in a page a reader can read, how to follow them.
 */
export const atomRoutes = new Hono<AppEnv>()
  .get("/feeds", async (c) => {
    const categories = await listCategories(c.var.db);
    c.header("Cache-Control", cacheControl.trustPage);
    return c.html(<SubscribePage origin={publicOrigin(c.env)} categories={categories} />);
  })
  .get("/feed.xml", etag(), (c) => atomFeed(c))
  .get("/c/:slug/feed.xml", etag(), (c) => atomFeed(c, c.req.param("slug")));

async function atomFeed(c: Context<AppEnv>, slug?: string) {
  const [categories, page] = await Promise.all([
    listCategories(c.var.db),
    listPublished(c.var.db, { sort: "new", category: slug, limit: ATOM_ENTRIES }),
  ]);
  const category = slug === undefined ? undefined : categories.find((each) => each.slug === slug);
  if (slug !== undefined && !category) throw notFound("There is no such category.");
  const xml = await renderAtom({
    origin: publicOrigin(c.env),
    category,
    categories,
    posts: page.posts,
    now: Date.now(),
  });
  c.header("Cache-Control", cacheControl.atom);
  return c.body(xml, 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
}
