import { listCategories } from "../categories/queries";
import type { Db } from "../db/client";
import type { Category } from "../db/schema";
import { notFound } from "../errors";
import type { PublicPost } from "../posts/queries";
import { decodeSearchCursor, encodeSearchCursor } from "./cursor";
import { toMatchExpression } from "./match";
import { type SearchPage, searchPublished } from "./queries";
import { type SnippetPiece, toSnippetPieces } from "./schemas";

export type SearchInput = { q: string; category?: string; cursor?: string; limit: number };
/**
 * `total`: how many posts of the window match, up to SEARCH_WINDOW (`capped` when the window was full, so older posts
 * may match too); on the first page only.
 */
export type SearchResults = {
  /** The board's categories, read with the results: the page offers them, and a search in none is refused. */
  categories: Category[];
  results: { post: PublicPost; snippet: SnippetPiece[] }[];
  nextCursor: string | null;
  total?: { count: number; capped: boolean };
};

/** A search from the API or the search page: query to results, and the cursor of the next page. */
export async function runSearch(db: Db, { q, category, cursor, limit }: SearchInput): Promise<SearchResults> {
  const after = cursor === undefined ? undefined : decodeSearchCursor(cursor);
  const match = toMatchExpression(q);
  // The categories are read in the same round trip as the results (src/db/together.ts).
  const [page, categories] = await Promise.all([
    match ? searchPublished(db, { match, category, after, limit }) : NOTHING_FOUND,
    listCategories(db),
  ]);
  if (category !== undefined && !categories.some((each) => each.slug === category)) {
    throw notFound("There is no such category.");
  }
  return {
    categories,
    results: page.hits.map((hit) => ({ post: hit.post, snippet: toSnippetPieces(hit.snippet) })),
    nextCursor: page.next && encodeSearchCursor(page.next),
    ...(page.total === undefined ? {} : { total: page.total }),
  };
}

const NOTHING_FOUND: SearchPage = { hits: [], next: null, total: { count: 0, capped: false } };
