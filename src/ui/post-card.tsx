import type { PublicPost } from "../posts/queries";
import { describeAge, roleLabels } from "./labels";

type PostCardProps = { post: PublicPost; categoryName: string; link?: boolean; now: number };

/** A post as it appears in a feed (linked) or on its own page. */
export function PostCard({ post, categoryName, link = true, now }: PostCardProps) {
  return (
    <article class="post" data-category={post.category}>
      <p class="post-meta">
        <a class="post-category" href={`/c/${post.category}`}>
          {categoryName}
        </a>
        {post.role && <span class="post-role">{roleLabels[post.role]}</span>}
        <PostAge createdAt={post.createdAt} now={now} />
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

/** When a post was written, as coarsely as `describeAge` gives it. */
export function PostAge({ createdAt, now }: { createdAt: number; now: number }) {
  const age = describeAge(createdAt, now);
  return <time datetime={age.iso}>{age.text}</time>;
}
