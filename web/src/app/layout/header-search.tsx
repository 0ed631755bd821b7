import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Input } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';

/**
 * The search box in the header: a need number (B-12) or words; Enter opens the results page.
 * A search landmark, so screen-reader users find it from anywhere.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const [q, setQ] = useState(pathname === paths.search ? (params.get('q') ?? '') : '');
  const inputId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`${paths.search}?q=${encodeURIComponent(q.trim())}`);
  };

  return (
    <form role="search" aria-label={t('search.landmark')} className="header-search" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.label')}
      </label>
      <Input id={inputId} type="search" data-size="sm" className="header-search__input" value={q} onChange={(event) => setQ(event.target.value)} placeholder={t('search.placeholder')} maxLength={200} />
      <Button type="submit" variant="secondary" data-size="sm">
        {t('search.submit')}
      </Button>
    </form>
  );
}
