import type { Db } from "./db/client";

/** The Hono environment of every route: the Worker's bindings and per-request values. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    db: Db;
  };
};
