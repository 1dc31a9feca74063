import type { Category } from "../db/schema";
import { Layout } from "../ui/layout";

/** How to follow the board in a feed reader: the feeds' addresses, whole board and per category. */
export function SubscribePage({ origin, categories }: { origin: string; categories: Category[] }) {
  return (
    <Layout title="Follow the board" description="Follow Closed Door in a feed reader, the whole board or a category.">
      <h1>Follow the board in a feed reader</h1>
      <p class="lede">
        A feed reader (NetNewsWire, Feedly, Thunderbird, Inoreader and many more) shows new posts as they are published,
        with no account here and nothing to install from us. Copy an address below into your reader's "add feed" or
        "subscribe" box.
      </p>
      <p>
        Your reader asks the board for the feed now and then, like any visit: the board keeps no record of who reads it,
        and a feed holds only published posts, the newest 50.
      </p>
      <h2 id="whole-board">The whole board</h2>
      <FeedAddress label="Every category" address={`${origin}/feed.xml`} />
      <h2 id="by-category">One category</h2>
      <ul class="feed-list">
        {categories.map((category) => (
          <li>
            <FeedAddress label={category.name} address={`${origin}/c/${category.slug}/feed.xml`} />
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function FeedAddress({ label, address }: { label: string; address: string }) {
  return (
    <p class="feed-address">
      <a href={address} type="application/atom+xml">
        {label}
      </a>
      : <code>{address}</code>
    </p>
  );
}
