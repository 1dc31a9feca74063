import type { CreatedPost } from "../posts/schemas";
import { CrisisResources } from "./crisis-resources";
import { HighlightedText } from "./highlighted-text";
import { Layout } from "./layout";
import { TokenBox } from "./token-box";

/** What the author sees after submitting: published, or held with the reasons; the token either way. */
export function SubmittedPage({ created }: { created: CreatedPost }) {
  const { post, deleteToken, moderation } = created;
  if (post.status === "published") {
    return (
      <Layout title="Published">
        <h1>Published</h1>
        <p class="notice notice-ok" role="status">
          Your reflection is on the board. <a href={`/p/${post.id}`}>See it</a>.
        </p>
        <TokenBox token={deleteToken} />
      </Layout>
    );
  }
  const inCrisis = moderation.resources !== undefined;
  return (
    <Layout title="Held for a moderator">
      {inCrisis && <CrisisResources headingLevel={1} />}
      {inCrisis ? <h2>Your post is held for a moderator</h2> : <h1>Your post is held for a moderator</h1>}
      <p class="notice" role="status">
        It is not public yet. A moderator will read it before it appears; the marked parts are why. If you would rather
        change them yourself, delete it on the <a href="/status">status page</a> with the token below and write it
        again.
      </p>
      <HighlightedText text={post.body} reasons={moderation.reasons} id="hold" />
      <TokenBox token={deleteToken} />
    </Layout>
  );
}
