// Stripe's API reads form-encoded bodies and query strings in bracket notation
// (`line_items[0][price_data][unit_amount]=1250`, `expand[]=payment_intent`). The Stripe sandbox
// server decodes them here into the nested objects and arrays the real API would see.

export type FormValue = string | FormValue[] | FormObject;
export type FormObject = { [key: string]: FormValue };

export class FormError extends Error {}

export function decodeStripeForm(encoded: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    // "a[b][0]" → ["a", "b", "0"]; "expand[]" → ["expand", ""] (an empty index appends).
    const path = key.replace(/]/g, "").split("[");
    let node = root;
    path.forEach((segment, i) => {
      const name = segment === "" ? String(Object.keys(node).length) : segment;
      if (i === path.length - 1) return void (node[name] = value);
      const child = (node[name] ??= {});
      if (typeof child !== "object" || Array.isArray(child)) throw new FormError(`Invalid parameter: ${key}`);
      node = child;
    });
  }
  return arrayify(root) as FormObject;
}

/** Objects keyed exactly "0".."n-1" are arrays: that is how the SDK encodes them. */
function arrayify(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => arrayify(value[k]));
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return entries;
  return Object.fromEntries(keys.map((k, i) => [k, entries[i]]));
}

/**
 * Stripe compares the parameters of an idempotent retry, not their byte order: sorting the
 * encoded pairs makes `a=1&b=2` and `b=2&a=1` the same request (array indices stay in the keys).
 */
export function canonicalForm(encoded: string): string {
  return [...new URLSearchParams(encoded)]
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join("&");
}
