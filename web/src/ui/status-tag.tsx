import type { ReactNode } from 'react';
import { Tag } from '@digdir/designsystemet-react';

/** The colour family of a status; the text always says the status too (never colour alone). */
export type TStatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A small labelled status ("Inskickat", "Beslutat"); the label carries the meaning, the colour helps. */
export function StatusTag({ tone = 'neutral', children }: { tone?: TStatusTone; children: ReactNode }) {
  return (
    <Tag data-color={tone} data-size="sm" className="status-tag">
      {children}
    </Tag>
  );
}
