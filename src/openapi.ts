import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "./env";
import { fromZodError } from "./errors";

/** A feature's router: validation failures become the API's one error shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw fromZodError(result.error);
    },
  });
}

/** What every error says; an error with more to say (a refusal's reasons) extends it, keeping the one shape. */
export const ErrorFieldsSchema = z
  .object({
    code: z.string().openapi({ example: "invalid_request" }),
    message: z.string(),
    issues: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: "For invalid_request: each problem, with the dotted path of the field." }),
  })
  .passthrough();

export const ErrorSchema = z.object({ error: ErrorFieldsSchema }).openapi("Error");

/** An error response of the API's one shape, for a route's `responses`; `schema` when it carries more fields. */
export function errorResponse(description: string, schema: z.ZodType = ErrorSchema) {
  return { description, content: { "application/json": { schema } } };
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/** The `security` of a moderator route: the session cookie set by POST /api/mod/session. */
export const MODERATOR_SESSION = [{ moderatorSession: [] }];

type Response = { $ref?: string; description?: string; headers?: Record<string, unknown>; content?: unknown };
type Operation = { parameters?: unknown[]; responses?: Record<string, Response> };

const BOOKMARK = {
  description:
    "Where in D1's history this write landed. Send it back as X-D1-Bookmark on a read to see the write even from a read replica.",
  schema: { type: "string" },
};

const READ_FROM = {
  description: "The X-D1-Bookmark of your last write: this read starts from it, so it includes that write.",
  schema: { type: "string" },
};

const UNAVAILABLE: Response = {
  description: "The database failed or did not answer in time; Retry-After says when to try again",
  headers: { "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer" } } },
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

/**
 * What every route can answer besides its own responses, added to the
 * generated document in one place: 503 `unavailable` when D1 fails or does
 * not answer in time; on a reader's or author's write, the `X-D1-Bookmark`
 * header; on a public read, the `X-D1-Bookmark` it may carry.
 */
export function withDatabaseResponses<T extends { paths?: object }>(doc: T): T {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [path, operations] of Object.entries(paths)) {
    const moderator = path.startsWith("/api/mod/");
    for (const [method, operation] of Object.entries(operations)) {
      if (!operation.responses) continue;
      operation.responses["503"] ??= UNAVAILABLE;
      if (moderator) continue;
      if (method === "get") {
        const header = { name: "X-D1-Bookmark", in: "header", required: false, ...READ_FROM };
        operation.parameters = [...(operation.parameters ?? []), header];
        continue;
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status.startsWith("2") && !response.$ref)
          response.headers = { ...response.headers, "X-D1-Bookmark": BOOKMARK };
      }
    }
  }
  return doc;
}
