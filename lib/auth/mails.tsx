// The sign-in link. The layout says which municipality it is from; the link works once, for a day.
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Greeting, Paragraph } from "@/lib/mail/parts";

export function signInMail(to: string, url: string): TemplateMail {
  return {
    to,
    subject: "Aanmelden bij het digitaal loket",
    preview: "Je aanmeldlink werkt 24 uur en één keer.",
    body: (
      <>
        <Greeting />
        <Paragraph>Klik op de knop om je aan te melden bij het digitaal loket.</Paragraph>
        <ActionLink href={url}>Aanmelden</ActionLink>
        <Paragraph>
          De link werkt 24 uur en één keer. Heb je niet gevraagd om je aan te melden? Dan mag je deze e-mail
          negeren.
        </Paragraph>
      </>
    ),
  };
}
