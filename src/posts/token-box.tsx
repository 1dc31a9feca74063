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
      <CopyField id="delete-token" label="Your delete token" value={token} />
      <p>
        Or bookmark <a href={`/status#token=${token}`}>this link to your post's status</a>: the token rides after the
        "#", which your browser keeps to itself, so it reaches no server log. Anyone with the link can delete the post.
      </p>
      <CopyField id="status-link" label="The link, to copy" value={link} />
    </section>
  );
}

/**
 * A value to copy: a text area, not a field, so that on a phone the whole of it shows, wrapped, rather than its first
 * half; the Copy button appears with the script.
 */
function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <>
      <label for={id}>{label}</label>
      <div class="token-row">
        <textarea id={id} class="token" rows={2} readonly spellcheck={false}>
          {value}
        </textarea>
        <button type="button" class="button secondary" data-copy={id} hidden>
          Copy
        </button>
      </div>
    </>
  );
}
