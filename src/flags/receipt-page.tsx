import type { z } from "zod";
import { flagReasonLabels } from "../ui/labels";
import { Layout } from "../ui/layout";
import type { FlagStateSchema } from "./schemas";

type FlagState = z.infer<typeof FlagStateSchema>;

/** What became of a reader's report; the address of this page is the receipt. */
export function FlagReceiptPage({ flag, address }: { flag: FlagState; address: string }) {
  return (
    <Layout title="Your report">
      <h1>Your report</h1>
      <ReportOutcome flag={flag} />
      <p class="hint">
        Keep this page's address to check back: it is your receipt, and the only way to find this report again. Nothing
        ties it to you.
      </p>
      <label for="receipt">Your receipt</label>
      <input id="receipt" class="token" type="text" readonly value={address} />
      <p>
        <a href={address}>This page's address, to bookmark</a>
      </p>
      <BackToThePost flag={flag} />
    </Layout>
  );
}

/** A reader's second report of the same post: the first stands, and its receipt (given once, then) still tells. */
export function FlagAgainPage({ flag }: { flag: FlagState }) {
  return (
    <Layout title="Your report">
      <h1>You have reported this post already</h1>
      <ReportOutcome flag={flag} />
      <p class="hint">
        The receipt you were given then still shows what becomes of your report. A receipt is given once, and nothing
        ties it to you, so this page cannot show it again.
      </p>
      <BackToThePost flag={flag} />
    </Layout>
  );
}

/** Where the report stands, and what the reader reported the post as. */
function ReportOutcome({ flag }: { flag: FlagState }) {
  return (
    <section class="status-card" aria-labelledby="outcome-title">
      <h2 id="outcome-title" data-outcome={flag.outcome}>
        {flag.message}
      </h2>
      <p>
        You reported it as: <strong>{flagReasonLabels[flag.reason].label.toLowerCase()}</strong>.
      </p>
    </section>
  );
}

/** The way back to the post, while readers can still read it; else to the board. */
function BackToThePost({ flag }: { flag: FlagState }) {
  return (
    <p>{flag.postId ? <a href={`/p/${flag.postId}`}>← Back to the post</a> : <a href="/">← Back to the board</a>}</p>
  );
}
