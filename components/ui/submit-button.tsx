"use client";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { buttonClass } from "./button-class";

export function SubmitButton({
  children,
  pendingText = "Even geduld…",
  kind = "primary",
}: {
  children: ReactNode;
  pendingText?: string;
  /** "danger" for what cannot be undone (cancelling, refunding). */
  kind?: "primary" | "danger";
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(kind)}>
      {pending ? pendingText : children}
    </button>
  );
}
