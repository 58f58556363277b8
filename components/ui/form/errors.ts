// Server field errors (flat paths, as formAction returns them) in react-hook-form's nested shape,
// and back to a flat list for the error summary.
import type { FieldError, FieldErrors as HookErrors } from "react-hook-form";
import type { FieldErrors } from "@/lib/actions/result";

export function toHookErrors(errors: FieldErrors | undefined): HookErrors | undefined {
  if (!errors) return undefined;
  const out: Record<string, unknown> = {};
  for (const [path, messages] of Object.entries(errors)) {
    if (path === "_form" || !messages.length) continue;
    const parts = path.split(".");
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = { type: "server", message: messages.join(" ") } satisfies FieldError;
  }
  return out as HookErrors;
}

export type ListedError = { name: string; message: string };

/** Every message in a react-hook-form error tree, in the order the fields were declared. */
export function listErrors(errors: HookErrors, prefix = ""): ListedError[] {
  const out: ListedError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "ref") continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const { message } = value as FieldError;
    if (typeof message === "string") out.push({ name, message });
    else if (typeof value === "object") out.push(...listErrors(value as HookErrors, name));
  }
  return out;
}

/** The message of the field at `name` (a dotted path) in a react-hook-form error tree. */
export function errorAt(errors: HookErrors, name: string): string | undefined {
  let node: unknown = errors;
  for (const key of name.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  const message = (node as FieldError | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}
