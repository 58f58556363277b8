// One zod schema per form of the staff management screen (/beheer/medewerkers).
import { z } from "zod";
import { StaffRole } from "@/generated/prisma/enums";
import { choices, email, requiredText } from "@/lib/forms/fields";

const ROLES = Object.values(StaffRole) as StaffRole[];
const roles = choices<StaffRole>(ROLES, "Kies rollen uit de lijst.");

export const staffRefSchema = z.object({ userId: requiredText("Kies een medewerker.", { max: 60 }) });

/** The whole set of roles a staff member holds after saving; none ticked removes every role. */
export const staffRolesSchema = staffRefSchema.extend({ roles });

export const addStaffSchema = z.object({
  email: email(),
  roles: roles.refine((list) => list.length > 0, "Kies minstens één rol."),
});

export type AddStaffInput = z.infer<typeof addStaffSchema>;
