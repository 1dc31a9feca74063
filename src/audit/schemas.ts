import { z } from "@hono/zod-openapi";
import { auditActions } from "../db/schema";
import { startOfUtcDay } from "../time";
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

const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A day is written 2026-12-01.")
  .refine((day) => !Number.isNaN(startOfUtcDay(day)), "There is no such day.");

/** The audit log's filters, in the API's query and the page's form alike. */
export const AuditFilterSchema = z.object({
  moderator: z.string().trim().toLowerCase().max(64).optional().openapi({ description: "A username." }),
  action: z.enum(auditActions).optional(),
  from: DaySchema.optional().openapi({ description: "The first day (UTC) to list, 2026-12-01." }),
  to: DaySchema.optional().openapi({ description: "The last day (UTC) to list." }),
});

export function toAuditEntry(row: AuditRow): z.infer<typeof AuditEntrySchema> {
  return { ...row, at: new Date(row.at).toISOString() };
}
