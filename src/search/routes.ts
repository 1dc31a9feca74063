import { createRoute } from "@hono/zod-openapi";
import { cacheControl } from "../cache-control";
import { createRouter, errorResponse, jsonContent } from "../openapi";
import { toApiPost } from "../posts/schemas";
import { runSearch } from "./run";
import { SearchPageSchema, SearchQuerySchema } from "./schemas";

const searchRoute = createRoute({
  method: "get",
  path: "/api/search",
  tags: ["feed"],
  summary: "Full-text search over published posts, newest first, with highlighted snippets",
  request: { query: SearchQuerySchema },
  responses: {
    200: jsonContent(SearchPageSchema, "One page of results"),
    400: errorResponse("The query, a parameter or the cursor is not valid"),
    404: errorResponse("No such category"),
  },
});

export const searchRoutes = createRouter().openapi(searchRoute, async (c) => {
  const { results, nextCursor, total } = await runSearch(c.var.db, c.req.valid("query"));
  c.header("Cache-Control", cacheControl.search);
  const page = { results: results.map((result) => ({ ...result, post: toApiPost(result.post) })), nextCursor };
  return c.json(total ? { ...page, total } : page, 200);
});
