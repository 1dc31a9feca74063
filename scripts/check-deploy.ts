/**
 * Run by `npm run deploy` before anything reaches Cloudflare: refuses to deploy with the local defaults of
 * wrangler.toml that would break a live board. PUBLIC_ORIGIN must be the board's own https address (the Atom feeds'
 * links start with it), and CLIENT_DAYS must name a real KV namespace, not the local placeholder.
 */
import { readFileSync } from "node:fs";

const LOCAL_KV_ID = "c0ffee00c0ffee00c0ffee00c0ffee00";

const toml = readFileSync("wrangler.toml", "utf8");
const origin = /^PUBLIC_ORIGIN\s*=\s*"([^"]*)"/m.exec(toml)?.[1] ?? "";
const kvId = /binding\s*=\s*"CLIENT_DAYS"\s*\n\s*id\s*=\s*"([^"]*)"/m.exec(toml)?.[1] ?? "";

const problems: string[] = [];
let url: URL | undefined;
try {
  url = new URL(origin);
} catch {
  // reported below
}
if (url?.protocol !== "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
  problems.push(`PUBLIC_ORIGIN is "${origin}": set it in wrangler.toml to the board's own https address.`);
}
if (kvId === "" || kvId === LOCAL_KV_ID) {
  problems.push(
    "CLIENT_DAYS has the local placeholder id: run `npx wrangler kv namespace create CLIENT_DAYS` and put its id in wrangler.toml.",
  );
}
if (problems.length > 0) {
  console.error(`Not deploying:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`Deploying with PUBLIC_ORIGIN ${url?.origin} and CLIENT_DAYS ${kvId}.`);
