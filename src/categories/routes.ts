import { createRoute, z } from "@hono/zod-openapi";
import { cacheControl } from "../cache-control";
import { createRouter, jsonContent } from "../openapi";
import { listCategories } from "./queries";

const CategorySchema = z
  .object({
    slug: z.string().openapi({ example: "burnout" }),
    name: z.string().openapi({ example: "Burnout and compassion fatigue" }),
    description: z.string(),
    postCount: z.number().int().openapi({ description: "Published posts in the category." }),
  })
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
