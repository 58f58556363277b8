"use client";
// An activity's page: the basket form's code loads when the parent starts on it (components/ui/defer-until-used.tsx).
import { deferUntilUsed } from "@/components/ui/defer-until-used";

export const AddToBasketWhenUsed = deferUntilUsed(() => import("./add-to-basket").then((m) => m.AddToBasket));
