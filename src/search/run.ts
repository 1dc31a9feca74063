import { findCategory } from "../categories/queries";
import type { Db } from "../db/client";
import { notFound } from "../errors";
import type { PublicPost } from "../posts/queries";
import { decodeSearchCursor, encodeSearchCursor } from "./cursor";
import { toMatchExpression } from "./match";
import { countMatches, SEARCH_CANDIDATES, type SearchPage, searchPublished } from "./queries";
import { type SnippetPiece, toSnippetPieces } from "./schemas";

export type SearchInput = { q: string; category?: string; cursor?: string; limit: number };
/** `total`: how many posts match, up to SEARCH_CANDIDATES (`capped` when there are as many or more); on the first page only. */
export type SearchResults = {
  results: { post: PublicPost; snippet: SnippetPiece[] }[];
  nextCursor: string | null;
  total?: { count: number; capped: boolean };
};

/** A search from the API or the search page: query to results, and the cursor of the next page. */
export async function runSearch(db: Db, { q, category, cursor, limit }: SearchInput): Promise<SearchResults> {
  const after = cursor === undefined ? undefined : decodeSearchCursor(cursor);
  const match = toMatchExpression(q);
  const [page, count]: [SearchPage, number | undefined] = match
    ? await Promise.all([
        searchPublished(db, { match, category, after, limit }),
        // Counted once, with the first page: the next pages say no more.
        after === undefined ? countMatches(db, match, category) : undefined,
      ])
    : [{ hits: [], next: null }, 0];
  if (page.hits.length === 0 && category && !(await findCategory(db, category))) {
    throw notFound("There is no such category.");
  }
  return {
    results: page.hits.map((hit) => ({ post: hit.post, snippet: toSnippetPieces(hit.snippet) })),
    nextCursor: page.next && encodeSearchCursor(page.next),
    ...(count === undefined ? {} : { total: { count, capped: count >= SEARCH_CANDIDATES } }),
  };
}
