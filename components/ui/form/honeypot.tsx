// A field people never see or fill in; simple bots do, and the schema's honeypot() refuses them.
import { HONEYPOT_FIELD } from "@/lib/forms/form-data";

export function Honeypot() {
  return (
    <div aria-hidden="true" className="hidden">
      <label htmlFor={`${HONEYPOT_FIELD}-field`}>Laat dit veld leeg</label>
      <input id={`${HONEYPOT_FIELD}-field`} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
    </div>
  );
}
