import { raw } from "hono/html";
import { Layout } from "../ui/layout";
import type { Enrolment } from "./second-factor";

/**
 * The second step of signing in, as a page: enrolment (the QR code, the secret as text for typing, and a first
 * code to confirm it) or a code from the authenticator enrolled; then, once, the recovery codes.
 */
export function SecondFactorPage({ enrolment, problem }: { enrolment?: Enrolment | undefined; problem?: string }) {
  const title = enrolment ? "Set up your second factor" : "Your sign-in code";
  return (
    <Layout title={title} area="mod">
      <h1>{title}</h1>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {enrolment ? <EnrolmentSteps enrolment={enrolment} /> : <CodeSteps />}
      <p class="meta">
        <a href="/mod">Start again with your password</a> (this step lasts ten minutes).
      </p>
    </Layout>
  );
}

function EnrolmentSteps({ enrolment }: { enrolment: Enrolment }) {
  return (
    <>
      <p>
        Every moderator signs in with a password and a code from an authenticator app (such as Aegis, 2FAS, Google
        Authenticator or 1Password): the queue holds posts that could identify a client, so one password is not enough.
      </p>
      <ol class="steps">
        <li>
          Scan this code with the app:
          <figure class="qr-code" aria-label="QR code of your Closed Door authenticator secret">
            {raw(enrolment.qrSvg)}
          </figure>
          Or type this secret into it (time-based, six digits):{" "}
          <code class="one-time-password">{enrolment.secret.replace(/(.{4})(?=.)/g, "$1 ")}</code>
        </li>
        <li>
          <CodeForm label="Then type the six digits the app shows" action="Confirm and sign in" />
        </li>
      </ol>
    </>
  );
}

function CodeSteps() {
  return (
    <>
      <p>Open your authenticator app and type the six digits it shows for Closed Door.</p>
      <CodeForm label="Code, or a recovery code" action="Sign in" />
      <p class="meta">
        Lost the authenticator? Type one of your recovery codes instead; each works once. With none left, ask an admin
        to reset your second factor.
      </p>
    </>
  );
}

function CodeForm({ label, action }: { label: string; action: string }) {
  return (
    <form method="post" action="/mod/second-factor" class="stacked-form narrow">
      <label for="code">{label}</label>
      <input
        id="code"
        name="code"
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        maxlength={32}
        required
        autofocus
      />
      <button type="submit" class="button">
        {action}
      </button>
    </form>
  );
}

export function RecoveryCodesPage({ codes }: { codes: string[] }) {
  return (
    <Layout title="Your recovery codes" area="mod">
      <h1>Your recovery codes</h1>
      <p class="notice" role="status">
        Your second factor is set up and you are signed in.
      </p>
      <p>
        Keep these ten codes somewhere safe, away from your phone: each signs you in once if the authenticator is lost.
        They are shown this once; the board keeps only their hashes.
      </p>
      <ul class="recovery-codes">
        {codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a class="button" href="/mod">
          I have kept them: go to the queue
        </a>
      </p>
    </Layout>
  );
}
