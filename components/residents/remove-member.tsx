"use client";
// Removing a household member asks first and says what it means.
import { ConfirmAction } from "@/components/ui/form";
import { removeOwnHouseholdMember } from "@/lib/residents/actions";

export function RemoveMember({ member }: { member: { id: string; firstName: string; lastName: string } }) {
  return (
    <ConfirmAction
      action={removeOwnHouseholdMember}
      fields={{ id: member.id }}
      trigger={`${member.firstName} verwijderen`}
      consequence={
        <>
          {member.firstName} {member.lastName} staat dan niet meer bij je gezin, en je kan {member.firstName}{" "}
          niet meer inschrijven voor activiteiten. Je kan {member.firstName} later opnieuw toevoegen.
        </>
      }
      confirmLabel={`Ja, ${member.firstName} verwijderen`}
    />
  );
}
