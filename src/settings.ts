/** A duration setting from `[vars]`, in milliseconds: a number of 0 or more, else `fallback`. */
export function milliseconds(setting: string | undefined, fallback: number): number {
  const value = Number(setting);
  return setting !== undefined && setting !== "" && Number.isFinite(value) && value >= 0 ? value : fallback;
}
