// An address with an encoded control character (%00 and the like; tab and line breaks excepted, as
// in forms) names nothing of ours: no path, id, token or search of the portal contains one, and a
// NUL passed on to PostgreSQL fails the query ("invalid byte sequence") with a 500. Refused here
// with 400, for every route at once, instead of in each route handler.
const ENCODED_CONTROL = /%(0[0-8bcef]|1[0-9a-f]|7f)/i;

export function hasControlCharacter(url: string | undefined): boolean {
  return url !== undefined && ENCODED_CONTROL.test(url);
}

export const CONTROL_IN_URL_MESSAGE = "Dit adres bevat een teken dat we niet kennen.";
