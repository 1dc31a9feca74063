import { createRoute } from "@hono/zod-openapi";
import { cacheControl } from "../cache-control";
import { findCategory } from "../categories/queries";
import { notFound } from "../errors";
import { createRouter, errorResponse, jsonContent } from "../openapi";
import { toApiPost } from "../posts/schemas";
import { decodeSearchCursor, encodeSearchCursor } from "./cursor";
import { toMatchExpression } from "./match";
import { type SearchPage, searchPublished } from "./queries";
import { SearchPageSchema, SearchQuerySchema, toSnippetPieces } from "./schemas";

const searchRoute = createRoute({
  method: "get",
  path: "/api/search",
  tags: ["feed"],
  summary: "Full-text search over published posts, best match first, with highlighted snippets",
  request: { query: SearchQuerySchema },
  responses: {
    200: jsonContent(SearchPageSchema, "One page of results"),
    400: errorResponse("The query, a parameter or the cursor is not valid"),
    404: errorResponse("No such category"),
  },
});

export const searchRoutes = createRouter().openapi(searchRoute, async (c) => {
  const { q, category, cursor, limit } = c.req.valid("query");
  const after = cursor === undefined ? undefined : decodeSearchCursor(cursor);
  const match = toMatchExpression(q);
  const page: SearchPage = match
    ? await searchPublished(c.var.db, { match, category, after, limit })
    : { hits: [], next: null };
  if (page.hits.length === 0 && category && !(await findCategory(c.var.db, category))) {
    throw notFound("There is no such category.");
  }
  c.header("Cache-Control", cacheControl.search);
  return c.json(
    {
      results: page.hits.map((hit) => ({ post: toApiPost(hit.post), snippet: toSnippetPieces(hit.snippet) })),
      nextCursor: page.next && encodeSearchCursor(page.next),
    },
    200,
  );
});
