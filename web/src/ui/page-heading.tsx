import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { Heading } from '@digdir/designsystemet-react';

/** "Behov – Digiplan": the page's own name first, so tabs and history read well. */
export function documentTitle(pageTitle: string): string {
  return pageTitle ? `${pageTitle} – Digiplan` : 'Digiplan';
}

/** The address the visit started at; its heading does not take focus (the browser starts at the top). */
let firstLocationKey: string | null = null;

/**
 * The page's one h1. It also names the browser tab and, after client-side navigation, takes focus
 * so keyboard and screen-reader users start at the new page's heading (a single-page app does not
 * reset focus by itself). On the very first page load focus stays at the top of the document.
 */
export function PageHeading({ children, documentTitle: titleOverride }: { children: string; documentTitle?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const title = titleOverride ?? children;

  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);

  useEffect(() => {
    firstLocationKey ??= location.key;
    if (location.key === firstLocationKey) return;
    ref.current?.focus();
    // Focus only when the page changes, not when its query string does (filters, sorting).
  }, [location.pathname]);

  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
