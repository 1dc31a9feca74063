import { z } from "@hono/zod-openapi";
import { and, eq, gt, lte, type SQL, sql } from "drizzle-orm";
import { flags, posts } from "../db/schema";
import { HOUR_MS } from "../time";
import { QUEUE_RANK } from "./rank";

/**
 * The queue's filters, for the page's form and the API's query alike: the kind of hold (crisis, identifying,
 * other), the category, held by the filters or reported by readers, and how long a post has waited (since it was
 * held, or since its oldest open report).
 */

export const WAITED = { "1h": 1, "4h": 4, "24h": 24, "72h": 72 } as const;
type Waited = keyof typeof WAITED;

export const QueueFilterSchema = z.object({
  kind: z
    .enum(["crisis", "identifying", "other"])
    .optional()
    .openapi({ description: "Only posts of this kind of hold (reported posts count as other unless held for more)." }),
  category: z.string().max(40).optional().openapi({ description: "Only posts in this category (its slug)." }),
  source: z
    .enum(["held", "reported"])
    .optional()
    .openapi({ description: "`held`: held by the filters; `reported`: reported by readers, hidden or published." }),
  waited: z
    .enum(Object.keys(WAITED) as [Waited, ...Waited[]])
    .optional()
    .openapi({ description: "Only posts waiting at least this long (1h, 4h, 24h or 72h)." }),
});

export type QueueFilters = z.infer<typeof QueueFilterSchema>;

/** The filters a page's form sent; an unknown value is dropped rather than refused (an old bookmark still opens). */
export function filtersOfQuery(query: Record<string, string>): QueueFilters {
  const filters: QueueFilters = {};
  for (const [name, schema] of Object.entries(QueueFilterSchema.shape)) {
    const parsed = schema.safeParse(query[name] || undefined);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [name]: parsed.data });
  }
  return filters;
}

/** The filters as a query string ("" for none), to carry them to the next page. */
export function queryOfFilters(filters: QueueFilters): string {
  const entries = Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return new URLSearchParams(entries).toString();
}

// When a post began to wait: its oldest open report, else when it was written (a held post waits from the start).
const waitingSince = sql`coalesce((SELECT min(${flags.createdAt}) FROM ${flags} WHERE ${flags.postId} = ${posts.id} AND ${flags.resolution} IS NULL), ${posts.createdAt})`;

/** The SQL terms of the filters, to add to the queue's own. */
export function filterTerms(filters: QueueFilters, now: number): SQL | undefined {
  const terms: (SQL | undefined)[] = [
    filters.kind === undefined ? undefined : eq(posts.queueRank, QUEUE_RANK[filters.kind]),
    filters.category === undefined ? undefined : eq(posts.category, filters.category),
    filters.source === "held" ? eq(posts.status, "pending") : undefined,
    filters.source === "reported" ? gt(posts.openReports, 0) : undefined,
    filters.waited === undefined ? undefined : lte(waitingSince, now - WAITED[filters.waited] * HOUR_MS),
  ];
  return and(...terms);
}
