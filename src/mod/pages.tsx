import { Hono } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { formFields, formStatus, isShownInPlace, parseForm } from "../ui/form";
import { signedIn } from "./gate";
import { SecondFactorSchema, SignInSchema } from "./schemas";
import { RecoveryCodesPage, SecondFactorPage } from "./second-factor-page";
import { enrolmentFor, pendingFromRequest, secondFactorFromRequest } from "./second-factor-step";
import { clearSessionCookie } from "./sessions";
import { signInFromRequest, signOut } from "./sign-in";
import { SignInPage } from "./sign-in-page";

/**
 * Signing in and out from the moderators' pages (the form itself is GET /mod, queue/pages.tsx): the password, then
 * the second factor (enrolled at the first sign-in). The gate in front of /mod/* has already refused other origins
 * and marked every answer no-store.
 */
export const signInPageRoutes = new Hono<AppEnv>()
  .post("/mod/session", async (c) => {
    const fields = await formFields(c);
    const parsed = parseForm(SignInSchema, { username: fields.username ?? "", password: fields.password ?? "" });
    if (!parsed.ok) return c.html(<SignInPage problem="Give a username and a password." />);
    try {
      await signInFromRequest(c, parsed.data);
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.html(<SignInPage problem={error.message} />, formStatus(error.status));
    }
    return c.redirect("/mod/second-factor", 303);
  })
  .get("/mod/second-factor", async (c) => {
    const step = await pendingFromRequest(c).catch(signInAgain);
    if (!step) return c.redirect("/mod", 303);
    return c.html(<SecondFactorPage enrolment={await enrolmentFor(step.key, step.pending)} />);
  })
  .post("/mod/second-factor", async (c) => {
    const parsed = parseForm(SecondFactorSchema, { code: (await formFields(c)).code ?? "" });
    try {
      if (!parsed.ok) throw new ApiError(400, "invalid_request", "Type the code your authenticator shows.");
      const { recoveryCodes } = await secondFactorFromRequest(c, parsed.data.code);
      return recoveryCodes ? c.html(<RecoveryCodesPage codes={recoveryCodes} />) : c.redirect("/mod", 303);
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      const step = await pendingFromRequest(c).catch(signInAgain);
      if (!step) return c.redirect("/mod", 303);
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      const enrolment = await enrolmentFor(step.key, step.pending);
      return c.html(<SecondFactorPage enrolment={enrolment} problem={error.message} />, formStatus(error.status));
    }
  })
  .post("/mod/sign-out", async (c) => {
    await signOut(c.var.db, signedIn(c));
    clearSessionCookie(c);
    return c.redirect("/mod", 303);
  });

/** No live half-session (never signed in, or its ten minutes are up): back to the password. */
function signInAgain(error: unknown): undefined {
  if (error instanceof ApiError && error.status === 401) return undefined;
  throw error;
}
