"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "./actor";
import { signIn, signOut } from "./config";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { emailSignInSchema } from "./schema";
import { checkSignInRate } from "./sign-in-rate";

export const signInWithEmail = formAction({
  schema: emailSignInSchema,
  guard: getActor,
  run: async ({ email, terug }) => {
    await checkSignInRate(email, clientAddress(await headers()));
    // Without Auth.js's own redirect, which would leave /api/auth/verify-request in the address bar.
    await signIn("email", { email, redirectTo: terug, redirect: false });
    redirect("/aanmelden/controleer-je-mail");
  },
});

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
