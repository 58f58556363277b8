"use client";
// The entrance page of the queue: the form's code loads when the visitor starts on it
// (components/ui/defer-until-used.tsx). Its action only redirects (to the ticket), so no data type.
import { deferUntilUsed } from "@/components/ui/defer-until-used";

export const TakeTicketFormWhenUsed = deferUntilUsed(() =>
  import("./take-ticket-form").then((m) => m.TakeTicketForm<never>),
);
