"use client";
// /melden is one cached document that most visitors read before choosing: the first step's form
// code loads when they start on it (components/ui/defer-until-used.tsx).
import { deferUntilUsed } from "@/components/ui/defer-until-used";

const load = () => import("./kind-step").then((m) => m.KindStep);

export const KindStepWhenUsed = deferUntilUsed(load, typeof window === "undefined" ? await load() : null);
