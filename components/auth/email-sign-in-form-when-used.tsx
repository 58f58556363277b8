"use client";
// /aanmelden: the form's code loads when the visitor starts on it (components/ui/defer-until-used.tsx).
import { deferUntilUsed } from "@/components/ui/defer-until-used";

export const EmailSignInFormWhenUsed = deferUntilUsed(() =>
  import("./email-sign-in-form").then((m) => m.EmailSignInForm),
);
