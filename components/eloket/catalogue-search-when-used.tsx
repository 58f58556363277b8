"use client";
// /loket: the search form's code loads when the visitor starts on it (components/ui/defer-until-used.tsx).
import { deferUntilUsed } from "@/components/ui/defer-until-used";

const load = () => import("./catalogue-search").then((m) => m.CatalogueSearch);

export const CatalogueSearchWhenUsed = deferUntilUsed(
  load,
  typeof window === "undefined" ? await load() : null,
);
