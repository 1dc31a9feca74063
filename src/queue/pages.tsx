import { type Context, Hono } from "hono";
import { PAGE_DEFAULT_LIMIT } from "../cursor";
import type { AppEnv } from "../env";
import { signedIn } from "../mod/gate";
import { SignInPage } from "../mod/sign-in-page";
import { DoneQuery, type Outcome } from "../review/outcome";
import type { FormStatus } from "../ui/form";
import { decodeQueueCursor, encodeQueueCursor } from "./cursor";
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
  const [page, waiting] = await Promise.all([
    listQueue(c.var.db, cursor ? decodeQueueCursor(cursor) : undefined, PAGE_DEFAULT_LIMIT),
    countQueue(c.var.db),
  ]);
  const items = await reviewItemsOf(c.var.db, page.posts);
  const nextHref = page.next && `/mod?cursor=${encodeQueueCursor(page.next)}`;
  return c.html(
    <QueuePage
      viewer={signedIn(c)}
      items={items}
      waiting={waiting}
      nextHref={nextHref}
      outcome={outcome}
      now={Date.now()}
    />,
    status,
  );
}
