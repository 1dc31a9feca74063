import type { Resource } from "../crisis-lines";
import { CrisisResources } from "../ui/crisis-resources";
import { Layout } from "../ui/layout";

const EXAMPLES = [
  {
    before:
      "Maria, my 9 a.m. on Tuesdays, told me her husband at the Riverside plant hit her again on March 3rd. Call me at 555-201-7730 if you have advice.",
    after:
      "A client told me this week that the violence at home has started again. I held it together in session and fell apart in the car.",
    why: "The name, the schedule, the workplace, the date and the phone number are gone; the experience is all still there.",
  },
  {
    before:
      "My 94-year-old client, the only retired judge in our small town, keeps asking me to testify about his son.",
    after:
      "An older client keeps asking me to step outside my role and speak for him in a family dispute. I keep saying no and feeling cruel.",
    why: "An age over 89, a rare job and a small place together point at one person. Keep what you felt, drop what makes them unique.",
  },
];

/** What not to post, how to de-identify a story, and where to turn in a crisis. */
export function GuidelinesPage({ crisisResources }: { crisisResources: readonly Resource[] }) {
  return (
    <Layout
      title="Guidelines"
      description="How to write on Closed Door without identifying a client."
      section="guidelines"
    >
      <h1>Guidelines</h1>
      <p class="lede">
        Closed Door is for what you cannot say in session: your frustration, doubt, grief and gratitude. It works
        because no one here can be identified: not you, and never a client.
      </p>

      <section aria-labelledby="never-title">
        <h2 id="never-title">Never post</h2>
        <ul>
          <li>Names, initials or nicknames of clients, their families or colleagues.</li>
          <li>Places smaller than a state: towns, streets, schools, employers, clinics. No addresses or ZIP codes.</li>
          <li>Dates more precise than the year, and ages over 89.</li>
          <li>Phone numbers, email addresses, links, social media handles, record or account numbers.</li>
          <li>A rare detail that makes a story one person's: an unusual job, a famous event, a distinctive case.</li>
          <li>Anything cruel about clients, threats, or advertising.</li>
        </ul>
        <p>
          The board checks every post before it appears. Clear identifiers are refused with an explanation, so you can
          fix them; softer signals hold the post for a moderator. Readers can report what slips through.
        </p>
      </section>

      <section aria-labelledby="deidentify-title">
        <h2 id="deidentify-title">How to de-identify a story</h2>
        <ol>
          <li>Write about yourself: what you felt, thought, did, and what you wish you had done.</li>
          <li>Replace specifics with kinds: "a client", "a teenager", "a colleague", "this spring".</li>
          <li>Change or drop details that do not matter to what you are saying.</li>
          <li>Read it as the client would. If they could recognize themselves, change more.</li>
        </ol>
        {EXAMPLES.map((example) => (
          <figure class="example">
            <div class="example-before">
              <p class="example-label">Before</p>
              <p>{example.before}</p>
            </div>
            <div class="example-after">
              <p class="example-label">After</p>
              <p>{example.after}</p>
            </div>
            <figcaption>{example.why}</figcaption>
          </figure>
        ))}
      </section>

      <section aria-labelledby="anonymous-title">
        <h2 id="anonymous-title">How you stay anonymous</h2>
        <p>
          There are no accounts and no cookies for writers or readers. Your address is used only to slow down floods,
          through a keyed hash that changes every day, and is never stored. Times are shown to the hour or the day. When
          you post you get a delete token: the only link between you and the post, and only if you keep it.
        </p>
      </section>

      <CrisisResources resources={crisisResources} for="anyone" />
    </Layout>
  );
}
