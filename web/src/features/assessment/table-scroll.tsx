import type { ReactNode } from 'react';

/**
 * A wide table's own scroll area: a named region that keyboard users can focus to scroll it
 * sideways on narrow screens (a scrolling area without a focusable element is out of their reach).
 * `className` sets the compact styles of the table inside.
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={['assessment-scroll', className].filter(Boolean).join(' ')} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
