import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@domain/roles';
import { currentNavItem, visibleNavItems } from '@web/app/nav-items';

/**
 * The main menu: only the entries the role may use, the current one marked with
 * `aria-current="page"` (announced, and underlined — not shown by colour alone).
 */
export function MainNav({ permissions, installationAdmin = false }: { permissions: readonly Permission[]; installationAdmin?: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = visibleNavItems(permissions, installationAdmin);
  const current = currentNavItem(items, pathname);
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul className="page-width main-nav__list">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={item.to} className="main-nav__link" aria-current={item === current ? 'page' : undefined}>
              {t(`nav.${item.id}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
