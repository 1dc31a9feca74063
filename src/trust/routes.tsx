import { Hono } from "hono";
import { cacheControl } from "../cache-control";
import { crisisResourcesFor } from "../crisis-lines";
import type { AppEnv } from "../env";
import { readerCountry } from "../reader-country";
import { AboutPage } from "./about-page";
import { GuidelinesPage } from "./guidelines-page";
import { PrivacyPage } from "./privacy-page";

/** The pages that say who runs the board, what it keeps and how to write on it. */
export const trustRoutes = new Hono<AppEnv>()
  .get("/about", (c) => {
    c.header("Cache-Control", cacheControl.trustPage);
    return c.html(<AboutPage />);
  })
  .get("/privacy", (c) => {
    c.header("Cache-Control", cacheControl.trustPage);
    return c.html(<PrivacyPage />);
  })
  .get("/guidelines", (c) => {
    // The crisis lines are the reader's country's: a browser may keep the page, a shared cache may not.
    c.header("Cache-Control", cacheControl.perReader);
    return c.html(<GuidelinesPage crisisResources={crisisResourcesFor(readerCountry(c))} />);
  });
