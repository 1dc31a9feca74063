/**
 * Cache-Control for each kind of response. Public reads may be kept briefly:
 * feeds change with every post and a flag-hidden post must leave them soon,
 * so theirs is short; a post's own page changes rarely. Anything that holds
 * a secret, or is about one reader or author, is never stored.
 */
export const cacheControl = {
  feed: "public, max-age=30",
  search: "public, max-age=30",
  categories: "public, max-age=60",
  post: "public, max-age=300",
  atom: "public, max-age=300",
  apiDocument: "public, max-age=3600",
  /** /about and /privacy: the same for everyone, and rarely changed. */
  trustPage: "public, max-age=3600",
  /** The same for every reader of one country (the guidelines' crisis lines): only the reader's browser keeps it. */
  perReader: "private, max-age=300",
  private: "no-store",
} as const;
