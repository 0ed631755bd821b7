import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';

/** "← Administration" above a section's heading, so the way back is the same on every page. */
export function AdminBackLink({ to = paths.administration, label }: { to?: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <Link asChild>
        <RouterLink to={to}>
          <span aria-hidden="true">← </span>
          {label ?? t('admin.backToAdministration')}
        </RouterLink>
      </Link>
    </p>
  );
}
