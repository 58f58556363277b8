// A signed-in resident without roles, for unit tests of code that takes an actor (formAction).
import type { Actor } from "@/lib/auth/actor";

export const testResident: Actor = {
  userId: "u1",
  sessionId: "s1",
  name: "Test",
  email: "t@example.be",
  roles: [],
  permissions: new Set(),
  actingFor: null,
};
