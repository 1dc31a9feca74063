import type { ReviewItem } from "../queue/items";
import { Layout, type Viewer } from "../ui/layout";
import { type Outcome, OutcomeNotice } from "./outcome";
import { ReviewCard } from "./review-card";

type ModPostProps = { viewer: Viewer; item: ReviewItem; outcome: Outcome; now: number };

export function ModPostPage({ viewer, item, outcome, now }: ModPostProps) {
  return (
    <Layout title="Post" area="mod" signedInAs={viewer}>
      <h1>A post under review</h1>
      <OutcomeNotice outcome={outcome} />
      <ReviewCard item={item} attempt={outcome.attempt} returnTo="post" now={now} viewer={viewer.username} />
      <p>
        <a href="/mod">Back to the queue</a>
      </p>
    </Layout>
  );
}
