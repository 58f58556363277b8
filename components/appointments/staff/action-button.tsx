"use client";
// One button posting a few hidden fields to a front-office action, its Dutch error in place.
import { useActionState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-class";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  action: (previous: ActionResult<null> | null, formData: FormData) => Promise<ActionResult<null>>;
  fields: Record<string, string>;
  children: ReactNode;
  label?: string;
  kind?: "primary" | "secondary" | "danger";
};

export function ActionButton({ action, fields, children, label, kind = "secondary" }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className={`${buttonClass(kind)} !min-h-9 !px-3 !py-1 text-sm`}
      >
        {children}
      </button>
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
