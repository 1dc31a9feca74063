import { CrisisResources } from "../ui/crisis-resources";
import { HighlightedText } from "../ui/highlighted-text";
import { Layout } from "../ui/layout";
import type { CreatedPost } from "./schemas";
import { SuggestionForm } from "./suggestion-form";
import { TokenBox } from "./token-box";

type SubmittedProps = {
  created: CreatedPost;
  /** The board's address, which the bookmarkable status link starts with. */
  origin: string;
  /** The suggested version of a held post was sent but not taken (a limit, a pause, too short): why, and its key to send it again. */
  retry?: { problem?: string; idempotencyKey: string };
};

/** What the author sees after submitting: published, or held with the reasons and a version to send instead; the token either way. */
export function SubmittedPage({ created, origin, retry }: SubmittedProps) {
  const { post, deleteToken, moderation } = created;
  if (post.status === "published") {
    return (
      <Layout title="Published">
        <h1>Published</h1>
        <p class="notice notice-ok" role="status">
          Your reflection is on the board. <a href={`/p/${post.id}`}>See it</a>.
        </p>
        <TokenBox token={deleteToken} origin={origin} />
      </Layout>
    );
  }
  const resources = moderation.resources;
  // Never show a person in crisis how to get past the filter.
  const suggestion = resources ? undefined : moderation.suggestion;
  return (
    <Layout title="Held for a moderator">
      {resources && <CrisisResources resources={resources} headingLevel={1} />}
      {resources ? <h2>Your post is held for a moderator</h2> : <h1>Your post is held for a moderator</h1>}
      {resources ? (
        <p class="notice" role="status">
          It is not public yet. A moderator will read it before it appears. You do not need to do anything more with it.
        </p>
      ) : (
        <p class="notice" role="status">
          It is not public yet. A moderator will read it before it appears; the marked parts are why. If you would
          rather change them yourself, delete it on the <a href="/status">status page</a> with the token below and write
          it again.
        </p>
      )}
      <HighlightedText text={post.body} reasons={moderation.reasons} id="hold" />
      {retry?.problem && (
        <p class="notice notice-error" role="alert">
          {retry.problem}
        </p>
      )}
      {suggestion !== undefined && (
        <SuggestionForm
          suggestion={suggestion}
          category={post.category}
          role={post.role ?? ""}
          token={deleteToken}
          idempotencyKey={retry?.idempotencyKey}
        >
          <p>
            Your post waits for a moderator as it is; you need not do anything. If you prefer, withdraw it and send this
            version instead: one click deletes the held post and sends this one, which is checked like any new post.
          </p>
        </SuggestionForm>
      )}
      <TokenBox token={deleteToken} origin={origin} />
    </Layout>
  );
}
