import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type TTableScrollProps = {
  /** Names the scroll region for screen readers (usually the table's caption)… */
  label?: string;
  /** …or the id of the heading that names it. */
  labelledBy?: string;
  children: ReactNode;
  className?: string;
};

type TOverflow = { start: boolean; end: boolean };

/**
 * The one wrapper for tables that may be wider than the page: the table scrolls sideways inside
 * this named, focusable region (keyboard users scroll it with the arrow keys), never the page
 * (WCAG 1.4.10 at 320 px). When the table is cut off — on a phone or at 1280 px — a line above it
 * says so and a shadow marks the cut edge; the first column stays put while the rest scrolls.
 */
export function TableScroll({ label, labelledBy, children, className }: TTableScrollProps) {
  const { t } = useTranslation();
  const region = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<TOverflow>({ start: false, end: false });

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const update = () => {
      const hidden = element.scrollWidth - element.clientWidth;
      const scrolled = Math.abs(element.scrollLeft); // negative in right-to-left layouts
      const next = { start: scrolled > 1, end: hidden - scrolled > 1 };
      setOverflow((current) => (current.start === next.start && current.end === next.end ? current : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, []);

  const cutOff = overflow.start || overflow.end;
  return (
    <div className={['wide-table', className].filter(Boolean).join(' ')} data-cut-start={overflow.start || undefined} data-cut-end={overflow.end || undefined}>
      {cutOff && <p className="wide-table__cue">{t('table.scrollCue')}</p>}
      <div ref={region} className="wide-table__region data-table" role="region" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
