import { useId } from 'react';
import { Link, Paragraph } from '@digdir/designsystemet-react';

type TExportLinkProps = { href: string; text: string; hint: string };

/**
 * A download link for an export (e.g. Excel) of what a list shows. A plain same-origin GET with
 * the session cookie, so the browser handles the download; the hint, tied to the link with
 * aria-describedby, says what the file holds.
 */
export function ExportLink({ href, text, hint }: TExportLinkProps) {
  const hintId = useId();
  return (
    <Paragraph data-size="sm">
      <Link href={href} download aria-describedby={hintId}>
        {text}
      </Link>{' '}
      <span id={hintId} className="muted">
        {hint}
      </span>
    </Paragraph>
  );
}
