"use client";
// The submit button of a kit form: disabled while the action runs. A `name`/`value` pair tells the
// action which button was pressed (e.g. "save" or "submit"), also without JavaScript.
import { type ReactNode, useContext } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "../button-class";
import { FormKitContext } from "./context";

export function SubmitButton({
  children,
  pendingText = "Even geduld…",
  kind = "primary",
  name,
  value,
}: {
  children: ReactNode;
  pendingText?: string;
  /** "danger" for what cannot be undone (cancelling, refunding). */
  kind?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}) {
  const kit = useContext(FormKitContext);
  // A plain <form action> outside the kit still gets the pending state from React.
  const status = useFormStatus();
  const pending = kit ? kit.pending : status.pending;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={buttonClass(kind)}
    >
      {pending ? pendingText : children}
    </button>
  );
}
