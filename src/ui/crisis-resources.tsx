import type { Resource } from "../crisis-lines";

/**
 * Crisis lines with links a phone can follow. `for` says who is reading:
 * an author whose words sound like they are in danger, or anyone (the
 * guidelines page, where nobody has written anything).
 */
export function CrisisResources({
  resources,
  for: reader = "author",
  headingLevel = 2,
}: {
  resources: readonly Resource[];
  for?: "author" | "anyone";
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section class="crisis" aria-labelledby="crisis-title">
      <Heading id="crisis-title">
        {reader === "author" ? "You do not have to carry this alone" : "If you are in crisis right now"}
      </Heading>
      <p>
        {reader === "author" && "What you wrote sounds heavy. Before anything else: "}
        {reader === "author" ? "if" : "If"} you are thinking about ending your life, or you are not safe right now,
        please reach out now. Therapists call these lines too.
      </p>
      <CrisisResourceList resources={resources} />
    </section>
  );
}

/** Each line: how to call, text or chat, when it answers, and its website. */
export function CrisisResourceList({ resources }: { resources: readonly Resource[] }) {
  return (
    <ul class="crisis-lines">
      {resources.map((resource) => (
        <li data-country={resource.country}>
          <strong>{resource.name}</strong>
          {resource.country === "international" ? <Directory resource={resource} /> : <Line resource={resource} />}
        </li>
      ))}
    </ul>
  );
}

function Line({ resource }: { resource: Resource }) {
  const { phone, text, chat, hours, url } = resource;
  return (
    <>
      {phone && (
        <>
          {" "}
          Call <a href={telHref(phone)}>{phone}</a>.
        </>
      )}
      {text && (
        <>
          {" "}
          Text <a href={smsHref(text)}>{text}</a>.
        </>
      )}
      {chat && (
        <>
          {" "}
          <a href={chat} rel="noreferrer">
            Chat online
          </a>
          .
        </>
      )}
      {hours && ` Open ${hours}.`} <Website url={url} />
    </>
  );
}

/** The directory is a website, not a line: its `hours` say what it holds. */
function Directory({ resource }: { resource: Resource }) {
  return (
    <>
      {resource.hours && `: ${resource.hours}.`} <Website url={resource.url} />
    </>
  );
}

function Website({ url }: { url: string }) {
  return (
    <a href={url} rel="noreferrer">
      {url.replace(/^https:\/\//, "").replace(/\/$/, "")}
    </a>
  );
}

/**
 * A dialable number: digits and a leading +, and `*` for service codes such
 * as Chile's *4141, which RFC 3966 allows and which cannot be dialled without it.
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+*]/g, "")}`;
}

export function smsHref(number: string): string {
  return `sms:${number.replace(/[^\d+]/g, "")}`;
}
