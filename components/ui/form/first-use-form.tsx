"use client";
// <Form> for a form that every visitor of a page rendered per request gets (sign-in, the walk-in
// queue): the same markup, the same server action and the same check, but the check (react-hook-form
// with the zod resolver, and the schema) loads on the first focus or touch inside the form, so none
// of it is part of the page's first load (issue 16's JavaScript budget). Until then the fields are
// plain inputs that keep what is typed, and errors are the server's; a submit before the check
// arrived waits for it. Without JavaScript it posts to the action like any form.
// (A form on a cached page hydrates on first use instead: components/ui/defer-until-used.tsx.)
import {
  type ReactNode,
  startTransition,
  useActionState,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import type { FieldErrors as HookErrors } from "react-hook-form";
import type { z } from "zod";
import { FormKitContext } from "./context";
import { FormAnswer } from "./form-answer";
import { listErrors, toHookErrors } from "./errors";
import type { FirstUseCheck } from "./first-use-check";
import { focusField } from "./focus";
import type { FormAction } from "./form";

type Props<T> = {
  action: FormAction<T>;
  /** Loads the schema the action parses; checked in the browser before posting once it is there. */
  schema: () => Promise<z.ZodType>;
  children: ReactNode;
  /** What to show after success (the action's data and message). */
  success?: (data: T, message?: string) => ReactNode;
  /** Accessible name of the form. */
  label: string;
};

const NO_ERRORS: HookErrors = {};

export function FirstUseForm<T>({ action, schema, children, success, label }: Props<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const refused = state && !state.ok ? state : null;
  const serverErrors = useMemo(() => toHookErrors(refused?.fieldErrors) ?? NO_ERRORS, [refused]);
  // The check's verdict, for the server's answer it was given after; a newer answer replaces it.
  const [checked, setChecked] = useState<{ answer: typeof state; errors: HookErrors } | null>(null);
  const errors = checked && checked.answer === state ? checked.errors : serverErrors;
  const answerRef = useRef(state);
  // The controls the fields asked to track (text, select), registered with the check when it loads.
  const tracked = useRef(new Set<string>());
  const check = useRef<Promise<FirstUseCheck> | null>(null);

  const load = () =>
    (check.current ??= Promise.all([import("./first-use-check"), schema()]).then(([{ firstUseCheck }, s]) =>
      firstUseCheck(formRef.current!, s, tracked.current, serverErrors, (found) =>
        setChecked({ answer: answerRef.current, errors: found }),
      ),
    ));

  useEffect(() => {
    answerRef.current = state;
    // A new answer from the server: the check starts from its errors, as <Form> does.
    void check.current?.then((c) => c.showServerErrors(serverErrors));
    if (state?.ok) {
      formRef.current?.reset();
      void check.current?.then((c) => c.reset());
    }
  }, [state, serverErrors]);

  return (
    <FormKitContext.Provider
      value={{
        formId,
        values: refused?.values ?? {},
        posted: Boolean(refused?.values),
        pending,
        errors,
        register: (name) => {
          tracked.current.add(name);
          return { name };
        },
      }}
    >
      <form
        ref={formRef}
        action={dispatch}
        noValidate
        aria-label={label}
        className="space-y-5"
        onFocus={() => void load()}
        onPointerDown={() => void load()}
        onSubmit={(event) => {
          event.preventDefault();
          const submitter = (event.nativeEvent as SubmitEvent).submitter;
          const post = () => {
            const data = new FormData(formRef.current!, submitter);
            startTransition(() => dispatch(data));
          };
          load().then(
            (c) => c.submit(submitter, post, (found) => focusField(formId, listErrors(found)[0]?.name)),
            // The check could not load (the network): the server checks the same schema.
            post,
          );
        }}
      >
        <FormAnswer state={state} success={success} />
        {children}
      </form>
    </FormKitContext.Provider>
  );
}
