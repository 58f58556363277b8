// A structured communication (+++000/1000/00330+++) as text that breaks only after a slash on a
// narrow screen, never leaving a lone "+" on a line of its own.
import { Fragment } from "react";
import { ogmFromBase } from "@/lib/be/ogm";

export function StructuredReference({ ogm, className }: { ogm: string; className?: string }) {
  const parts = ogmFromBase(ogm.slice(0, 10)).split("/");
  return (
    <span className={className}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          <span className="whitespace-nowrap">{i < parts.length - 1 ? `${part}/` : part}</span>
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
