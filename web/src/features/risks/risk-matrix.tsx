import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { RISK_SCALE, riskLevel, riskValue } from '@domain/risk';
import type { TRisk } from '@domain/risks.contracts';
import { TableScroll } from '@web/ui/table-scroll';

/**
 * The 4×4 risk matrix as a table: consequence in rows (4 at the top), likelihood in columns. Each
 * cell says how many risks it holds and its level in words (colour only repeats it) and links to
 * the list filtered to that cell.
 */
export function RiskMatrix({ risks, filterHref }: { risks: TRisk[]; filterHref: (likelihood: number, consequence: number) => string }) {
  const { t } = useTranslation();
  const count = (l: number, c: number) => risks.filter((r) => r.likelihood === l && r.consequence === c).length;
  return (
    <section aria-labelledby="risk-matrix-heading" className="stack">
      <Heading level={2} data-size="sm" id="risk-matrix-heading">
        {t('risks.matrix.heading')}
      </Heading>
      <TableScroll labelledBy="risk-matrix-heading">
        <Table className="risk-matrix" border>
          <caption>{t('risks.matrix.caption')}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t('risks.matrix.corner')}</TableHeaderCell>
              {RISK_SCALE.map((l) => (
                <TableHeaderCell key={l} scope="col">
                  {t('risks.matrix.likelihood', { n: l })}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {[...RISK_SCALE].reverse().map((c) => (
              <TableRow key={c}>
                <TableHeaderCell scope="row">{t('risks.matrix.consequence', { n: c })}</TableHeaderCell>
                {RISK_SCALE.map((l) => {
                  const value = riskValue(l, c);
                  const level = riskLevel(value);
                  const n = count(l, c);
                  const text = n > 0 ? t('risks.matrix.cell', { count: n, value, level: t(`risks.levels.${level}`).toLowerCase() }) : t('risks.matrix.cellEmpty', { value, level: t(`risks.levels.${level}`).toLowerCase() });
                  return (
                    <TableCell key={l} className={`risk-cell risk-cell--${level}`}>
                      {n > 0 ? (
                        <RouterLink to={filterHref(l, c)} aria-label={`${text}. ${t('risks.matrix.showCell', { likelihood: l, consequence: c })}`}>
                          <span className="risk-cell__count">{n}</span>
                        </RouterLink>
                      ) : (
                        <>
                          <span className="risk-cell__count" aria-hidden="true">
                            0
                          </span>
                          <span className="visually-hidden">{text}</span>
                        </>
                      )}
                      <span className="risk-cell__level" aria-hidden="true">
                        {t(`risks.levels.${level}`)}
                      </span>
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}
