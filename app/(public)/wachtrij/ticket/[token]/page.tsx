import type { Metadata } from "next";
import { TicketStatus } from "@/components/queue/ticket-status";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ticketState } from "@/lib/queue/queries";
import { connection } from "next/server";

// Reached by its token only: rendered per request (a blocking route), never a shared shell.
export const instant = false;

export const metadata: Metadata = { title: "Je volgnummer", robots: { index: false } };
export default async function TicketPage({ params }: { params: Promise<{ token: string }> }) {
  // Live state, rendered per request and never kept in a prerendered shell.
  await connection();
  const { token } = await params;
  const state = await ticketState(token);
  if (!state) {
    return (
      <>
        <PageHeader title="Dit volgnummer kennen we niet" />
        <div className="max-w-xl text-lg">
          <Notice tone="error">
            We vinden geen volgnummer bij deze link. Controleer de link of vraag een nieuw nummer aan het
            onthaal.
          </Notice>
        </div>
      </>
    );
  }
  return (
    <>
      <noscript>
        <meta httpEquiv="refresh" content="20" />
      </noscript>
      <PageHeader title="Je volgnummer" intro={state.site} />
      <div className="max-w-xl">
        <Card>
          <TicketStatus token={token} initial={state} />
        </Card>
      </div>
    </>
  );
}
