// Calling a server action directly in an integration test: the actor getActor would give (a
// resident, or staff with the given roles and their permissions), the FormData a browser posts,
// and what redirect() or forbidden() throws (its digest), so tests read where an action sends.
import type { Actor } from "@/lib/auth/actor";
import { permissionsFor } from "@/lib/auth/permissions";
import type { StaffRole } from "@/generated/prisma/enums";

export function actorWith(userId: string, roles: StaffRole[] = []): Actor {
  return {
    userId,
    sessionId: null,
    name: "Test",
    email: null,
    roles,
    permissions: permissionsFor(roles),
    actingFor: null,
  };
}

/** The form as posted: fields by name, or as pairs when a name repeats (checkbox groups). */
export function formData(fields: Record<string, string> | [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields))
    data.append(name, value);
  return data;
}

/** The digest of what the action threw (NEXT_REDIRECT;…, NEXT_HTTP_ERROR_FALLBACK;403); fails when it returned. */
export async function digestOf(result: Promise<unknown>): Promise<string> {
  const error = await result.then(
    (r) => {
      throw new Error(`no redirect: ${JSON.stringify(r)}`);
    },
    (e: { digest?: string }) => e,
  );
  return (error as { digest?: string }).digest ?? "";
}
