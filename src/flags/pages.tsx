import { Hono } from "hono";
import { cacheControl } from "../cache-control";
import type { AppEnv } from "../env";
import { invalidRequest, notFound } from "../errors";
import { requestClient } from "../limits/limits";
import { sha256Hex } from "../secrets";
import { publicOrigin } from "../settings";
import { formFields, parseForm } from "../ui/form";
import { flaggingServices, flagPost } from "./file";
import { findFlag } from "./queries";
import { FlagAgainPage, FlagReceiptPage } from "./receipt-page";
import { FlagRequestSchema, ReceiptSchema, toFlagState } from "./schemas";

/** The post page's report form, and the receipt page it leads to. */
export const flagPageRoutes = new Hono<AppEnv>()
  .post("/p/:id/flag", async (c) => {
    const id = c.req.param("id");
    const fields = await formFields(c);
    const parsed = parseForm(FlagRequestSchema, { reason: fields.reason, note: fields.note || null });
    if (!parsed.ok) throw invalidRequest(parsed.issues, "Choose what is wrong with the post.");
    const services = flaggingServices(c.env, c.var.db);
    const { receipt, flag } = await flagPost(services, await requestClient(c), id, parsed.data);
    if (receipt !== null) return c.redirect(`/flags/${receipt}`, 303);
    c.header("Cache-Control", cacheControl.private);
    return c.html(<FlagAgainPage flag={toFlagState(flag)} />);
  })
  .get("/flags/:receipt", async (c) => {
    const receipt = ReceiptSchema.safeParse(c.req.param("receipt"));
    const flag = receipt.success && (await findFlag(c.var.db, await sha256Hex(receipt.data)));
    if (!receipt.success || !flag)
      throw notFound("No report has this receipt. Resolved reports are forgotten after 30 days.");
    c.header("Cache-Control", cacheControl.private);
    const address = `${publicOrigin(c.env)}/flags/${receipt.data}`;
    return c.html(<FlagReceiptPage flag={toFlagState(flag)} address={address} />);
  });
