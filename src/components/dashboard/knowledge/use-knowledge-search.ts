"use client";
import { useEffect, useState } from "react";
import { useApi } from "@/components/use-api";
import type { KnowledgeList } from "../api-types";

export const PAGE_SIZE = 25;
// Long enough to wait for a pause in typing, short enough to feel live.
const SEARCH_DELAY_MS = 250;

/** One page of the knowledge base for what is typed in the search box (searched after a pause). */
export function useKnowledgeSearch() {
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState({ q: "", page: 0 });

  useEffect(() => {
    const q = query.trim();
    if (q === search.q) return;
    const timer = setTimeout(() => setSearch({ q, page: 0 }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, search.q]);

  const params = new URLSearchParams({ take: String(PAGE_SIZE), skip: String(search.page * PAGE_SIZE) });
  if (search.q) params.set("q", search.q);
  const list = useApi<KnowledgeList>(`/api/knowledge?${params}`);

  return {
    query,
    setQuery,
    /** The search the list shows (the box may be ahead of it while typing). */
    q: search.q,
    page: search.page,
    setPage: (page: number) => setSearch((current) => ({ ...current, page })),
    /** Clears the search and shows a page, e.g. the last one after adding an entry. */
    showPage: (page: number) => {
      setQuery("");
      setSearch({ q: "", page });
    },
    list,
  };
}
