import { z } from "@hono/zod-openapi";
import { auditActions } from "../db/schema";
import type { AuditRow } from "./queries";

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ format: "date-time", description: "To the millisecond: only moderators see this." }),
    moderator: z.string().openapi({ description: "Who acted." }),
    action: z.enum(auditActions),
    postId: z.string().nullable(),
    subject: z.string().nullable().openapi({ description: "The moderator account acted on, for account changes." }),
    reason: z.string().nullable(),
    oldBodyHash: z.string().nullable().openapi({ description: "For a redaction: SHA-256 of the replaced body." }),
  })
  .openapi("AuditEntry");

export function toAuditEntry(row: AuditRow): z.infer<typeof AuditEntrySchema> {
  return { ...row, at: new Date(row.at).toISOString() };
}
