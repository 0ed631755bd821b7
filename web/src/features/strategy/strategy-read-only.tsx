import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TStrategyFrame, TSwot } from '@domain/strategy.contracts';
import { DataTable } from '@web/ui/data-table';
import { SWOT_PARTS } from '@web/features/strategy/strategy-form-values';

function Points({ points, empty }: { points: readonly string[]; empty: string }) {
  if (points.length === 0) return <Paragraph className="muted">{empty}</Paragraph>;
  return (
    <ul>
      {points.map((point, index) => (
        <li key={`${index}:${point}`}>{point}</li>
      ))}
    </ul>
  );
}

/** The strategy frame for members who may read but not change it. */
export function StrategyReadOnly({ frame }: { frame: TStrategyFrame }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Paragraph className="muted">{t('strategy.readOnly')}</Paragraph>
      <section aria-labelledby="strategy-vision-heading">
        <Heading level={2} data-size="sm" id="strategy-vision-heading">
          {t('strategy.vision')}
        </Heading>
        <Paragraph className="strategy-vision">{frame.vision || t('strategy.noVision')}</Paragraph>
      </section>
      <section aria-labelledby="strategy-swot-heading">
        <Heading level={2} data-size="sm" id="strategy-swot-heading">
          {t('strategy.swot')}
        </Heading>
        <div className="strategy-swot">
          {SWOT_PARTS.map((part: keyof TSwot) => (
            <section key={part} aria-labelledby={`swot-${part}`}>
              <Heading level={3} data-size="2xs" id={`swot-${part}`}>
                {t(`strategy.swotParts.${part}`)}
              </Heading>
              <Points points={frame.swot[part]} empty={t('strategy.noPoints')} />
            </section>
          ))}
        </div>
      </section>
      <section aria-labelledby="strategy-stakeholders-heading">
        <Heading level={2} data-size="sm" id="strategy-stakeholders-heading">
          {t('strategy.stakeholders')}
        </Heading>
        {frame.stakeholders.length === 0 ? (
          <Paragraph className="muted">{t('strategy.noStakeholders')}</Paragraph>
        ) : (
          <DataTable
            caption={t('strategy.stakeholderCaption')}
            captionHidden
            columns={[
              { id: 'name', header: t('strategy.stakeholder'), isRowHeader: true, cell: (row) => row.name },
              { id: 'interest', header: t('strategy.interest'), cell: (row) => row.interest },
            ]}
            rows={frame.stakeholders.map((stakeholder, index) => ({ ...stakeholder, key: `${index}` }))}
            rowKey={(row) => row.key}
          />
        )}
      </section>
      <section aria-labelledby="strategy-success-heading">
        <Heading level={2} data-size="sm" id="strategy-success-heading">
          {t('strategy.successFactors')}
        </Heading>
        <Points points={frame.successFactors} empty={t('strategy.noSuccessFactors')} />
      </section>
    </div>
  );
}
