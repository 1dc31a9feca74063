import { createRoute, z } from "@hono/zod-openapi";
import { cacheControl } from "../cache-control";
import { requestClient } from "../limits/limits";
import { createRouter, errorResponse, jsonContent } from "../openapi";
import { PostIdSchema } from "../posts/schemas";
import { addResonance, resonatingServices } from "./add";

const ResonatesSchema = z
  .object({ resonates: z.number().int().openapi({ description: "The post's count after this reader's" }) })
  .openapi("Resonates");

const resonateRoute = createRoute({
  method: "post",
  path: "/api/posts/{id}/resonates",
  tags: ["readers"],
  summary: "Mark a post as resonating: once per reader per post per day; a repeat leaves the count as it is",
  request: { params: z.object({ id: PostIdSchema }) },
  responses: {
    200: jsonContent(ResonatesSchema, "The post's count"),
    404: errorResponse("No published post has this id"),
    429: errorResponse("Over the resonates limit; the Retry-After header says when to try again"),
    503: errorResponse("The rate limiter is unavailable"),
  },
});

export const resonateRoutes = createRouter().openapi(resonateRoute, async (c) => {
  const services = resonatingServices(c.env, c.var.db);
  const { resonates } = await addResonance(services, await requestClient(c), c.req.valid("param").id);
  c.header("Cache-Control", cacheControl.private);
  return c.json({ resonates }, 200);
});
