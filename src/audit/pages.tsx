import { Hono } from "hono";
import { z } from "zod";
import { PAGE_DEFAULT_LIMIT } from "../cursor";
import { auditActions } from "../db/schema";
import type { AppEnv } from "../env";
import { listModerators } from "../mod/accounts";
import { signedIn } from "../mod/gate";
import { AuditPage } from "./audit-page";
import { entryId } from "./cursor";
import { type AuditFilter, listAudit } from "./queries";
import { AuditFilterSchema } from "./schemas";

// The page forgives what the API refuses: a filter it cannot read is left out, as if the form's field were empty.
const AuditPageQuery = z.object({
  moderator: AuditFilterSchema.shape.moderator.catch(undefined),
  action: AuditFilterSchema.shape.action.catch(undefined),
  from: AuditFilterSchema.shape.from.catch(undefined),
  to: AuditFilterSchema.shape.to.catch(undefined),
  cursor: z.string().max(32).optional().catch(undefined),
});

/** The audit log's page, newest first, filtered by moderator, action and days. */
export const auditPageRoutes = new Hono<AppEnv>().get("/mod/audit", async (c) => {
  const { cursor, ...read } = AuditPageQuery.parse(c.req.query());
  // An empty field of the form is no filter.
  const filter: AuditFilter = Object.fromEntries(Object.entries(read).filter(([, value]) => value));
  const [page, moderators] = await Promise.all([
    listAudit(c.var.db, filter, cursor === undefined ? undefined : entryId(cursor), PAGE_DEFAULT_LIMIT),
    listModerators(c.var.db),
  ]);
  const nextHref =
    page.next === null ? null : `/mod/audit?${new URLSearchParams({ ...filter, cursor: String(page.next) })}`;
  const usernames = moderators.map((moderator) => moderator.username);
  return c.html(
    <AuditPage
      viewer={signedIn(c)}
      entries={page.entries}
      nextHref={nextHref}
      filter={filter}
      usernames={usernames}
      actions={auditActions}
    />,
  );
});
