import { Hono } from "hono";
import { cacheControl } from "../cache-control";
import type { AppEnv } from "../env";
import { AboutPage } from "./about-page";
import { PrivacyPage } from "./privacy-page";

/** The pages that say who runs the board and what it keeps: the same for every reader. */
export const trustRoutes = new Hono<AppEnv>()
  .get("/about", (c) => {
    c.header("Cache-Control", cacheControl.trustPage);
    return c.html(<AboutPage />);
  })
  .get("/privacy", (c) => {
    c.header("Cache-Control", cacheControl.trustPage);
    return c.html(<PrivacyPage />);
  });
