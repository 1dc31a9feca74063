import { Layout } from "../ui/layout";

export function SignInPage({ problem }: { problem?: string }) {
  return (
    <Layout title="Moderator sign-in" area="mod">
      <h1>Moderator sign-in</h1>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <form method="post" action="/mod/session" class="stacked-form narrow">
        <label for="username">Username</label>
        <input id="username" name="username" type="text" autocomplete="username" required />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit" class="button">
          Sign in
        </button>
      </form>
    </Layout>
  );
}
