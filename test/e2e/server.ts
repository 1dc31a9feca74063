import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    moderator: { username: string; password: string };
    admin: { username: string; password: string };
    reviewer: { username: string; password: string };
  }
}

/** The moderator the browser tests sign in as, created with `npm run mod:create` as an operator would. */
const MODERATOR = { username: "e2e-moderator", password: "a long e2e moderator passphrase" };
/** The admin the admin screen's browser test signs in as. */
const ADMIN = { username: "e2e-admin", password: "a long e2e admin passphrase" };
/** The moderator of the claim and appeal tests: an account of its own, as a code is good once per thirty seconds. */
const REVIEWER = { username: "e2e-reviewer", password: "a long e2e reviewer passphrase" };

const run = promisify(execFile);
// Only stops a server that never comes up: a slow stretch of this machine once needed more than 90 s.
const READY_WITHIN_MS = 180_000;

let server: ChildProcess | undefined;
let state: string | undefined;

/** Serves the board as `npm run dev` does, on a free port and a fresh database. */
export async function setup(project: TestProject) {
  state = await mkdtemp(join(tmpdir(), "closed-door-e2e-"));
  const wrangler = join("node_modules", ".bin", "wrangler");
  await run(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], { env: ciEnv() });
  await run(join("node_modules", ".bin", "tsx"), ["scripts/dev-vars.ts"]);
  await run(join("node_modules", ".bin", "tsx"), ["scripts/seed-demo.ts", "--persist-to", state]);
  await createModerator(state, MODERATOR, "moderator");
  await createModerator(state, ADMIN, "admin");
  await createModerator(state, REVIEWER, "moderator");
  const [port, inspectorPort] = [await freePort(), await freePort()];
  server = spawn(
    wrangler,
    ["dev", "--ip", "127.0.0.1", "--port", `${port}`, "--inspector-port", `${inspectorPort}`, "--persist-to", state],
    { env: ciEnv(), stdio: "ignore", detached: true },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(baseUrl);
  project.provide("baseUrl", baseUrl);
  project.provide("moderator", MODERATOR);
  project.provide("admin", ADMIN);
  project.provide("reviewer", REVIEWER);
}

export async function teardown() {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  if (state) await rm(state, { recursive: true, force: true });
}

function createModerator(
  persistTo: string,
  account: { username: string; password: string },
  role: "moderator" | "admin",
): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = execFile(
      join("node_modules", ".bin", "tsx"),
      ["scripts/mod-create.ts", "--username", account.username, "--role", role, "--persist-to", persistTo],
      { env: ciEnv() },
      (error) => (error ? reject(error) : resolve()),
    );
    script.stdin?.end(`${account.password}\n`);
  });
}

function ciEnv() {
  return { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitUntilServing(baseUrl: string) {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/categories`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not serve ${baseUrl} within ${READY_WITHIN_MS} ms`);
}
