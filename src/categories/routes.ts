import { createRoute, z } from "@hono/zod-openapi";
import { cacheControl } from "../cache-control";
import { categories } from "../db/schema";
import { createSelectSchema } from "../db/zod";
import { createRouter, jsonContent } from "../openapi";
import { listCategories } from "./queries";

/** A category as the API shows it: its row, but for its place in the menu (the list's order says it). */
const CategorySchema = createSelectSchema(categories, {
  slug: (slug) => slug.openapi({ example: "burnout" }),
  name: (name) => name.openapi({ example: "Burnout and compassion fatigue" }),
  postCount: (count) => count.openapi({ description: "Published posts in the category." }),
})
  .omit({ position: true })
  .openapi("Category");

const listRoute = createRoute({
  method: "get",
  path: "/api/categories",
  tags: ["feed"],
  summary: "The categories, in menu order, with their published post counts",
  responses: {
    200: jsonContent(z.object({ categories: z.array(CategorySchema) }), "The categories"),
  },
});

export const categoryRoutes = createRouter().openapi(listRoute, async (c) => {
  const rows = await listCategories(c.var.db);
  const categories = rows.map(({ slug, name, description, postCount }) => ({ slug, name, description, postCount }));
  c.header("Cache-Control", cacheControl.categories);
  return c.json({ categories }, 200);
});
