import { type Appeal, appealsOf } from "../appeals/queries";
import { type AuditRow, historyOf } from "../audit/queries";
import { listCategories } from "../categories/queries";
import type { Db } from "../db/client";
import type { Post } from "../db/schema";
import { type Claim, claimsOf } from "../review/claims";
import { type OpenFlags, openFlagsOf } from "./queries";

/** `categoryName`: the category as readers see it, not its slug; `claim`: who is working on it now, if anyone. */
export type ReviewItem = {
  post: Post;
  categoryName: string;
  flags: OpenFlags;
  history: AuditRow[];
  claim: Claim | null;
  /** The author's appeal, waiting or answered. */
  appeal: Appeal | null;
};

const NO_FLAGS: OpenFlags = { total: 0, byReason: {}, notes: [], since: null };

/** What a moderator needs to decide on each post: its open flags, what moderators did to it before, who has it now. */
export async function reviewItemsOf(db: Db, posts: Post[]): Promise<ReviewItem[]> {
  const ids = posts.map((post) => post.id);
  const [flags, history, categories, claims, appeals] = await Promise.all([
    openFlagsOf(db, ids),
    historyOf(db, ids),
    listCategories(db),
    claimsOf(db, ids, Date.now()),
    appealsOf(db, ids),
  ]);
  const names = new Map(categories.map((category) => [category.slug, category.name]));
  return posts.map((post) => ({
    post,
    categoryName: names.get(post.category) ?? post.category,
    flags: flags.get(post.id) ?? NO_FLAGS,
    history: history.get(post.id) ?? [],
    claim: claims.get(post.id) ?? null,
    appeal: appeals.get(post.id) ?? null,
  }));
}
