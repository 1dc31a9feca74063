/** A duration setting from `[vars]`, in milliseconds: a number of 0 or more, else `fallback`. */
export function milliseconds(setting: string | undefined, fallback: number): number {
  const value = Number(setting);
  return setting !== undefined && setting !== "" && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * The board's public origin, from `PUBLIC_ORIGIN`: what every absolute link starts with. Never the request's Host,
 * which a client chooses: a link built from it could point readers anywhere.
 */
export function publicOrigin(setting: string | undefined): string {
  try {
    return new URL(setting ?? "").origin;
  } catch {
    throw new Error("PUBLIC_ORIGIN in [vars] must be the board's address, such as https://closed-door.example");
  }
}

/** A count setting from `[vars]` (attempts, seconds): a whole number of at least `least`, else `fallback`. */
export function wholeNumber(setting: string | undefined, fallback: number, least = 1): number {
  const value = Number(setting);
  return setting !== undefined && setting !== "" && Number.isSafeInteger(value) && value >= least ? value : fallback;
}
