// Dutch words for case history rows (the statuses themselves are data, with their own labels).
import type { CaseEventKind, CaseStatusKind } from "@/generated/prisma/enums";

export const EVENT_LABELS: Record<CaseEventKind, string> = {
  SUBMITTED: "Ingediend",
  STATUS: "Status gewijzigd",
  ASSIGNED: "Toegewezen",
  NOTE: "Interne notitie",
  QUESTION: "Vraag aan de aanvrager",
  ANSWER: "Antwoord van de aanvrager",
};

export const STATUS_KIND_LABELS: Record<CaseStatusKind, string> = {
  OPEN: "Lopend",
  WAITING: "Wacht op de aanvrager",
  DECIDED: "Beslist",
  CLOSED: "Afgesloten",
};
