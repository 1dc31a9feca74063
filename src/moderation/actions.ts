export const moderationActions = ["publish", "hold", "refuse"] as const;
export type ModerationAction = (typeof moderationActions)[number];

const strength: Record<ModerationAction, number> = { publish: 0, hold: 1, refuse: 2 };

export function stronger(a: ModerationAction, b: ModerationAction): ModerationAction {
  return strength[b] > strength[a] ? b : a;
}
