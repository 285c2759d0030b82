import type { Highlighted } from "@crm/core/modules/search/schemas";
import type { ReactNode } from "react";

/** Text with its matched ranges in <mark>, built as React text: nothing is parsed as HTML. */
export function HighlightedText({ value }: { value: Highlighted }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [from, to] of value.ranges) {
    if (from < at || to <= from) continue;
    if (from > at) parts.push(value.text.slice(at, from));
    parts.push(
      <mark key={from} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-500/30">
        {value.text.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
