import { crisisResources } from "../moderation/resources";

/** Shown first whenever something someone wrote sounds like they are in danger. */
export function CrisisResources({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section class="crisis" aria-labelledby="crisis-title">
      <Heading id="crisis-title">You do not have to carry this alone</Heading>
      <p>
        What you wrote sounds heavy. Before anything else: if you are thinking about ending your life, or you are not
        safe right now, please reach out now. Therapists call these lines too.
      </p>
      <ul>
        {crisisResources.map((resource) => (
          <li>
            <strong>{resource.name}</strong>: {resource.contact}{" "}
            <a href={resource.url} rel="noreferrer">
              {resource.url.replace("https://", "")}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
