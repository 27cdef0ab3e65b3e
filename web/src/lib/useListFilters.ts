// The filters of a list page kept in the URL (so a reload or a shared link shows the same
// list), and a search box that searches a moment after the user stops typing.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

export type FilterChanges = Record<string, string | number | undefined>;

export function useListFilters() {
  const [params, setParams] = useSearchParams();

  // Changing any filter but the page goes back to the first page.
  const update = (changes: FilterChanges) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  return { params, update };
}

// What the user is typing, and `commit(text)` called with it 300 ms after they pause.
// A user who clicks a result within those 300 ms has left the list: the address has
// changed while the next page is still loading (the list is still on screen), and the
// search must not pull them back to it.
export function useDebouncedSearch(current: string, commit: (text: string) => void) {
  const [typed, setTyped] = useState(current);
  useEffect(() => {
    if (typed === current) return;
    const listPath = window.location.pathname;
    const timer = window.setTimeout(() => {
      if (window.location.pathname === listPath) commit(typed.trim());
    }, 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  return [typed, setTyped] as const;
}
