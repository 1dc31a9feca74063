import { formatExact } from "../review/review-card";
import { Layout, type Viewer } from "../ui/layout";
import type { AuditRow } from "./queries";

export function AuditPage({
  viewer,
  entries,
  nextHref,
}: {
  viewer: Viewer;
  entries: AuditRow[];
  nextHref: string | null;
}) {
  return (
    <Layout title="Audit log" area="mod" signedInAs={viewer}>
      <h1>Audit log</h1>
      <p class="lede">Every moderator action and sign-in, newest first. Entries can never be changed.</p>
      <div class="table-scroll">
        <table class="audit">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Post</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td>{formatExact(entry.at)}</td>
                <td>{entry.moderator}</td>
                <td>
                  {entry.action}
                  {entry.subject && ` ${entry.subject}`}
                </td>
                <td>{entry.postId && <a href={`/mod/posts/${entry.postId}`}>{entry.postId}</a>}</td>
                <td>{entry.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextHref && (
        <a class="older" rel="next" href={nextHref}>
          Older entries
        </a>
      )}
    </Layout>
  );
}
