// The staff page of a session: the activity's organisers (they see the participants with their
// medical notes on Mijn Wingene), a form to add one by e-mail, and a remove button each.
import { AddOrganiserForm, RemoveOrganiser } from "./organiser-forms";

type Organiser = { id: string; user: { id: string; name: string | null; email: string | null } };

export function SessionOrganisers({
  activityId,
  sessionId,
  organisers,
}: {
  activityId: string;
  sessionId: string;
  organisers: Organiser[];
}) {
  return (
    <>
      <p className="mt-2 max-w-prose">
        Begeleiders zien in Mijn Wingene de deelnemers van alle periodes van deze activiteit, met hun medische
        gegevens (elke inzage wordt bijgehouden), en kunnen de ouders een bericht sturen.
      </p>
      {organisers.length === 0 ? (
        <p className="mt-4">Nog geen begeleiders.</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {organisers.map((o) => {
            const name = o.user.name ?? o.user.email ?? "Begeleider";
            return (
              <li key={o.id} className="break-words">
                {name} {o.user.email && o.user.name ? `(${o.user.email})` : ""}
                <RemoveOrganiser
                  activityId={activityId}
                  sessionId={sessionId}
                  userId={o.user.id}
                  name={name}
                />
              </li>
            );
          })}
        </ul>
      )}
      <div className="mt-4 max-w-prose">
        <AddOrganiserForm activityId={activityId} sessionId={sessionId} />
      </div>
    </>
  );
}
