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

export const ErrorSchema = z
  .object({
    error: z
      .object({
        code: z.string().openapi({ example: "invalid_request" }),
        message: z.string(),
        issues: z
          .array(z.object({ path: z.string(), message: z.string() }))
          .optional()
          .openapi({ description: "For invalid_request: each problem, with the dotted path of the field." }),
      })
      .passthrough(),
  })
  .openapi("Error");

/** An error response of the API's one shape, for a route's `responses`. */
export function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: ErrorSchema } } };
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/** The `security` of a moderator route: the session cookie set by POST /api/mod/session. */
export const MODERATOR_SESSION = [{ moderatorSession: [] }];
