/**
 * The delete token, shown once, with what it is for and that it cannot be shown again; and a link to the status page
 * that carries the token in its fragment, which a browser never sends to a server (so no server log holds it), to
 * bookmark. Copy buttons appear with the script; without it each is a field whose text selects whole.
 */
export function TokenBox({ token, origin }: { token: string; origin: string }) {
  const link = `${origin}/status#token=${token}`;
  return (
    <section class="token-box" aria-labelledby="token-title" data-post-sent>
      <h2 id="token-title">Save your delete token now</h2>
      <p>
        This is the only time it is shown. With it you can see what became of your post or delete it for good, on the{" "}
        <a href="/status">status page</a>. We keep only a hash of it, so no one can send it to you again.
      </p>
      <label for="delete-token">Your delete token</label>
      <div class="token-row">
        {/* A text area, not a field: on a phone the whole token shows, wrapped, rather than its first half. */}
        <textarea id="delete-token" class="token" rows={2} readonly spellcheck={false}>
          {token}
        </textarea>
        <button type="button" class="button secondary" data-copy="delete-token" hidden>
          Copy
        </button>
      </div>
      <p>
        Or bookmark <a href={`/status#token=${token}`}>this link to your post's status</a>: the token rides after the
        "#", which your browser keeps to itself, so it reaches no server log. Anyone with the link can delete the post.
      </p>
      <label for="status-link">The link, to copy</label>
      <div class="token-row">
        <textarea id="status-link" class="token" rows={2} readonly spellcheck={false}>
          {link}
        </textarea>
        <button type="button" class="button secondary" data-copy="status-link" hidden>
          Copy
        </button>
      </div>
    </section>
  );
}
