import type { MiddlewareHandler } from "hono";
import { crisisResourcesFor, type Resource } from "../crisis-lines";
import type { AppEnv } from "../env";
import { readerCountry } from "../reader-country";
import { smsHref, telHref } from "./crisis-resources";

/** Pages are rendered with the default line (988); `localCrisisLine` puts the reader's own in its place. */
export const DEFAULT_CRISIS_LINES = crisisResourcesFor();

/** The footer's crisis line: the reader's national line, then the directory. */
export function FooterCrisisLine({ resources }: { resources: readonly Resource[] }) {
  const line = resources.find((resource) => resource.country !== "international");
  const directory = resources.find((resource) => resource.country === "international");
  return (
    <span data-crisis-line="">
      If you are in crisis
      {line?.phone && (
        <>
          , call {line.name} on <a href={telHref(line.phone)}>{line.phone}</a>
          {line.text && (
            <>
              {" "}
              or text <a href={smsHref(line.text)}>{line.text}</a>
            </>
          )}
        </>
      )}
      {directory && (
        <>
          , or find a line near you at <a href={directory.url}>{directory.url.replace(/^https:\/\//, "")}</a>
        </>
      )}
      .
    </span>
  );
}

/**
 * Every page's footer shows the crisis line of the reader's country. The
 * line is put in on the way out, after the read cache, so a cached page
 * never carries one reader's country to the next, and the country is in no
 * cache key, header or log. Readers whose line is the default cost nothing.
 */
export const localCrisisLine: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const resources = crisisResourcesFor(readerCountry(c));
  if (resources[0]?.country === DEFAULT_CRISIS_LINES[0]?.country) return;
  if (!c.res.body || !c.res.headers.get("Content-Type")?.startsWith("text/html")) return;
  const local = await (<FooterCrisisLine resources={resources} />).toString();
  c.res = new HTMLRewriter()
    .on("[data-crisis-line]", {
      element(element) {
        element.replace(local, { html: true });
      },
    })
    .transform(c.res);
};
