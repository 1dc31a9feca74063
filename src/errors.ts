import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { databaseFailureIn } from "./db/guard";

/**
 * One error shape for the whole API:
 * `{ "error": { "code", "message", ...details } }`.
 * Every failure becomes an `ApiError` before it is answered, so no response
 * ever carries a stack trace, SQL or a driver message.
 */

export type ErrorCode =
  | "invalid_request"
  | "refused"
  | "not_found"
  | "unauthorized"
  | "forbidden"
  | "conflict"
  | "rate_limited"
  | "payload_too_large"
  | "unavailable"
  | "internal";

export type Issue = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get body() {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

export function invalidRequest(issues: Issue[], message = "The request is not valid."): ApiError {
  return new ApiError(400, "invalid_request", message, { issues });
}

export function notFound(message = "Nothing is here."): ApiError {
  return new ApiError(404, "not_found", message);
}

export function fromZodError(error: ZodError): ApiError {
  return invalidRequest(error.issues.flatMap(toIssues));
}

function toIssues(issue: ZodError["issues"][number]): Issue[] {
  const path = issue.path.map(String);
  // An unknown field is reported at its own path, so a client can point at it.
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: [...path, key].join("."), message: "This field is not accepted." }));
  }
  return [{ path: path.join("."), message: issue.message }];
}

/** Turns anything thrown while handling a request into an `ApiError`. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof HTTPException) return fromHttpException(err);
  const failure = databaseFailureIn(err);
  // A broken constraint is a bug to fix, not a reason to come back later.
  if (failure && !/constraint failed/i.test(failure.message)) return unavailable(DATABASE_DOWN, DATABASE_RETRY_AFTER_S);
  return new ApiError(500, "internal", "Something went wrong on our side. Please try again.");
}

/** 503: something the board needs is down for a moment; Retry-After says when to try again. */
export function unavailable(message: string, retryAfterSeconds: number): ApiError {
  return new ApiError(503, "unavailable", message, {}, { "Retry-After": String(retryAfterSeconds) });
}

// Every multi-table write is one batch, so a failure leaves nothing half-written.
const DATABASE_RETRY_AFTER_S = 5;
const DATABASE_DOWN =
  "The board cannot reach its database right now. Nothing was half-saved; please try again in a few seconds.";

function fromHttpException(err: HTTPException): ApiError {
  switch (err.status) {
    case 413:
      return new ApiError(413, "payload_too_large", "The request body is too large.");
    // The spec answers a body that is not JSON, or not JSON at all, as an invalid request.
    case 400:
    case 415:
      return invalidRequest([{ path: "", message: bodyProblem(err) }]);
    case 403:
      return new ApiError(403, "forbidden", "This form must be sent from this site's own pages.");
    default:
      return new ApiError(err.status, err.status === 404 ? "not_found" : "invalid_request", err.message);
  }
}

function bodyProblem(err: HTTPException): string {
  return err.status === 415
    ? "The body must be JSON, sent with Content-Type: application/json."
    : "The body is not valid JSON.";
}
