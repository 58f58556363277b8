// Guards return the actor or stop the request. Every page, action and route handler that needs a
// user calls one itself; layouts and the proxy are never the security boundary.
import "server-only";
import { forbidden, redirect } from "@/lib/http/page-interrupts";
import { AppError } from "@/lib/errors";
import { type Actor, getActor } from "./actor";
import type { Permission } from "./permissions";

/** For pages and actions: the signed-in actor, or a redirect to the sign-in page. */
export async function requireUser(returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/aanmelden${returnTo ? `?terug=${encodeURIComponent(returnTo)}` : ""}`);
  return actor;
}

/** For pages and actions: a staff member holding `permission`, else the Dutch 403 page. */
export async function requireStaff(permission: Permission, returnTo?: string): Promise<Actor> {
  const actor = await requireUser(returnTo);
  if (!actor.permissions.has(permission)) forbidden();
  return actor;
}

/** Any staff role at all: the entry to /beheer. */
export async function requireAnyStaff(returnTo?: string): Promise<Actor> {
  const actor = await requireUser(returnTo);
  if (actor.permissions.size === 0) forbidden();
  return actor;
}

/** For route handlers, which answer with a status instead of redirecting. */
export async function requireApiStaff(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!actor.permissions.has(permission)) throw new AppError("FORBIDDEN");
  return actor;
}
