import { Hono } from "hono";
import { PAGE_DEFAULT_LIMIT } from "../cursor";
import type { AppEnv } from "../env";
import { signedIn } from "../mod/gate";
import { AuditPage } from "./audit-page";
import { entryId } from "./cursor";
import { listAudit } from "./queries";

/** The audit log's page, newest first. */
export const auditPageRoutes = new Hono<AppEnv>().get("/mod/audit", async (c) => {
  const cursor = c.req.query("cursor");
  const page = await listAudit(c.var.db, cursor === undefined ? undefined : entryId(cursor), PAGE_DEFAULT_LIMIT);
  const nextHref = page.next === null ? null : `/mod/audit?cursor=${page.next}`;
  return c.html(<AuditPage viewer={signedIn(c)} entries={page.entries} nextHref={nextHref} />);
});
