import { z } from "@hono/zod-openapi";
import { createSchemaFactory } from "drizzle-zod";

/**
 * Zod schemas of rows, made from the drizzle schema so a column is written once: a feature picks the columns its
 * API shows and overrides only what it shows differently (a time as text). Made with @hono/zod-openapi's zod, so
 * they carry `.openapi()` like every other schema.
 */
export const { createSelectSchema } = createSchemaFactory({ zodInstance: z });
