import type { Category } from "../db/schema";
import type { PublicPost } from "../posts/queries";
import { Layout } from "./layout";
import { PostCard } from "./post-card";

type PostPageProps = { post: PublicPost; category?: Category; now: number };

export function PostPage({ post, category, now }: PostPageProps) {
  const categoryName = category?.name ?? post.category;
  return (
    <Layout title={`A reflection in ${categoryName}`}>
      <nav class="breadcrumb" aria-label="Back">
        <a href={`/c/${post.category}`}>← {categoryName}</a>
      </nav>
      <h1 class="visually-hidden">A reflection in {categoryName}</h1>
      <PostCard post={post} categoryName={categoryName} link={false} now={now} />
    </Layout>
  );
}
