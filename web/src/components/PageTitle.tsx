import type { ReactNode } from 'react';
import { useEffect } from 'react';

/** The page's heading (h1), mirrored in the browser tab, with actions on the right. */
export function PageTitle({ title, extra }: { title: string; extra?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – Ketnap`;
  }, [title]);
  return (
    <div className="page-title">
      <h1>{title}</h1>
      {extra && <div>{extra}</div>}
    </div>
  );
}
