/**
 * Waits, when the current minute of the clock ends within `seconds`, for the next one. Miniflare counts a short
 * rate limit per window of the clock's minute, so a run of requests that straddles a minute's end is counted in two
 * windows, and a test that expects the last one to be refused would see it pass.
 */
export async function inOneLimiterWindow(seconds = 5): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

/**
 * Runs `run` until one run falls inside one window of the clock's minute, at most `tries` times: a long run of requests
 * on a busy machine may straddle a minute's end whatever margin was waited for (31 requests took 8 s in CI), and a
 * test's verdict must not depend on how fast the machine is.
 */
export async function withinOneLimiterWindow<T>(run: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await inOneLimiterWindow();
    const minute = Math.floor(Date.now() / 60_000);
    const result = await run();
    if (Math.floor(Date.now() / 60_000) === minute || attempt >= tries) return result;
  }
}
