// The zod side of the kit's LocationField: a place posted as `<name>.text` (an address or a
// description such as "aan de kerk van Doomkerke"), `<name>.latitude` and `<name>.longitude`.
// Coordinates come both or not at all, inside the municipality; a required place needs the text
// or the coordinates, one of the two is enough.
import { z } from "zod";
import { type Bounds, withinBounds } from "@/lib/be/geo";
import { optionalText } from "./fields";

export type Place = { text?: string; latitude?: number; longitude?: number };

export const LOCATION_MESSAGES = {
  notANumber: (axis: string) => `Vul de ${axis} in als getal, bijvoorbeeld 51.0561.`,
  bothOrNone: "Vul zowel de breedtegraad als de lengtegraad in, of geen van beide.",
  outside:
    "Deze plek ligt niet in Wingene, Zwevezele, Ruiselede of Doomkerke. Kies een plek in onze gemeente.",
  required: "Geef een adres of plaatsomschrijving, of kies de plek op de kaart.",
} as const;

/** A coordinate as people type it: "51,0561" or "51.0561"; empty is absent. */
function coordinate(axis: string) {
  return z
    .string()
    .max(40, LOCATION_MESSAGES.notANumber(axis))
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim().replace(",", ".")))
    .refine((v) => v === undefined || /^-?\d{1,3}(\.\d{1,12})?$/.test(v), LOCATION_MESSAGES.notANumber(axis))
    .transform((v) => (v === undefined ? undefined : Number(v)));
}

const parts = z.object({
  text: optionalText({ max: 200 }),
  latitude: coordinate("breedtegraad"),
  longitude: coordinate("lengtegraad"),
});

/**
 * A place. `required`: the text or the coordinates must be given. `bounds`: the area a pin must
 * lie in (the municipality by default).
 */
export function locationSchema({ required = false, bounds }: { required?: boolean; bounds?: Bounds } = {}) {
  return parts.prefault({}).transform((value, ctx): Place => {
    const hasLat = value.latitude !== undefined;
    const hasLng = value.longitude !== undefined;
    if (hasLat !== hasLng) {
      ctx.addIssue({
        code: "custom",
        path: [hasLat ? "longitude" : "latitude"],
        message: LOCATION_MESSAGES.bothOrNone,
      });
      return z.NEVER;
    }
    if (hasLat && !withinBounds({ latitude: value.latitude!, longitude: value.longitude! }, bounds)) {
      ctx.addIssue({ code: "custom", path: ["latitude"], message: LOCATION_MESSAGES.outside });
      return z.NEVER;
    }
    if (required && !hasLat && !value.text) {
      ctx.addIssue({ code: "custom", path: ["text"], message: LOCATION_MESSAGES.required });
      return z.NEVER;
    }
    return value;
  });
}

/** The point of a place, when it has one. */
export function pointOf(place: Place): { latitude: number; longitude: number } | null {
  return place.latitude !== undefined && place.longitude !== undefined
    ? { latitude: place.latitude, longitude: place.longitude }
    : null;
}
