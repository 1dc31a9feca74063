/**
 * Waits, when the current minute of the clock ends within `seconds`, for the next one. Miniflare counts a short
 * rate limit per window of the clock's minute, so a run of requests that straddles a minute's end is counted in two
 * windows, and a test that expects the last one to be refused would see it pass.
 */
export async function inOneLimiterWindow(seconds = 5): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
