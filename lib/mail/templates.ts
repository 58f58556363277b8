// Dutch mail texts. Each template returns subject, plain text and simple HTML.
import type { MailInput } from "./outbox";

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

export function signInMail(to: string, url: string, municipality: string): MailInput {
  const subject = `Aanmelden bij het digitaal loket van ${municipality}`;
  const text = [
    "Goeiedag,",
    "",
    `Klik op deze link om je aan te melden bij het digitaal loket van ${municipality}:`,
    url,
    "",
    "De link werkt 24 uur en één keer. Heb je niet gevraagd om je aan te melden? Dan mag je deze e-mail negeren.",
  ].join("\n");
  const html = `<p>Goeiedag,</p><p>Klik op de knop om je aan te melden bij het digitaal loket van ${escapeHtml(municipality)}.</p>
<p><a href="${escapeHtml(url)}" style="background:#0b5e3b;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">Aanmelden</a></p>
<p>Werkt de knop niet? Kopieer dan deze link: <br>${escapeHtml(url)}</p>
<p>De link werkt 24 uur en één keer. Heb je niet gevraagd om je aan te melden? Dan mag je deze e-mail negeren.</p>`;
  return { to, subject, text, html };
}
