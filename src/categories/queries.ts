import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { type Category, categories } from "../db/schema";

export function listCategories(db: Db): Promise<Category[]> {
  return db.select().from(categories).orderBy(asc(categories.position));
}

export function findCategory(db: Db, slug: string): Promise<Category | undefined> {
  return db.select().from(categories).where(eq(categories.slug, slug)).limit(1).get();
}
