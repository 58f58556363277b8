"use client";
import { useActionState } from "react";
import { removeClosureAction } from "@/lib/sites/actions";

export function RemoveClosureButton({ id, label }: { id: string; label: string }) {
  const [state, action, pending] = useActionState(removeClosureAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className="font-semibold text-red-800 underline"
        aria-label={`Sluiting ${label} verwijderen`}
      >
        Verwijderen
      </button>
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
