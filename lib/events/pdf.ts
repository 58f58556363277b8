// The event permit as a document spec (lib/pdf draws it in the one layout): what, who, where and
// when, and the college's conditions, one paragraph each.
import type { PdfSpec } from "@/lib/pdf/spec";

export type PermitFacts = {
  number: string;
  event: string;
  organiser: string;
  place: string;
  days: string;
  conditions: string;
  decidedOn: string;
};

export function permitSpec(p: PermitFacts): PdfSpec {
  const conditions = p.conditions
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    title: "Toelating evenement",
    reference: p.number,
    blocks: [
      {
        type: "paragraph",
        text: `Het college van burgemeester en schepenen geeft toelating voor het evenement "${p.event}", onder de voorwaarden hieronder.`,
      },
      {
        type: "facts",
        rows: [
          ["Evenement", p.event],
          ["Organisator", p.organiser],
          ["Plaats", p.place],
          ["Datum", p.days],
          ["Beslist op", p.decidedOn],
        ],
      },
      { type: "heading", text: "Voorwaarden" },
      ...conditions.map((text) => ({ type: "paragraph" as const, text })),
      {
        type: "paragraph",
        text: "Houd deze toelating bij tijdens het evenement en toon ze op vraag van politie of brandweer.",
        emphasis: true,
      },
    ],
  };
}
