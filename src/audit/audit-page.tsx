import { formatExact } from "../review/review-card";
import { Layout, type Viewer } from "../ui/layout";
import type { AuditFilter, AuditRow } from "./queries";

export function AuditPage({
  viewer,
  entries,
  nextHref,
  filter,
  usernames,
  actions,
}: {
  viewer: Viewer;
  entries: AuditRow[];
  nextHref: string | null;
  filter: AuditFilter;
  usernames: string[];
  actions: readonly string[];
}) {
  return (
    <Layout title="Audit log" area="mod" signedInAs={viewer}>
      <h1>Audit log</h1>
      <p class="lede">Every moderator action and sign-in, newest first. Entries can never be changed.</p>
      <form method="get" action="/mod/audit" class="filters" aria-label="Filter the log">
        <label>
          Moderator
          <select name="moderator">
            <option value="">anyone</option>
            {usernames.map((username) => (
              <option value={username} selected={filter.moderator === username}>
                {username}
              </option>
            ))}
          </select>
        </label>
        <label>
          Action
          <select name="action">
            <option value="">any</option>
            {actions.map((action) => (
              <option value={action} selected={filter.action === action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" name="from" value={filter.from ?? ""} />
        </label>
        <label>
          To
          <input type="date" name="to" value={filter.to ?? ""} />
        </label>
        <button type="submit" class="button secondary">
          Show
        </button>
      </form>
      {entries.length === 0 && <p class="empty">No entry matches.</p>}
      <div class="table-scroll wide">
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
