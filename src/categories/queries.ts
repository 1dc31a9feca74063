import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { allRows, builtOnce } from "../db/prepared";
import { type Category, categories } from "../db/schema";

export function listCategories(db: Db): Promise<Category[]> {
  return allRows(db, everyCategory());
}

// Every HTML page's category menu, built once (src/db/prepared.ts).
const everyCategory = builtOnce((db) => db.select().from(categories).orderBy(asc(categories.position)).prepare());

export function findCategory(db: Db, slug: string): Promise<Category | undefined> {
  return db.select().from(categories).where(eq(categories.slug, slug)).limit(1).get();
}
