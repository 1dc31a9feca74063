import { Layout } from "../ui/layout";

/** What Closed Door is, who moderates it and how, and its two promises in plain words. */
export function AboutPage() {
  return (
    <Layout title="About" description="What Closed Door is, who moderates it, and the two promises it keeps.">
      <h1>About Closed Door</h1>
      <p class="lede">
        An anonymous board where therapists, counselors and other clinicians say what they cannot say in session: the
        frustration, doubt, grief and gratitude of the work.
      </p>

      <section aria-labelledby="promises-title">
        <h2 id="promises-title">Two promises</h2>
        <ol>
          <li>
            <strong>You stay anonymous.</strong> There are no accounts. The board never keeps your address, your
            browser's name or any other detail of your request, and nothing it keeps can tie a post to you. The{" "}
            <a href="/privacy">privacy page</a> lists exactly what is kept and for how long.
          </li>
          <li>
            <strong>No client can be identified.</strong> Every post is checked before anyone reads it: names, places
            smaller than a state, precise dates, numbers, links and rare details that point at one person are stopped,
            and you are shown what to change. The <a href="/guidelines">guidelines</a> show how to tell a story without
            them.
          </li>
        </ol>
        <p>These two promises come before every feature. A change that would weaken either is not made.</p>
      </section>

      <section aria-labelledby="moderation-title">
        <h2 id="moderation-title">Who moderates, and how</h2>
        <p>
          Posts are checked first by an automatic filter that runs on every submission. It publishes what is clearly
          safe, holds for a person what might identify someone, and refuses contact details outright. A post that says
          its author may be in danger is never published unread: it is held, and its author is shown crisis lines
          straight away.
        </p>
        <p>
          Held posts, and posts readers report, are read by the board's moderators, each with their own account. A
          moderator can publish a post, remove it, or take out the detail that could identify someone and publish the
          rest. Every moderator action is written to an audit log that nobody can change.
        </p>
        <p>
          Readers can report a post that could identify someone, that is harmful, or that is spam. Every report is read
          by a moderator. A report never removes a post by itself: reports from several readers hide it until a
          moderator has read it.
        </p>
        <p>
          An author whose post was held or removed can appeal once, from the post's status page with its delete token: a
          moderator reads the note and answers there, with a reason. Moderators sign in with a password and a code from
          an authenticator app, and every action they take is kept in a log that cannot be changed.
        </p>
      </section>

      <section aria-labelledby="developers-title">
        <h2 id="developers-title">For developers</h2>
        <p>
          Everything a reader and an author can do is also a JSON API, described in its{" "}
          <a href="/api/openapi.json">OpenAPI document</a>. The board's feeds are listed on{" "}
          <a href="/feeds">Follow the board</a>.
        </p>
      </section>

      <section aria-labelledby="yours-title">
        <h2 id="yours-title">Your post stays yours</h2>
        <p>
          When you post, you get a delete token, shown once. With it you can see your post's status (published, held or
          removed, and why) and delete it at any time on <a href="/status">your post's status</a> page. We cannot
          recover a lost token: nothing we keep knows who you are.
        </p>
      </section>
    </Layout>
  );
}
