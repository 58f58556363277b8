// Choices whose options are what the portal knows about the person filling in, named by the
// field's prefill key: their household ("mezelf" and each member), the associations they are an
// officer of ("als inwoner" and each association), the municipality's halls. The definition keeps
// placeholder options; the page, the save action and the submit all apply the same context, so an
// option the person may not choose (another association) is refused like any unknown value.
import type { FormDefinition } from "./definition";
import type { PrefillContext } from "./prefill";

type Option = { value: string; label: string };

/** The organiser choice's value for "myself, as a resident". */
export const ORGANISER_SELF = "mezelf";

/** The option value of an association (ids are cuids: lowercase letters and digits). */
export const associationOption = (id: string) => `vereniging-${id}`.slice(0, 40).toLowerCase();

/** The association id an organiser answer names, or null for the resident themselves. */
export function associationOfOption(value: unknown): string | null {
  return typeof value === "string" && value.startsWith("vereniging-")
    ? value.slice("vereniging-".length)
    : null;
}

function optionsFor(key: string | undefined, context: PrefillContext): Option[] | null {
  switch (key) {
    case "household.members":
      return [
        { value: "mezelf", label: context.name ? `Mezelf (${context.name})` : "Mezelf" },
        ...(context.household ?? []).map((m) => ({
          value: `lid-${m.id}`.slice(0, 40).toLowerCase(),
          label: m.name,
        })),
      ];
    case "association.officerOf":
      return [
        {
          value: ORGANISER_SELF,
          label: context.name ? `Ikzelf als inwoner (${context.name})` : "Ikzelf als inwoner",
        },
        ...(context.officerOf ?? []).map((a) => ({ value: associationOption(a.id), label: a.name })),
      ];
    case "halls.all":
      return context.halls?.length
        ? context.halls.map((h) => ({ value: h.slug.slice(0, 40), label: h.name }))
        : null;
    default:
      return null;
  }
}

export function withOptions(def: FormDefinition, context: PrefillContext): FormDefinition {
  return {
    ...def,
    pages: def.pages.map((p) => ({
      ...p,
      fields: p.fields.map((f) => {
        if (f.type !== "choice") return f;
        const options = optionsFor(f.prefill, context);
        return options ? { ...f, options } : f;
      }),
    })),
  };
}
