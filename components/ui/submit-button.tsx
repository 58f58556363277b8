"use client";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { buttonClass } from "./button-class";

export function SubmitButton({
  children,
  pendingText = "Even geduld…",
}: {
  children: ReactNode;
  pendingText?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass("primary")}>
      {pending ? pendingText : children}
    </button>
  );
}
