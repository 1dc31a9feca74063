import { CLIENT_DAY_SECONDS } from "../limits/client-key";
import {
  IDEMPOTENCY_KEPT_MS,
  READER_KEYS_KEPT_MS,
  REMOVED_BODY_KEPT_MS,
  SETTLED_FLAGS_KEPT_MS,
} from "../retention/purge";
import { DAY_MS, HOUR_MS } from "../time";
import { Layout } from "../ui/layout";

const hours = (ms: number) => `${ms / HOUR_MS} hours`;
const days = (ms: number) => `${ms / DAY_MS} days`;

/** Exactly what the board keeps, for how long, what it never keeps, and what someone with its data could learn. */
export function PrivacyPage() {
  return (
    <Layout title="Privacy" description="What Closed Door keeps, for how long, and what it never keeps.">
      <h1>Privacy</h1>
      <p class="lede">
        Closed Door keeps as little as it can, and nothing that can tie a post to the person who wrote it.
      </p>

      <section aria-labelledby="never-title">
        <h2 id="never-title">Never kept</h2>
        <ul>
          <li>Your IP address, your browser's name (User-Agent), or any other header of your request.</li>
          <li>Cookies: readers and authors get none. Only moderators' sign-in uses cookies.</li>
          <li>
            If you hide the introduction on the front page, your browser keeps a note of it (in its local storage). The
            note never leaves your browser: the board never sees it, and clearing your browser's site data removes it.
          </li>
          <li>
            While you write, your browser keeps your unsent draft in that tab only (its session storage), so a lost
            connection or a reload does not lose it. It never leaves your browser, is gone when the board has your post,
            and is gone when you close the tab.
          </li>
          <li>The exact time you posted: posts, resonates and reports are kept to the hour.</li>
          <li>Logs of who read or wrote what: the board logs only the kind of an error, never a request.</li>
        </ul>
      </section>

      <section aria-labelledby="kept-title">
        <h2 id="kept-title">Kept, and for how long</h2>
        <table>
          <caption class="visually-hidden">What the board keeps and for how long</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">How long</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Your post: its text, category, your role and the hour it was posted</td>
              <td>
                Until you delete it, or {days(REMOVED_BODY_KEPT_MS)} after a moderator removes it (then only the reason)
              </td>
            </tr>
            <tr>
              <td>A hash of your delete token (the token itself is shown to you once, never kept)</td>
              <td>As long as the post</td>
            </tr>
            <tr>
              <td>
                Counts of resonates and reports on a post, with a key per reader and post so one reader counts once
              </td>
              <td>The keys {hours(READER_KEYS_KEPT_MS)}; the counts as long as the post</td>
            </tr>
            <tr>
              <td>A report on a post: its reason and the note its reader wrote</td>
              <td>Until {days(SETTLED_FLAGS_KEPT_MS)} after a moderator settles it</td>
            </tr>
            <tr>
              <td>
                An appeal of a held or removed post: its note, the hour it was sent, and the moderator's answer; and,
                when a moderator edited a post, the day and the kind of detail taken out (never the old text)
              </td>
              <td>As long as the post</td>
            </tr>
            <tr>
              <td>The answer to a post sent with an Idempotency-Key, so a retry does not post twice</td>
              <td>{hours(IDEMPOTENCY_KEPT_MS)}, and deleted with the post</td>
            </tr>
            <tr>
              <td>
                A random key of the day, and how many posts each client made that day, to enforce the daily limit
                (outside the database, keyed by that day's random key)
              </td>
              <td>{hours(CLIENT_DAY_SECONDS * 1000)}</td>
            </tr>
            <tr>
              <td>The database's own history, kept by the hosting provider for recovery</td>
              <td>30 days</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="learn-title">
        <h2 id="learn-title">What someone with our data could learn</h2>
        <p>
          <strong>Anyone</strong> sees published posts, their category and role, and the hour they were posted.
        </p>
        <p>
          <strong>An operator of the board, or a court order for its database,</strong> would find every post (including
          held and removed ones), but no address, browser, cookie or header, and nothing that links two posts to one
          author: each day's key is random, lives 48 hours outside the database, and is then gone.
        </p>
        <p>
          <strong>What nobody can learn from us</strong> is who wrote a post. We cannot answer that question, because we
          never had the answer. What the board cannot protect against (your own network, or a story only your client
          would recognize) is listed in the project's security notes.
        </p>
      </section>
    </Layout>
  );
}
