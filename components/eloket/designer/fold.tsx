"use client";
// A folded part of a designer form (a page's title, a product's details): closed at first, open
// again when the form comes back refused, so the errors are in sight also without JavaScript.
import type { ReactNode } from "react";
import { useFormKit } from "@/components/ui/form/context";

export function Fold({ summary, children }: { summary: string; children: ReactNode }) {
  const { posted } = useFormKit();
  return (
    <details open={posted || undefined} className="space-y-4">
      <summary className="cursor-pointer">{summary}</summary>
      <div className="mt-3 space-y-5">{children}</div>
    </details>
  );
}
