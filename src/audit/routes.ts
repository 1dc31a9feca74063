import { createRoute, z } from "@hono/zod-openapi";
import { PageLimitSchema } from "../cursor";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { entryId } from "./cursor";
import { listAudit } from "./queries";
import { AuditEntrySchema, AuditFilterSchema, toAuditEntry } from "./schemas";

const AuditQuerySchema = AuditFilterSchema.extend({
  cursor: z.string().max(32).optional().openapi({ description: "The nextCursor of the previous page." }),
  limit: PageLimitSchema,
}).strict();

const auditRoute = createRoute({
  method: "get",
  path: "/api/mod/audit",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary: "The audit log of every moderator action and sign-in, newest first; by moderator, action and days",
  request: { query: AuditQuerySchema },
  responses: {
    200: jsonContent(
      z.object({ entries: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }).openapi("AuditPage"),
      "One page of the log",
    ),
    400: errorResponse("A parameter or the cursor is not valid"),
    401: errorResponse("Not signed in"),
  },
});

export const auditRoutes = createRouter().openapi(auditRoute, async (c) => {
  const { cursor, limit, ...filter } = c.req.valid("query");
  const page = await listAudit(c.var.db, filter, cursor === undefined ? undefined : entryId(cursor), limit);
  return c.json(
    { entries: page.entries.map(toAuditEntry), nextCursor: page.next === null ? null : String(page.next) },
    200,
  );
});
