// The front office's choice of town hall: plain links, the current one marked.
import Link from "next/link";

export function SiteLinks({
  sites,
  current,
  hrefFor,
}: {
  sites: { id: string; name: string }[];
  current: string;
  hrefFor: (siteId: string) => string;
}) {
  return (
    <nav aria-label="Gemeentehuis" className="flex flex-wrap gap-3">
      {sites.map((s) => (
        <Link
          key={s.id}
          href={hrefFor(s.id)}
          aria-current={s.id === current ? "page" : undefined}
          className="aria-[current=page]:font-bold"
        >
          {s.name}
        </Link>
      ))}
    </nav>
  );
}
