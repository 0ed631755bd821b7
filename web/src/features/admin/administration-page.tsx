import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Permission } from '@domain/roles';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { PageHeading } from '@web/ui/page-heading';

type TSectionId = 'organization' | 'units' | 'focusAreas' | 'goals' | 'checklists' | 'members' | 'benefitRates' | 'classificationLabels' | 'sso' | 'outbox' | 'auditLog';
type TSection = { id: TSectionId; to: string; permission: Permission };

const SECTIONS: readonly TSection[] = [
  { id: 'organization', to: paths.adminOrganization, permission: 'organization:manage' },
  { id: 'units', to: paths.adminUnits, permission: 'organization:manage' },
  { id: 'focusAreas', to: paths.adminFocusAreas, permission: 'organization:manage' },
  { id: 'goals', to: paths.adminGoals, permission: 'organization:manage' },
  { id: 'checklists', to: paths.adminChecklists, permission: 'organization:manage' },
  { id: 'classificationLabels', to: paths.adminClassificationLabels, permission: 'organization:manage' },
  { id: 'members', to: paths.adminMembers, permission: 'user:manage' },
  { id: 'sso', to: paths.adminSso, permission: 'organization:manage' },
  { id: 'benefitRates', to: paths.adminBenefitRates, permission: 'organization:manage' },
  { id: 'outbox', to: paths.adminOutbox, permission: 'organization:manage' },
  { id: 'auditLog', to: paths.auditLog, permission: 'audit:read' },
];

/** A section's link text is the heading of the page it opens, so the two always agree. */
function sectionTitle(id: TSectionId): string {
  switch (id) {
    case 'organization':
      return i18next.t('admin.organization.title');
    case 'units':
      return i18next.t('admin.units.title');
    case 'focusAreas':
      return i18next.t('admin.focusAreas.title');
    case 'goals':
      return i18next.t('admin.goals.title');
    case 'checklists':
      return i18next.t('process.templates.title');
    case 'classificationLabels':
      return i18next.t('classification.labels.title');
    case 'members':
      return i18next.t('admin.members.title');
    case 'benefitRates':
      return i18next.t('benefits.settings.title');
    case 'sso':
      return i18next.t('sso.settings.title');
    case 'outbox':
      return i18next.t('admin.outbox.title');
    case 'auditLog':
      return i18next.t('audit.title');
  }
}

/** /administration: the administrator's sections, each a link with a sentence on what it holds. */
export function AdministrationPage() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <>
      <PageHeading>{t('admin.overview.title')}</PageHeading>
      <Paragraph data-size="lg">{t('admin.overview.intro')}</Paragraph>
      <ul className="shortcut-list">
        {SECTIONS.filter((section) => can(section.permission)).map((section) => (
          <li key={section.id}>
            <Card data-color="neutral" variant="tinted">
              <Heading level={2} data-size="2xs">
                <RouterLink to={section.to}>{sectionTitle(section.id)}</RouterLink>
              </Heading>
              <Paragraph data-size="sm">{t(`admin.overview.sections.${section.id}`)}</Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
