import { useTranslation } from 'react-i18next';
import type { TPilot } from '@domain/pilots.contracts';
import { formatDate } from '@web/ui/format';

/** "1 mars 2026 – 31 augusti 2026". */
export function pilotPeriod(pilot: Pick<TPilot, 'startsOn' | 'endsOn'>): string {
  return `${formatDate(pilot.startsOn)} – ${formatDate(pilot.endsOn)}`;
}

/** Where a pilot runs: the unit and the free-text environment, whichever there are. */
export function pilotPlace(pilot: Pick<TPilot, 'unitName' | 'environment'>): string {
  return [pilot.unitName, pilot.environment].filter(Boolean).join(', ');
}

/**
 * One pilot's facts as a description list: where, when, with whom, what is tested and what came of
 * it. Its own component so that other pages (the shared library) can show a pilot the same way.
 */
export function PilotDetails({ pilot }: { pilot: TPilot }) {
  const { t } = useTranslation();
  return (
    <dl className="pilot-details">
      <div>
        <dt>{t('pilots.fields.status')}</dt>
        <dd>{t(`pilots.statuses.${pilot.status}`)}</dd>
      </div>
      <div>
        <dt>{t('pilots.fields.period')}</dt>
        <dd>{pilotPeriod(pilot)}</dd>
      </div>
      {pilotPlace(pilot) && (
        <div>
          <dt>{t('pilots.fields.environment')}</dt>
          <dd>{pilotPlace(pilot)}</dd>
        </div>
      )}
      <div>
        <dt>{t('pilots.fields.partners')}</dt>
        <dd>
          {pilot.partners.length === 0 ? (
            t('pilots.noPartners')
          ) : (
            <ul className="pilot-partners">
              {pilot.partners.map((partner, index) => (
                <li key={`${index}:${partner.name}`}>
                  {partner.name} ({t(`pilots.partnerKinds.${partner.kind}`).toLowerCase()})
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('pilots.fields.whatIsTested')}</dt>
        <dd className="pilot-text">{pilot.whatIsTested}</dd>
      </div>
      {pilot.results && (
        <div>
          <dt>{t('pilots.fields.results')}</dt>
          <dd className="pilot-text">{pilot.results}</dd>
        </div>
      )}
      <div>
        <dt>{t('pilots.fields.outcome')}</dt>
        <dd>{pilot.outcome ? t(`pilots.outcomes.${pilot.outcome}`) : t('pilots.fields.noOutcome')}</dd>
      </div>
    </dl>
  );
}
