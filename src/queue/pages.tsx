import { type Context, Hono } from "hono";
import { APPEALS_SHOWN, appealedRemovals } from "../appeals/queries";
import { listCategories } from "../categories/queries";
import { PAGE_DEFAULT_LIMIT } from "../cursor";
import type { AppEnv } from "../env";
import { signedIn } from "../mod/gate";
import { SignInPage } from "../mod/sign-in-page";
import { DoneQuery, type Outcome } from "../review/outcome";
import type { FormStatus } from "../ui/form";
import { decodeQueueCursor, encodeQueueCursor } from "./cursor";
import { filtersOfQuery, queryOfFilters } from "./filters";
import { reviewItemsOf } from "./items";
import { countQueue, listQueue } from "./queries";
import { QueuePage } from "./queue-page";

/** /mod: the sign-in form to someone without a session, the queue to a moderator. */
export const queuePageRoutes = new Hono<AppEnv>().get("/mod", async (c) => {
  if (!c.var.moderator) return c.html(<SignInPage />);
  return renderQueue(c, DoneQuery.parse(c.req.query()));
});

/** A page of the queue, with how many wait, and what came of the moderator's last action. */
export async function renderQueue(c: Context<AppEnv>, outcome: Outcome, status: FormStatus = 200) {
  const cursor = c.req.query("cursor");
  const filters = filtersOfQuery(c.req.query());
  const [page, waiting, categories, removals] = await Promise.all([
    listQueue(c.var.db, cursor ? decodeQueueCursor(cursor) : undefined, PAGE_DEFAULT_LIMIT, filters),
    countQueue(c.var.db),
    listCategories(c.var.db),
    // Appeals of removals wait apart, above the first page: a removed post is not in the queue itself.
    cursor ? [] : appealedRemovals(c.var.db, APPEALS_SHOWN),
  ]);
  // One read of flags, history, claims and appeals for both lists.
  const both = await reviewItemsOf(c.var.db, [...removals, ...page.posts]);
  const [appeals, items] = [both.slice(0, removals.length), both.slice(removals.length)];
  const filtered = queryOfFilters(filters);
  const nextHref = page.next && `/mod?${filtered ? `${filtered}&` : ""}cursor=${encodeQueueCursor(page.next)}`;
  return c.html(
    <QueuePage
      viewer={signedIn(c)}
      items={items}
      appeals={appeals}
      waiting={waiting}
      filters={filters}
      categories={categories}
      nextHref={nextHref}
      outcome={outcome}
      now={Date.now()}
    />,
    status,
  );
}
