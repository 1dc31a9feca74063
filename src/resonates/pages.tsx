import { Hono } from "hono";
import { cacheControl } from "../cache-control";
import type { AppEnv } from "../env";
import { requestClient } from "../limits/limits";
import { renderPost } from "../posts/pages";
import { addResonance, resonatingServices } from "./add";

/**
 * The post page's "This resonates with me" form. The thanks is this answer's alone, not an address anyone could
 * share: no redirect to a "?resonated" page.
 */
export const resonatePageRoutes = new Hono<AppEnv>().post("/p/:id/resonate", async (c) => {
  const id = c.req.param("id");
  const { added } = await addResonance(resonatingServices(c.env, c.var.db), await requestClient(c), id);
  c.header("Cache-Control", cacheControl.private);
  return renderPost(c, id, added ? "now" : "before");
});
