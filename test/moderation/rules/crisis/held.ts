import { crisis } from "../../../../src/moderation/rules/crisis/index";
import { foundByRule } from "../found";

/** The crisis rules that hold `text`, each once, in the order found. */
export function crisisRulesIn(text: string): string[] {
  return [...new Set(foundByRule(crisis, text).map(([rule]) => rule))];
}
