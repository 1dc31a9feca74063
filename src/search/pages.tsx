import { Hono } from "hono";
import { z } from "zod";
import { cacheControl } from "../cache-control";
import { listCategories } from "../categories/queries";
import { PAGE_DEFAULT_LIMIT } from "../cursor";
import type { AppEnv } from "../env";
import { CategorySlugSchema } from "../posts/schemas";
import { runSearch } from "./run";
import { SEARCH_QUERY_MAX } from "./schemas";
import { SearchPage } from "./search-page";

const SearchPageQuery = z.object({
  q: z.string().max(SEARCH_QUERY_MAX).catch(""),
  category: CategorySlugSchema.optional().catch(undefined),
  cursor: z.string().max(512).optional().catch(undefined),
});

/** The search page: the form, and a page of results with the matched words marked. */
export const searchPageRoutes = new Hono<AppEnv>().get("/search", async (c) => {
  const { q, category, cursor } = SearchPageQuery.parse(c.req.query());
  c.header("Cache-Control", cacheControl.search);
  if (q.trim() === "") {
    const categories = await listCategories(c.var.db);
    return c.html(<SearchPage categories={categories} q={q} category={category} now={Date.now()} nextHref={null} />);
  }
  const found = await runSearch(c.var.db, { q, category, cursor, limit: PAGE_DEFAULT_LIMIT });
  const nextHref =
    found.nextCursor &&
    `/search?${new URLSearchParams({ q, ...(category ? { category } : {}), cursor: found.nextCursor })}`;
  return c.html(
    <SearchPage
      categories={found.categories}
      q={q}
      category={category}
      now={Date.now()}
      found={found}
      nextHref={nextHref}
    />,
  );
});
