"use client";

import { useRouter } from "next/navigation";
import { useQuery } from "@/components/hooks/address";
import { useEffect, useId, useState } from "react";
import { compareHref, MAX_CONFLICTS } from "@/lib/compare/params";
import { rememberComparison } from "./add-to-compare";

type Option = { slug: string; name: string; shortName: string };

/**
 * Pick the conflicts to compare: a search box with suggestions (a native datalist, so keyboard
 * and screen readers work as usual) and removable chips. Changing the selection loads its data.
 */
export function ConflictPicker({ options, selected }: { options: Option[]; selected: string[] }) {
  const router = useRouter();
  const searchParams = useQuery();
  const [text, setText] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const listId = useId();
  const bySlug = new Map(options.map((o) => [o.slug, o]));
  useEffect(() => rememberComparison(selected), [selected]);

  const go = (slugs: string[]) => {
    setMessage(null);
    router.push(compareHref(slugs, new URLSearchParams(searchParams.toString())), { scroll: false });
  };
  const find = (value: string): Option | undefined => {
    const v = value.trim().toLowerCase();
    if (!v) return undefined;
    return (
      options.find((o) => o.name.toLowerCase() === v || o.shortName.toLowerCase() === v || o.slug === v) ??
      options.find((o) => o.name.toLowerCase().includes(v) || o.shortName.toLowerCase().includes(v))
    );
  };
  const add = (value: string) => {
    const match = find(value);
    if (!match) {
      setMessage(`No conflict matches “${value}”. Pick one of the suggestions.`);
      return;
    }
    if (selected.includes(match.slug)) {
      setMessage(`${match.name} is already in the comparison.`);
      return;
    }
    if (selected.length >= MAX_CONFLICTS) {
      setMessage(`At most ${MAX_CONFLICTS} conflicts side by side; remove one first.`);
      return;
    }
    setText("");
    go([...selected, match.slug]);
  };

  return (
    <div className="picker">
      <ul className="chips" aria-label="Conflicts compared">
        {selected.map((slug) => (
          <li key={slug} className="chip">
            {bySlug.get(slug)?.shortName ?? slug}
            <button type="button" aria-label={`Remove ${bySlug.get(slug)?.name ?? slug}`} onClick={() => go(selected.filter((s) => s !== slug))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add(text);
        }}
        className="picker-form"
      >
        <label htmlFor={`${listId}-input`} className="sr-only">
          Add a conflict
        </label>
        <input
          id={`${listId}-input`}
          type="search"
          list={listId}
          placeholder="Add a conflict…"
          value={text}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            // Choosing a suggestion fills the box with its exact name: add it at once.
            const exact = options.find((o) => o.name === e.target.value);
            if (exact && !selected.includes(exact.slug)) add(exact.name);
          }}
        />
        <datalist id={listId}>
          {options
            .filter((o) => !selected.includes(o.slug))
            .map((o) => (
              <option key={o.slug} value={o.name} />
            ))}
        </datalist>
        <button type="submit">Add</button>
        {selected.length ? (
          // Clear starts over: no conflicts, and none of the view (scale, years, rows, table, matrix cell).
          <button
            type="button"
            onClick={() => {
              setMessage(null);
              router.push(compareHref([]), { scroll: false });
            }}
          >
            Clear
          </button>
        ) : null}
      </form>
      {message ? (
        <p className="notice warn" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
