// Dutch labels of the meldpunt's enums, shared by resident and staff pages.
import type { ReportChannel, ReportKind } from "@/generated/prisma/enums";

export const KIND_LABELS: Record<ReportKind, { title: string; hint: string }> = {
  MELDING: {
    title: "Een melding",
    hint: "Iets is kapot, vuil of gevaarlijk op straat, in het park of op het voetpad.",
  },
  KLACHT: { title: "Een klacht", hint: "Je bent niet tevreden over hoe de gemeente je heeft geholpen." },
  SUGGESTIE: { title: "Een suggestie", hint: "Je hebt een idee om iets in de gemeente beter te maken." },
  VRAAG: { title: "Een vraag", hint: "Je zoekt informatie en vond het antwoord niet op de website." },
};

export const CHANNEL_LABELS: Record<ReportChannel, string> = {
  WEB: "Website",
  TELEFOON: "Telefoon",
  BALIE: "Balie",
  EMAIL: "E-mail",
};
