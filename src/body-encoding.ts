import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { invalidRequest } from "./errors";

/**
 * A body must be UTF-8. A JSON body with bytes that are not, or a form whose
 * percent-escapes spell bytes that are not, is refused with 400, instead of
 * being read with U+FFFD in place of what was sent (and stored so).
 * The body is read once here; hono keeps it for the route's own parsing.
 */
export const utf8Bodies: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!["POST", "PUT", "PATCH", "DELETE"].includes(c.req.method)) return next();
  const type = c.req.header("Content-Type") ?? "";
  if (type.includes("json") && !isUtf8(await c.req.arrayBuffer())) throw notUtf8("The body is not valid UTF-8.");
  if (type.includes("application/x-www-form-urlencoded") && !isUtf8Form(await c.req.text())) {
    throw notUtf8("The form is not valid UTF-8.");
  }
  return next();
};

const FATAL = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function isUtf8(bytes: ArrayBuffer): boolean {
  try {
    FATAL.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isUtf8Form(form: string): boolean {
  try {
    for (const part of form.split("&")) decodeURIComponent(part.replaceAll("+", " "));
    return true;
  } catch {
    return false;
  }
}

const notUtf8 = (message: string) => invalidRequest([{ path: "", message }], message);
