// Dutch labels of the meldpunt's enums, shared by resident and staff pages.
import type { ReportChannel, ReportKind, ReportStatus } from "@/generated/prisma/enums";

export const KIND_LABELS: Record<ReportKind, { title: string; hint: string }> = {
  ISSUE: {
    title: "Een melding",
    hint: "Iets is kapot, vuil of gevaarlijk op straat, in het park of op het voetpad.",
  },
  COMPLAINT: { title: "Een klacht", hint: "Je bent niet tevreden over hoe de gemeente je heeft geholpen." },
  SUGGESTION: { title: "Een suggestie", hint: "Je hebt een idee om iets in de gemeente beter te maken." },
  QUESTION: { title: "Een vraag", hint: "Je zoekt informatie en vond het antwoord niet op de website." },
};

export const CHANNEL_LABELS: Record<ReportChannel, string> = {
  WEB: "Website",
  PHONE: "Telefoon",
  DESK: "Balie",
  EMAIL: "E-mail",
};

export const STATUS_LABELS: Record<ReportStatus, string> = {
  NEW: "Nieuw",
  IN_PROGRESS: "In behandeling",
  AWAITING_INFO: "Wacht op informatie",
  FORWARDED: "Doorgestuurd",
  RESOLVED: "Opgelost",
  REJECTED: "Afgewezen",
  MERGED: "Samengevoegd",
};
