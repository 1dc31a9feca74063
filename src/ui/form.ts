import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../env";
import { ApiError, fromZodError, type Issue } from "../errors";

/** A form's text fields; files and repeated fields are not part of any form here. */
export type FormFields = Record<string, string>;

export async function formFields(c: Context<AppEnv>): Promise<FormFields> {
  const body = await c.req.parseBody();
  const fields: FormFields = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === "string") fields[name] = value;
  return fields;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; issues: Issue[] };

/** Validates form input with the same zod schema the API uses; issues in the API's words. */
export function parseForm<T extends z.ZodType>(schema: T, input: unknown): Parsed<z.output<T>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: issuesOf(fromZodError(result.error)) };
}

export function issuesOf(error: ApiError): Issue[] {
  const issues = error.details.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : [];
}

/** The message for one field, if it has an issue. */
export function issueFor(issues: readonly Issue[], field: string): string | undefined {
  return issues.find((issue) => issue.path === field)?.message;
}

/**
 * An error a form page shows in place, keeping what was typed, rather than
 * as an error page: anything the person can act on, and a pause (503).
 */
export function isShownInPlace(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status !== 404 && (error.status < 500 || error.status === 503);
}

/**
 * The status of a page that shows a form again with what to change: 200, as
 * the page is a good answer (a browser reports any 4xx document as a console
 * error); the API carries the precise codes. "Not now" keeps its status and
 * Retry-After, as it is a different kind of answer.
 */
export type FormStatus = 200 | 429 | 503;

export function formStatus(status: ApiError["status"]): FormStatus {
  return status === 429 || status === 503 ? status : 200;
}
