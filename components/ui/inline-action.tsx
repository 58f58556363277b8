"use client";
// A one-button form for a small action next to a list item (remove, cancel, mark arrived), with its
// Dutch error shown in place. Works without JavaScript like every form here. Without `kind` the
// button reads as a red link (removing things); with `kind` it is a small button.
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { buttonClass } from "./button-class";

type Props = {
  action: (previous: ActionResult<null> | null, formData: FormData) => Promise<ActionResult<null>>;
  fields: Record<string, string>;
  children: ReactNode;
  label?: string;
  kind?: "primary" | "secondary" | "danger";
};

export function InlineAction({ action, fields, children, label, kind }: Props) {
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
        className={
          kind ? `${buttonClass(kind)} !min-h-9 !px-3 !py-1 text-sm` : "font-semibold text-red-800 underline"
        }
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
