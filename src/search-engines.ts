import { Hono, type MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { settingsOf } from "./settings";

/**
 * The board is not indexed by default: a client searching their own story must not find a post about them. Every
 * answer says `X-Robots-Tag: noindex, nofollow`, every page carries the same meta tag (ui/layout.tsx), and
 * /robots.txt disallows everything. An operator who wants the board indexed sets SEARCH_ENGINES = "index".
 */

const indexed = (env: AppEnv["Bindings"]) => settingsOf(env).SEARCH_ENGINES === "index";

export const searchEngines: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!indexed(c.env)) {
    c.header("X-Robots-Tag", "noindex, nofollow");
    return;
  }
  if (c.res.headers.get("Content-Type")?.startsWith("text/html")) {
    c.res = new HTMLRewriter()
      .on('meta[name="robots"]', {
        element(meta) {
          meta.remove();
        },
      })
      .transform(c.res);
  }
};

export const robotsRoutes = new Hono<AppEnv>().get("/robots.txt", (c) => {
  c.header("Cache-Control", "public, max-age=3600");
  return c.text(
    indexed(c.env) ? "User-agent: *\nDisallow: /mod\nDisallow: /api/mod\n" : "User-agent: *\nDisallow: /\n",
  );
});
