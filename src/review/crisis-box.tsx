import { crisisResourcesFor } from "../crisis-lines";
import { CrisisResourceList } from "../ui/crisis-resources";

/**
 * What the author of a post held for crisis was shown. Their country was
 * used in flight and never stored, so the board cannot say which line they
 * saw; it says what it does know, and shows the default list.
 */
export function AuthorWasShown({ postId }: { postId: string }) {
  return (
    <section class="crisis author-shown" aria-labelledby={`shown-${postId}`}>
      <h3 id={`shown-${postId}`}>What the author was shown</h3>
      <p>
        Crisis lines, above their post, before anything else: their own country's line if the board knew their country,
        otherwise the US 988 line, and always the international directory. Their country is never stored, so which line
        they saw is not known. The default list:
      </p>
      <CrisisResourceList resources={crisisResourcesFor()} />
    </section>
  );
}
