import { type AuditRow, historyOf } from "../audit/queries";
import { listCategories } from "../categories/queries";
import type { Db } from "../db/client";
import type { Post } from "../db/schema";
import { type OpenFlags, openFlagsOf } from "./queries";

/** `categoryName`: the category as readers see it, not its slug. */
export type ReviewItem = { post: Post; categoryName: string; flags: OpenFlags; history: AuditRow[] };

const NO_FLAGS: OpenFlags = { total: 0, byReason: {}, notes: [], since: null };

/** What a moderator needs to decide on each post: its open flags and what moderators did to it before. */
export async function reviewItemsOf(db: Db, posts: Post[]): Promise<ReviewItem[]> {
  const ids = posts.map((post) => post.id);
  const [flags, history, categories] = await Promise.all([
    openFlagsOf(db, ids),
    historyOf(db, ids),
    listCategories(db),
  ]);
  const names = new Map(categories.map((category) => [category.slug, category.name]));
  return posts.map((post) => ({
    post,
    categoryName: names.get(post.category) ?? post.category,
    flags: flags.get(post.id) ?? NO_FLAGS,
    history: history.get(post.id) ?? [],
  }));
}
