/**
 * A repeatable sequence of numbers in [0, 1) for generated test inputs: an
 * LCG read by its high bits (its low bits repeat with a short period, so
 * `state % n` would make the same few strings over and over).
 */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
