// The addresses in an appointment's mails, from the configured public URL (never a request's host).
import { appUrl } from "@/lib/app-url";
import type { AppointmentLinks } from "./mails";

/** The personal page of an appointment, opened without an account. */
export const manageUrl = (token: string) => appUrl(`/afspraak/${token}`);

export function appointmentLinks(service: { slug: string }, token?: string): AppointmentLinks {
  return {
    manage: token ? manageUrl(token) : appUrl("/mijn/afspraken"),
    bookAgain: appUrl(`/afspraken/${service.slug}`),
    host: new URL(appUrl("/")).hostname,
  };
}
