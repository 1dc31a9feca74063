import { Hono } from "hono";
import type { AppEnv } from "../env";
import { formFields, formStatus, isShownInPlace, parseForm } from "../ui/form";
import { signedIn } from "./gate";
import { SignInSchema } from "./schemas";
import { clearSessionCookie } from "./sessions";
import { signInFromRequest, signOut } from "./sign-in";
import { SignInPage } from "./sign-in-page";

/**
 * Signing in and out from the moderators' pages (the form itself is GET /mod, queue/pages.tsx). The gate in front
 * of /mod/* has already refused other origins and marked every answer no-store.
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
    return c.redirect("/mod", 303);
  })
  .post("/mod/sign-out", async (c) => {
    await signOut(c.var.db, signedIn(c));
    clearSessionCookie(c);
    return c.redirect("/mod", 303);
  });
