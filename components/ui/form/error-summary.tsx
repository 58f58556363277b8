"use client";
// The box at the top of a refused form: what went wrong, with a link to each field (GOV.UK's
// error summary). Links jump to and focus the field, also without JavaScript.
import { fieldId, useFormKit } from "./context";
import { listErrors } from "./errors";

export const CHECK_FIELDS = "Controleer de gemarkeerde velden.";

export function ErrorSummary({ message }: { message?: string }) {
  const { formId, errors } = useFormKit();
  const listed = listErrors(errors);
  if (!message && listed.length === 0) return null;
  // A refusal that belongs to one field is listed with the field; the heading then stays general.
  const heading = message && !listed.some((e) => e.message === message) ? message : CHECK_FIELDS;
  return (
    <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
      <h2 className="text-lg font-semibold">{heading}</h2>
      {listed.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {listed.map((e) => (
            <li key={e.name}>
              <a href={`#${fieldId(formId, e.name)}`} className="text-red-900">
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
