import { z } from "@hono/zod-openapi";
import { PageLimitSchema } from "../cursor";
import { ApiPostSchema, CategorySlugSchema } from "../posts/schemas";
import { MATCH_END, MATCH_START } from "./queries";

export const SEARCH_QUERY_MAX = 200;

export const SearchQuerySchema = z.strictObject({
  q: z
    .string()
    .min(1, "Type something to search for.")
    .max(SEARCH_QUERY_MAX, `Keep a search to ${SEARCH_QUERY_MAX} characters.`)
    .openapi({ description: "Words to find; punctuation and search operators are treated as plain text." }),
  category: CategorySlugSchema.optional(),
  cursor: z.string().max(512).optional().openapi({ description: "The nextCursor of the previous page." }),
  limit: PageLimitSchema,
});

const SnippetSchema = z
  .array(z.object({ text: z.string(), match: z.boolean() }))
  .openapi({ description: "An excerpt of the post around the matches, in pieces; `match` marks a matched word." });

export const SearchPageSchema = z
  .object({
    results: z.array(z.object({ post: ApiPostSchema, snippet: SnippetSchema })),
    nextCursor: z.string().nullable().openapi({ description: "null on the last page." }),
    total: z.object({ count: z.number().int(), capped: z.boolean() }).optional().openapi({
      description:
        "On the first page: how many published posts match, counted to 1,000 at most (`capped` when older posts may match too: there were that many, or the window of the rarest word was full).",
    }),
  })
  .openapi("SearchPage");

export type SnippetPiece = z.infer<typeof SnippetSchema>[number];

/** Splits a snippet marked by FTS5 into plain and matched pieces, so no client ever parses markup. */
export function toSnippetPieces(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  for (const [index, part] of snippet.split(MATCH_START).entries()) {
    const [matched, rest] = index === 0 ? [undefined, part] : splitOnce(part, MATCH_END);
    if (matched) pieces.push({ text: matched, match: true });
    if (rest) pieces.push({ text: rest, match: false });
  }
  return pieces;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}
