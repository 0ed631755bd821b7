import { useEffect, useId, useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@domain/roles';
import { currentNavItem, groupNavItems, visibleNavItems, type TNavGroup, type TNavItem } from '@web/app/nav-items';

/** Wide enough for the start link and every group on one row (the CSS uses the same width). */
const WIDE_QUERY = '(min-width: 60rem)';

function subscribeWide(onChange: () => void) {
  const query = window.matchMedia(WIDE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function useWideScreen() {
  return useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(WIDE_QUERY).matches,
    () => true,
  );
}

/**
 * The main menu: only the entries the role may use, grouped by what people do (Behov och beslut,
 * Initiativ och nytta, Plan och uppföljning, Register, Administration). On a wide screen it is one
 * row: each group with more than one entry is a disclosure button opening its links. On a narrow
 * screen a "Meny" button opens the whole menu. Escape closes and puts focus back on the button;
 * the current entry is marked with `aria-current="page"` (announced, and underlined).
 */
export function MainNav({ permissions, installationAdmin = false }: { permissions: readonly Permission[]; installationAdmin?: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const wide = useWideScreen();
  const items = visibleNavItems(permissions, installationAdmin);
  const current = currentNavItem(items, pathname);
  const loose = items.filter((item) => !item.group);
  const groups = groupNavItems(items);
  const [menuOpen, setMenuOpen] = useState(false);
  const [openGroup, setOpenGroup] = useState<TNavGroup | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  // A new page closes whatever was open.
  useEffect(() => {
    setMenuOpen(false);
    setOpenGroup(null);
  }, [pathname]);

  const link = (item: TNavItem) => (
    <Link to={item.to} className="main-nav__link" aria-current={item === current ? 'page' : undefined}>
      {t(`nav.${item.id}`)}
    </Link>
  );

  if (!wide) {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && menuOpen) {
        event.preventDefault();
        setMenuOpen(false);
        menuButton.current?.focus();
      }
    };
    return (
      <nav aria-label={t('nav.label')} className="main-nav main-nav--narrow" onKeyDown={closeOnEscape}>
        <div className="page-width">
          <button
            ref={menuButton}
            type="button"
            className="main-nav__toggle"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true" className="main-nav__toggle-icon">
              {menuOpen ? '✕' : '☰'}
            </span>
            {t('nav.menu')}
          </button>
          <div id={menuId} hidden={!menuOpen}>
            <ul className="main-nav__stack">
              {loose.map((item) => (
                <li key={item.id}>{link(item)}</li>
              ))}
              {groups.map(({ group, items: groupItems }) => (
                <li key={group}>
                  <span className="main-nav__group-label" id={`${menuId}-${group}`}>
                    {t(`nav.groups.${group}`)}
                  </span>
                  <ul aria-labelledby={`${menuId}-${group}`}>
                    {groupItems.map((item) => (
                      <li key={item.id}>{link(item)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </nav>
    );
  }

  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul className="page-width main-nav__list">
        {loose.map((item) => (
          <li key={item.id}>{link(item)}</li>
        ))}
        {groups.map(({ group, items: groupItems }) =>
          groupItems.length === 1 ? (
            <li key={group}>{link(groupItems[0]!)}</li>
          ) : (
            <NavGroup
              key={group}
              label={t(`nav.groups.${group}`)}
              open={openGroup === group}
              containsCurrent={groupItems.some((item) => item === current)}
              onOpenChange={(open) => setOpenGroup(open ? group : null)}
            >
              {groupItems.map((item) => (
                <li key={item.id}>{link(item)}</li>
              ))}
            </NavGroup>
          ),
        )}
      </ul>
    </nav>
  );
}

/** One group on the wide menu: a disclosure button and its list of links below it. */
function NavGroup({
  label,
  open,
  containsCurrent,
  onOpenChange,
  children,
}: {
  label: string;
  open: boolean;
  containsCurrent: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      onOpenChange(false);
      button.current?.focus();
    }
  };
  // Tabbing or clicking out of the group closes it.
  const onBlur = (event: FocusEvent<HTMLLIElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) onOpenChange(false);
  };
  return (
    <li className="main-nav__group" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className={containsCurrent ? 'main-nav__link main-nav__group-button main-nav__link--current' : 'main-nav__link main-nav__group-button'}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => onOpenChange(!open)}
      >
        {label}
        {containsCurrent && <span className="visually-hidden"> ({t('nav.currentGroup')})</span>}
        <span aria-hidden="true" className="main-nav__chevron">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <ul id={listId} className="main-nav__panel" hidden={!open}>
        {children}
      </ul>
    </li>
  );
}
