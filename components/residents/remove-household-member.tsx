"use client";
import { useActionState } from "react";
import { removeOwnHouseholdMember } from "@/lib/residents/actions";

export function RemoveHouseholdMember({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(removeOwnHouseholdMember, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="font-semibold text-red-800 underline">
        {name} verwijderen
      </button>
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
