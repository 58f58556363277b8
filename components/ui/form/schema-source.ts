"use client";
// What a form checks in the browser: the action's zod schema, or a function that loads it. A form
// that every visitor of a page gets (sign-in, the walk-in queue) passes the function, so zod is
// not part of the page's first load (issue 16's JavaScript budget): the schema loads when the
// visitor first focuses or touches the form, and a check before it arrived waits for it.
import { useCallback, useRef } from "react";
import type { z } from "zod";

export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

/** `load` starts fetching the schema (once); `schema` resolves to it. */
export function useSchemaSource(source: SchemaSource | undefined) {
  const loading = useRef<Promise<z.ZodType> | null>(null);
  const schema = useCallback((): Promise<z.ZodType> | null => {
    if (!source) return null;
    if (typeof source !== "function") return Promise.resolve(source);
    loading.current ??= source();
    return loading.current;
  }, [source]);
  const load = useCallback(() => void schema(), [schema]);
  return { schema, load };
}
