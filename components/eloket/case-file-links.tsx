// A case's attachments as download links through /api/loket/bestand/<id>, which checks who may
// read each one (applicant, the case's team, an advisor asked about the file's page).
export function CaseFileLinks({
  files,
}: {
  files: readonly { fileId: string; file: { originalName: string | null } }[];
}) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-3 list-disc pl-5">
      {files.map((f) => (
        <li key={f.fileId} className="break-words">
          <a href={`/api/loket/bestand/${f.fileId}`}>Bijlage: {f.file.originalName ?? f.fileId}</a>
        </li>
      ))}
    </ul>
  );
}
