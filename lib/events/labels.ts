// Dutch labels of the event notification's enum values.
import type { AdviceVerdict } from "@/generated/prisma/enums";

export const VERDICT_LABELS: Record<AdviceVerdict, string> = {
  FAVOURABLE: "Gunstig",
  CONDITIONAL: "Gunstig onder voorwaarden",
  UNFAVOURABLE: "Ongunstig",
};

/** The two decisions of the college, as statuses of the events workflow. */
export const DECISION_LABELS = {
  APPROVED: "Goedgekeurd met voorwaarden",
  REFUSED: "Geweigerd",
} as const;
export type DecisionOutcome = keyof typeof DECISION_LABELS;
