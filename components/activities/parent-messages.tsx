// The messages sent earlier to the parents of a session, newest first (staff and organisers).
import { formatDateTime } from "@/lib/be/time";

type Message = {
  id: string;
  subject: string;
  body: string;
  recipientCount: number;
  sentAt: Date;
  sender: { name: string | null } | null;
};

export function ParentMessages({ messages }: { messages: Message[] }) {
  if (messages.length === 0) return <p>Nog geen berichten verstuurd.</p>;
  return (
    <ul className="space-y-4">
      {messages.map((msg) => (
        <li key={msg.id} className="rounded border border-neutral-300 p-4">
          <p className="font-bold break-words">{msg.subject}</p>
          <p className="text-sm">
            {formatDateTime(msg.sentAt)}, door {msg.sender?.name ?? "onbekend"}, naar {msg.recipientCount}{" "}
            {msg.recipientCount === 1 ? "ouder" : "ouders"}
          </p>
          <p className="mt-2 whitespace-pre-line break-words">{msg.body}</p>
        </li>
      ))}
    </ul>
  );
}
