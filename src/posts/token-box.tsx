/** The delete token, shown once, with what it is for and that it cannot be shown again. */
export function TokenBox({ token }: { token: string }) {
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
    </section>
  );
}
