import type { Db } from "./db/client";
import type { D1Meter } from "./db/meter";
import type { SignedIn } from "./mod/sessions";

/** The Hono environment of every route: the Worker's bindings and per-request values. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    db: Db;
    /** The D1 session behind `db` (see src/db/session.ts), for its bookmark. */
    d1Session?: D1DatabaseSession;
    /** The request's D1 round trips and rows read, when the D1_METER setting is on. */
    d1Meter?: D1Meter;
    /** Set by the moderator gate on /api/mod/* and /mod/* once a session is proved. */
    moderator?: SignedIn;
  };
};
