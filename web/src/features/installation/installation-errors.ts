import i18next from 'i18next';
import { isApiError } from '@web/api/api-error';
import { fieldIssueText, problemText } from '@web/i18n/error-text';

/** The reasons the installation routes give, each with its own sentence. */
export const INSTALLATION_ISSUES = [
  'admin_outside_domain', 'domain_owned', 'account_exists', 'name_taken', 'number_taken', 'own_organization', 'not_disabled', 'name_mismatch',
] as const;
type TInstallationIssue = (typeof INSTALLATION_ISSUES)[number];
const isInstallationIssue = (code: string): code is TInstallationIssue => (INSTALLATION_ISSUES as readonly string[]).includes(code);

/** The sentence for one field issue of the installation routes. */
export function installationIssueText(issue: { code: string }): string {
  return isInstallationIssue(issue.code) ? i18next.t(`installation.issues.${issue.code}`) : fieldIssueText(issue);
}

/** The sentence for a failed installation call: its own reason when the server gave one. */
export function installationProblemText(error: unknown): string {
  if (isApiError(error)) {
    const issue = error.errors.find((candidate) => isInstallationIssue(candidate.code));
    if (issue) return installationIssueText(issue);
  }
  return problemText(error);
}
