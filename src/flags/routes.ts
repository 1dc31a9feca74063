import { createRoute, z } from "@hono/zod-openapi";
import { cacheControl } from "../cache-control";
import { notFound } from "../errors";
import { requestClient } from "../limits/limits";
import { createRouter, errorResponse, jsonContent } from "../openapi";
import { PostIdSchema } from "../posts/schemas";
import { sha256Hex } from "../secrets";
import { flaggingServices, flagPost } from "./file";
import { findFlag } from "./queries";
import { FlagReceiptSchema, FlagRequestSchema, FlagStateSchema, ReceiptSchema, toFlagState } from "./schemas";

const flagRoute = createRoute({
  method: "post",
  path: "/api/posts/{id}/flags",
  tags: ["readers"],
  summary: "Flag a post for moderators, with a reason; the receipt tells later what became of it",
  request: {
    params: z.object({ id: PostIdSchema }),
    body: { required: true, content: { "application/json": { schema: FlagRequestSchema } } },
  },
  responses: {
    202: jsonContent(FlagReceiptSchema, "Taken. A second flag of the same post by the same reader changes nothing."),
    400: errorResponse("The reason or note is not valid"),
    404: errorResponse("No published post has this id"),
    429: errorResponse("Over the flag limit; the Retry-After header says when to try again"),
    503: errorResponse("The rate limiter is unavailable"),
  },
});

const receiptRoute = createRoute({
  method: "get",
  path: "/api/flags/{receipt}",
  tags: ["readers"],
  summary: "What became of a flag: open, post hidden, post removed, post redacted, or flag dismissed",
  request: { params: z.object({ receipt: ReceiptSchema }) },
  responses: {
    200: jsonContent(z.object({ flag: FlagStateSchema }), "The flag's state"),
    400: errorResponse("This is not a receipt"),
    404: errorResponse("No flag has this receipt (resolved flags are forgotten after 30 days)"),
  },
});

export const flagRoutes = createRouter()
  .openapi(flagRoute, async (c) => {
    const services = flaggingServices(c.env, c.var.db);
    const { receipt, flag } = await flagPost(
      services,
      await requestClient(c),
      c.req.valid("param").id,
      c.req.valid("json"),
    );
    c.header("Cache-Control", cacheControl.private);
    return c.json({ receipt, flag: toFlagState(flag) }, 202);
  })
  .openapi(receiptRoute, async (c) => {
    const flag = await findFlag(c.var.db, await sha256Hex(c.req.valid("param").receipt));
    if (!flag) throw notFound("No flag has this receipt.");
    c.header("Cache-Control", cacheControl.private);
    return c.json({ flag: toFlagState(flag) }, 200);
  });
