// The one wrapper every form action goes through: parse with the form's zod schema, run the guard,
// run the command, and turn failures into a Dutch ActionResult. Unexpected errors are logged with
// a reference and never shown raw.
import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError, ERROR_CODES, FieldError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { fieldsWithControlCharacters } from "@/lib/forms/control";
import { formDataToObject, submittedValues } from "@/lib/forms/form-data";
import { type ActionResult, fieldErrorsOf } from "./result";
import { logError } from "@/lib/log";

type Options<S extends z.ZodType, T, A extends Actor | null> = {
  schema: S;
  /** Who may do this: a guard from lib/auth/guards, or `getActor` for public forms. */
  guard: () => Promise<A>;
  run: (input: z.output<S>, actor: A) => Promise<T>;
};

export function formAction<S extends z.ZodType, T, A extends Actor | null>({
  schema,
  guard,
  run,
}: Options<S, T, A>) {
  return async function action(
    _previous: ActionResult<T> | null,
    formData: FormData,
  ): Promise<ActionResult<T>> {
    try {
      const actor = await guard();
      // Before any schema: a NUL in a field the schema reads as a plain string (an id, a code)
      // would otherwise reach PostgreSQL and come back as a generic error.
      const unstorable = fieldsWithControlCharacters(formData);
      if (Object.keys(unstorable).length > 0) {
        return {
          ok: false,
          message: ERROR_CODES.INVALID_INPUT.message,
          fieldErrors: unstorable,
          values: submittedValues(formData),
        };
      }
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return {
          ok: false,
          message: ERROR_CODES.INVALID_INPUT.message,
          fieldErrors: fieldErrorsOf(parsed.error),
          values: submittedValues(formData),
        };
      }
      return { ok: true, data: await run(parsed.data, actor) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        // A FieldError names the form field it belongs to, so the message shows next to it.
        const field = error instanceof FieldError ? error.field : undefined;
        return {
          ok: false,
          message: error.message,
          ...(field ? { fieldErrors: { [field]: [error.message] } } : {}),
          values: submittedValues(formData),
        };
      }
      const reference = randomUUID().slice(0, 8);
      logError("action", `fout ${reference}`, error);
      return {
        ok: false,
        message: `${GENERIC_ERROR_MESSAGE} (referentie ${reference})`,
        values: submittedValues(formData),
      };
    }
  };
}
