// Dutch names of the kinds of desk (in the order staff choose from them) and of the weekdays.
import type { DeskKind } from "@/generated/prisma/enums";

export const DESK_KIND_LABELS: Record<DeskKind, string> = {
  SPECIALIST: "Themabalie",
  MEETING_ROOM: "Gespreksruimte",
  EXPRESS: "Snelbalie",
  RECEPTION: "Onthaal",
};

/** ISO weekdays 1..7 at index 0..6. */
export const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
