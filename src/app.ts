import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import { appealRoutes } from "./appeals/routes";
import { atomRoutes } from "./atom/routes";
import { auditPageRoutes } from "./audit/pages";
import { auditRoutes } from "./audit/routes";
import { utf8Bodies } from "./body-encoding";
import { cacheControl } from "./cache-control";
import { categoryRoutes } from "./categories/routes";
import { refuseCrossSiteWrites } from "./cross-site";
import { databaseSession } from "./db/session";
import type { AppEnv } from "./env";
import { ApiError, notFound, toApiError } from "./errors";
import { feedPageRoutes } from "./feed/pages";
import { feedRoutes } from "./feed/routes";
import { flagPageRoutes } from "./flags/pages";
import { flagRoutes } from "./flags/routes";
import { MODERATOR_PATHS, moderatorGate } from "./mod/gate";
import { moderatorRoutes } from "./mod/moderator-routes";
import { moderatorPageRoutes } from "./mod/moderators-page";
import { signInPageRoutes } from "./mod/pages";
import { sessionRoutes } from "./mod/session-routes";
import { withDatabaseResponses } from "./openapi";
import { authorPageRoutes } from "./posts/author-pages";
import { postPageRoutes } from "./posts/pages";
import { postRoutes } from "./posts/routes";
import { queuePageRoutes } from "./queue/pages";
import { queueRoutes } from "./queue/routes";
import { noteWrites, READ_CACHE_PATHS, readCache } from "./read-cache";
import { resonatePageRoutes } from "./resonates/pages";
import { resonateRoutes } from "./resonates/routes";
import { reviewPageRoutes } from "./review/pages";
import { reviewRoutes } from "./review/routes";
import { searchPageRoutes } from "./search/pages";
import { searchRoutes } from "./search/routes";
import { robotsRoutes, searchEngines } from "./search-engines";
import { trustRoutes } from "./trust/routes";
import { localCrisisLine } from "./ui/crisis-footer";
import { renderError } from "./ui/render-error";

/** Raw request bodies above this are refused before they are read whole. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * The one place that decides middleware order: the reader's crisis line, the
 * read cache, security headers, body limit, the request's database session,
 * the features, then not-found and errors.
 */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>();

  // A liveness check that touches nothing: also the benchmark's ceiling (bench/run.ts).
  app.get("/healthz", (c) => c.text("ok"));

  // Outside the read cache: each reader's footer gets their own country's crisis line.
  app.use(localCrisisLine);
  app.use(noteWrites);
  // The read cache before anything a cached read does not need (it opens the request's D1 session itself, only when
  // it must read the board's version). The headers that are the same on every answer (security, search engines) are
  // set inside it, so a page is stored with them and a hit is served as stored, without setting each one again (a
  // sixth of a hit's CPU).
  for (const path of READ_CACHE_PATHS) app.use(path, readCache);
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
      strictTransportSecurity: "max-age=63072000; includeSubDomains",
      referrerPolicy: "no-referrer",
    }),
  );
  app.use(searchEngines);
  app.use(
    bodyLimit({
      maxSize: BODY_LIMIT_BYTES,
      onError: () => {
        throw new ApiError(413, "payload_too_large", "The request body is too large.");
      },
    }),
  );
  app.use(utf8Bodies);
  app.use(databaseSession);
  // Every form is refused from another origin (hono's check of Origin and Sec-Fetch-Site).
  const formCsrf = csrf();
  app.use((c, next) => (isApi(c.req.path) ? next() : formCsrf(c, next)));
  app.use("/api/*", refuseCrossSiteWrites);
  for (const path of MODERATOR_PATHS) app.use(path, moderatorGate);

  app.route("/", robotsRoutes);
  app.route("/", trustRoutes);
  app.route("/", categoryRoutes);
  app.route("/", feedRoutes);
  app.route("/", postRoutes);
  app.route("/", appealRoutes);
  app.route("/", resonateRoutes);
  app.route("/", flagRoutes);
  app.route("/", searchRoutes);
  app.route("/", sessionRoutes);
  app.route("/", moderatorRoutes);
  app.route("/", queueRoutes);
  app.route("/", reviewRoutes);
  app.route("/", auditRoutes);
  app.openAPIRegistry.registerComponent("securitySchemes", "deleteToken", {
    type: "http",
    scheme: "bearer",
    description: "The one-time delete token given when the post was written.",
  });
  app.use("/api/openapi.json", async (c, next) => {
    await next();
    c.header("Cache-Control", cacheControl.apiDocument);
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "moderatorSession", {
    type: "apiKey",
    in: "cookie",
    name: "__Host-session",
    description: "Set by POST /api/mod/session; Secure, HttpOnly, SameSite=Strict.",
  });
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get("/api/openapi.json", (c) => {
    document ??= withDatabaseResponses(
      app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "Closed Door API", version: "1.0.0" } }),
    );
    return c.json(document);
  });
  app.route("/", atomRoutes);
  app.route("/", feedPageRoutes);
  app.route("/", postPageRoutes);
  app.route("/", resonatePageRoutes);
  app.route("/", flagPageRoutes);
  app.route("/", searchPageRoutes);
  app.route("/", authorPageRoutes);
  app.route("/", signInPageRoutes);
  app.route("/", queuePageRoutes);
  app.route("/", reviewPageRoutes);
  app.route("/", auditPageRoutes);
  app.route("/", moderatorPageRoutes);

  app.notFound((c) => respondWithError(c, notFound()));
  app.onError((err, c) => respondWithError(c, toApiError(err), err));
  return app;
}

function respondWithError(c: Context<AppEnv>, error: ApiError, cause?: unknown) {
  if (error.status >= 500) console.error("request failed:", describeFailure(cause));
  c.header("Cache-Control", cacheControl.private);
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  if (isApi(c.req.path)) return c.json(error.body, error.status);
  return renderError(c, error);
}

/**
 * What is logged of a failure: its kind and the driver's message, never the
 * request (headers, address) nor a query's parameters (which hold post text).
 */
function describeFailure(cause: unknown): string {
  if (!(cause instanceof Error)) return typeof cause;
  const root = cause.cause instanceof Error ? cause.cause : cause;
  return `${cause.name}: ${root.message}`;
}

function isApi(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}
