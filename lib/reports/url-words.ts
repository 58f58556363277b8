// The words the meldpunt's addresses use for a kind (/melden?soort=MELDING) and a status
// (/beheer/meldpunt?status=NIEUW). They were the enum values before those became English; links
// residents and staff saved, or that other sites point at, keep working.
import type { ReportKind, ReportStatus } from "@/generated/prisma/enums";

export const KIND_URL_WORDS: Record<ReportKind, string> = {
  ISSUE: "MELDING",
  COMPLAINT: "KLACHT",
  SUGGESTION: "SUGGESTIE",
  QUESTION: "VRAAG",
};

export const STATUS_URL_WORDS: Record<ReportStatus, string> = {
  NEW: "NIEUW",
  IN_PROGRESS: "IN_BEHANDELING",
  AWAITING_INFO: "WACHT_OP_INFO",
  FORWARDED: "DOORGESTUURD",
  RESOLVED: "OPGELOST",
  REJECTED: "AFGEWEZEN",
  MERGED: "SAMENGEVOEGD",
};

function fromWord<T extends string>(words: Record<T, string>, word: string | undefined): T | null {
  const found = (Object.entries(words) as [T, string][]).find(([, w]) => w === word);
  return found ? found[0] : null;
}

export const kindFromUrlWord = (word: string | undefined) => fromWord(KIND_URL_WORDS, word);
export const statusFromUrlWord = (word: string | undefined) => fromWord(STATUS_URL_WORDS, word);
