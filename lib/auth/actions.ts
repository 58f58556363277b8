"use server";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "./actor";
import { signIn, signOut } from "./config";
import { emailSignInSchema } from "./schema";

export const signInWithEmail = formAction({
  schema: emailSignInSchema,
  guard: getActor,
  run: async ({ email, terug }) => {
    await signIn("email", { email, redirectTo: terug });
    return null;
  },
});

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
