"use client";
// "Code intypen": always there, also without camera. Without JavaScript it posts to the server
// action; with JavaScript the station sends it like a camera scan and this form only collects it.
import { useRef } from "react";
import { buttonClass } from "@/components/ui/button-class";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-lg text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function ScannerCodeForm({
  formId,
  performanceId,
  action,
  onCode,
  errors,
  message,
  pending,
}: {
  formId: string;
  performanceId: string;
  action: (formData: FormData) => void;
  /** False when the input was refused before sending; the errors then say why. */
  onCode: (code: string) => boolean;
  errors?: string[];
  message?: string;
  pending: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const describedBy = ["scanner-code-hint", errors?.length ? "scanner-code-error" : ""].join(" ").trim();
  return (
    <section aria-labelledby="scanner-code-title">
      <h2 id="scanner-code-title" className="mb-2 text-xl font-semibold">
        Code intypen
      </h2>
      <form
        id={formId}
        action={action}
        noValidate
        aria-labelledby="scanner-code-title"
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const field = input.current;
          if (!field || !onCode(field.value)) return; // the station focused the mistake
          field.value = "";
          field.focus();
        }}
      >
        {/* Not disabled while pending: the field is emptied on sending, so a second Enter sends nothing. */}
        {message && (
          <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
            {message}
          </p>
        )}
        <input type="hidden" name="performanceId" value={performanceId} />
        <div>
          <label htmlFor="scanner-code" className="block font-semibold">
            Ticketcode
          </label>
          <input
            ref={input}
            id="scanner-code"
            name="code"
            required
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="go"
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={describedBy}
            className={inputClass}
          />
          <p id="scanner-code-hint" className="mt-1 text-sm text-slate-700">
            De 27 tekens onder de QR-code, met hoofdletters en kleine letters precies zoals op het ticket.
          </p>
          {errors?.length ? (
            <p id="scanner-code-error" className="mt-1 text-sm font-semibold text-red-800">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
        <button type="submit" className={buttonClass("primary")}>
          {pending ? "Bezig met controleren…" : "Controleren"}
        </button>
      </form>
    </section>
  );
}
