"use client";
// /uitlenen: the basket form's code loads when the borrower starts on it (components/ui/defer-until-used.tsx).
import { deferUntilUsed } from "@/components/ui/defer-until-used";

export const BasketFormWhenUsed = deferUntilUsed(() => import("./basket-form").then((m) => m.BasketForm));
