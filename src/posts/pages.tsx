import { type Context, Hono } from "hono";
import { cacheControl } from "../cache-control";
import { listCategories } from "../categories/queries";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { PostPage, type Resonated } from "./post-page";
import { findPublishedPost } from "./queries";

/** A post's own page. */
export const postPageRoutes = new Hono<AppEnv>().get("/p/:id", async (c) => {
  c.header("Cache-Control", cacheControl.post);
  return renderPost(c, c.req.param("id"));
});

/** The post page; `resonated` when it answers the reader's own "resonates". */
export async function renderPost(c: Context<AppEnv>, id: string, resonated?: Resonated) {
  const [post, categories] = await Promise.all([findPublishedPost(c.var.db, id), listCategories(c.var.db)]);
  if (!post) throw notFound("This post does not exist, or is no longer public.");
  const category = categories.find((each) => each.slug === post.category);
  return c.html(<PostPage post={post} category={category} now={Date.now()} resonated={resonated} />);
}
