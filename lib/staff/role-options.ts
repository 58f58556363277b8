// The staff roles as options of a checkbox group, in the order of the role list, with Dutch labels.
import { StaffRole } from "@/generated/prisma/enums";
import { STAFF_ROLE_LABELS } from "./labels";

export function staffRoleOptions() {
  return (Object.values(StaffRole) as StaffRole[]).map((role) => ({
    value: role,
    label: STAFF_ROLE_LABELS[role],
  }));
}
