import type { Context } from "hono";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { ErrorPage } from "./error-page";

export function renderError(c: Context<AppEnv>, error: ApiError) {
  return c.html(<ErrorPage status={error.status} message={error.message} />, error.status);
}
