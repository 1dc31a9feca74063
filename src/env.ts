import type { Db } from "./db/client";
import type { SignedIn } from "./mod/sessions";

/** The Hono environment of every route: the Worker's bindings and per-request values. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    db: Db;
    /** The D1 session behind `db` (see src/db/session.ts), for its bookmark. */
    d1Session?: D1DatabaseSession;
    /** Set by the moderator gate on /api/mod/* and /mod/* once a session is proved. */
    moderator?: SignedIn;
  };
};
