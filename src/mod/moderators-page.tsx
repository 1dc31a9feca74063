import { type Context, Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env";
import { utcDay } from "../time";
import { formFields, isShownInPlace, parseForm } from "../ui/form";
import { Layout, type Viewer } from "../ui/layout";
import { listModerators, type ModeratorActivity } from "./accounts";
import { signedIn } from "./gate";
import { type AccountChange, addModerator, changeModerator } from "./moderators";
import { NewModeratorSchema } from "./schemas";

/**
 * The admin screen, /mod/moderators: every account with its role, status, last sign-in day and second factor, a
 * form to add one (its password shown once, on the answer itself, never in an address), and a form per change.
 * The gate in front of /mod/* lets only admins in (403 for anyone else) and marks every answer no-store.
 */

const CHANGES = {
  disable: { disabled: true },
  enable: { disabled: false },
  "make-admin": { role: "admin" },
  "make-moderator": { role: "moderator" },
  "reset-second-factor": { resetSecondFactor: true },
} as const satisfies Record<string, AccountChange>;
type ChangeName = keyof typeof CHANGES;

const DONE: Record<ChangeName, string> = {
  disable: "Disabled: their sessions have ended and they cannot sign in.",
  enable: "Enabled: they can sign in again.",
  "make-admin": "They are an admin now.",
  "make-moderator": "They are a moderator now, no longer an admin.",
  "reset-second-factor":
    "Their second factor is reset and their sessions ended: at their next sign-in they set up a new authenticator.",
};

const ChangeForm = z.object({ change: z.enum(Object.keys(CHANGES) as [ChangeName, ...ChangeName[]]) });
const Done = z.object({ done: ChangeForm.shape.change.optional().catch(undefined) });

type Shown = { done?: string; problem?: string; added?: { username: string; password?: string } };

export const moderatorPageRoutes = new Hono<AppEnv>()
  .get("/mod/moderators", async (c) => {
    const { done } = Done.parse(c.req.query());
    return renderModerators(c, done ? { done: DONE[done] } : {}, 200);
  })
  .post("/mod/moderators", async (c) => {
    const fields = await formFields(c);
    const parsed = parseForm(NewModeratorSchema, { username: fields.username ?? "", role: fields.role || undefined });
    if (!parsed.ok) return renderModerators(c, { problem: parsed.issues[0]?.message }, 200);
    try {
      const { moderator, generatedPassword } = await addModerator(
        c.var.db,
        signedIn(c).moderatorId,
        parsed.data,
        Date.now(),
      );
      return renderModerators(c, { added: { username: moderator.username, password: generatedPassword } }, 200);
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      return renderModerators(c, { problem: error.message }, 200);
    }
  })
  .post("/mod/moderators/:id", async (c) => {
    const parsed = ChangeForm.safeParse(await formFields(c));
    if (!parsed.success) return renderModerators(c, { problem: "Choose a change." }, 200);
    const { change } = parsed.data;
    try {
      await changeModerator(c.var.db, signedIn(c).moderatorId, c.req.param("id"), CHANGES[change], Date.now());
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      return renderModerators(c, { problem: error.message }, 200);
    }
    return c.redirect(`/mod/moderators?done=${change}`, 303);
  });

async function renderModerators(c: Context<AppEnv>, shown: Shown, status: 200) {
  const moderators = await listModerators(c.var.db);
  return c.html(<ModeratorsPage viewer={signedIn(c)} moderators={moderators} shown={shown} />, status);
}

function ModeratorsPage({
  viewer,
  moderators,
  shown,
}: {
  viewer: Viewer & { moderatorId: string };
  moderators: ModeratorActivity[];
  shown: Shown;
}) {
  return (
    <Layout title="Moderators" area="mod" signedInAs={viewer}>
      <h1>Moderators</h1>
      {shown.done && (
        <p class="notice" role="status">
          {shown.done}
        </p>
      )}
      {shown.problem && (
        <p class="notice notice-error" role="alert">
          {shown.problem}
        </p>
      )}
      {shown.added && <AddedNotice added={shown.added} />}
      <div class="table-scroll">
        <table class="audit moderators">
          <caption>Every account, with what you can change</caption>
          <thead>
            <tr>
              <th scope="col">Username</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Second factor</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {moderators.map((moderator) => (
              <tr>
                <th scope="row">{moderator.username}</th>
                <td>{moderator.role}</td>
                <td>{moderator.disabled ? "disabled" : "active"}</td>
                <td>{moderator.lastSignInAt === null ? "never" : utcDay(moderator.lastSignInAt)}</td>
                <td>{moderator.secondFactor ? "set up" : "not set up yet"}</td>
                <td>
                  {moderator.id === viewer.moderatorId ? "your own account" : <ChangeForms moderator={moderator} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="add">Add a moderator</h2>
      <form method="post" action="/mod/moderators" class="stacked-form narrow" aria-labelledby="add">
        <label for="new-username">Username</label>
        <input id="new-username" name="username" type="text" autocomplete="off" required maxlength={32} />
        <label for="new-role">Role</label>
        <select id="new-role" name="role">
          <option value="moderator">moderator</option>
          <option value="admin">admin</option>
        </select>
        <button type="submit" class="button">
          Add, with a password shown once
        </button>
      </form>
    </Layout>
  );
}

function AddedNotice({ added }: { added: { username: string; password?: string } }) {
  return (
    <div class="notice" role="status">
      <p>
        Added <strong>{added.username}</strong>.
        {added.password &&
          " Their password is below, shown this once: give it to them in person or by a channel you trust."}
      </p>
      {added.password && (
        <p>
          <code class="one-time-password">{added.password}</code>
        </p>
      )}
    </div>
  );
}

function ChangeForms({ moderator }: { moderator: ModeratorActivity }) {
  const { id, username } = moderator;
  const offered: ChangeName[] = [
    moderator.disabled ? "enable" : "disable",
    moderator.role === "admin" ? "make-moderator" : "make-admin",
    ...(moderator.secondFactor ? (["reset-second-factor"] as const) : []),
  ];
  const labels: Record<ChangeName, string> = {
    disable: `Disable ${username}`,
    enable: `Enable ${username}`,
    "make-admin": `Make ${username} an admin`,
    "make-moderator": `Make ${username} a moderator`,
    "reset-second-factor": `Reset ${username}'s second factor`,
  };
  return (
    <div class="row-actions">
      {offered.map((change) => (
        <form method="post" action={`/mod/moderators/${encodeURIComponent(id)}`} class="inline-form">
          <input type="hidden" name="change" value={change} />
          <button
            type="submit"
            class={`button secondary${change === "disable" || change === "reset-second-factor" ? " danger" : ""}`}
          >
            {labels[change]}
          </button>
        </form>
      ))}
    </div>
  );
}
