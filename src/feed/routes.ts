import { createRoute } from "@hono/zod-openapi";
import { cacheControl } from "../cache-control";
import { findCategory } from "../categories/queries";
import { notFound } from "../errors";
import { createRouter, errorResponse, jsonContent } from "../openapi";
import { toApiPost } from "../posts/schemas";
import { decodeCursor, encodeCursor, sinceOf } from "./cursor";
import { listPublished } from "./queries";
import { FeedPageSchema, FeedQuerySchema } from "./schemas";

const listRoute = createRoute({
  method: "get",
  path: "/api/posts",
  tags: ["feed"],
  summary:
    "Published posts, newest or most resonated first (this week, this month or all time), optionally in one category",
  request: { query: FeedQuerySchema },
  responses: {
    200: jsonContent(FeedPageSchema, "One page of posts"),
    400: errorResponse("A parameter or the cursor is not valid"),
    404: errorResponse("No such category"),
  },
});

export const feedRoutes = createRouter().openapi(listRoute, async (c) => {
  const { category, sort, period, cursor, limit } = c.req.valid("query");
  const after = cursor === undefined ? undefined : decodeCursor(cursor, sort);
  const since = sort === "top" ? sinceOf(period, Date.now()) : undefined;
  const page = await listPublished(c.var.db, { sort, category, since, after, limit });
  // Only an empty page can mean the category does not exist; checking then
  // keeps the lookup off the hot path.
  if (page.posts.length === 0 && category && !(await findCategory(c.var.db, category))) {
    throw notFound("There is no such category.");
  }
  c.header("Cache-Control", cacheControl.feed);
  return c.json({ posts: page.posts.map(toApiPost), nextCursor: page.next && encodeCursor(page.next) }, 200);
});
