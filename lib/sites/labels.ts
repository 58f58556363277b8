// Dutch names of the kinds of desk, in the order staff choose from them.
import type { DeskKind } from "@/generated/prisma/enums";

export const DESK_KIND_LABELS: Record<DeskKind, string> = {
  SPECIALIST: "Themabalie",
  MEETING_ROOM: "Gespreksruimte",
  EXPRESS: "Snelbalie",
  RECEPTION: "Onthaal",
};
