"use client";
// The top of a kit form after the server answered: the error summary (with the server's message
// when it refused) or, after a success, what the form says about it.
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ErrorSummary } from "./error-summary";

export function FormAnswer<T>({
  state,
  success,
}: {
  state: ActionResult<T> | null;
  success?: (data: T, message?: string) => ReactNode;
}) {
  return (
    <>
      <ErrorSummary message={state && !state.ok ? state.message : undefined} />
      {state?.ok && success && (
        <div role="status" className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-brand-900">
          {success(state.data, state.message)}
        </div>
      )}
    </>
  );
}
