import type { PublicPost } from "../posts/queries";
import { describeAge, roleLabels } from "./labels";

type PostCardProps = { post: PublicPost; categoryName: string; link?: boolean; now: number };

/** A post as it appears in a feed (linked) or on its own page. */
export function PostCard({ post, categoryName, link = true, now }: PostCardProps) {
  const age = describeAge(post.createdAt, now);
  return (
    <article class="post" data-category={post.category}>
      <p class="post-meta">
        <a class="post-category" href={`/c/${post.category}`}>
          {categoryName}
        </a>
        {post.role && <span class="post-role">{roleLabels[post.role]}</span>}
        <time datetime={age.iso}>{age.text}</time>
      </p>
      <div class="post-body">{post.body}</div>
      <p class="post-foot">
        <span class="post-resonates">
          {post.resonates} {post.resonates === 1 ? "person resonates" : "people resonate"}
        </span>
        {link && (
          <a class="post-link" href={`/p/${post.id}`}>
            Open
          </a>
        )}
      </p>
    </article>
  );
}
