import type { TAuditFilter } from '@domain/audit.contracts';

/** The audit filter with its times resolved to instants: `from` inclusive, `to` exclusive. */
export type AuditCriteria = {
  actionPrefix?: string;
  entityId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Resolves the query's filter. A bare date means midnight UTC; as `to` it means the end of that
 * day, because "to 31 March" includes the 31st for anyone reading a log.
 */
export function toAuditCriteria(filter: TAuditFilter): AuditCriteria {
  const criteria: AuditCriteria = {};
  if (filter.action) criteria.actionPrefix = filter.action;
  if (filter.entityId) criteria.entityId = filter.entityId;
  if (filter.actorId) criteria.actorId = filter.actorId;
  if (filter.from) criteria.from = new Date(DATE_ONLY.test(filter.from) ? `${filter.from}T00:00:00Z` : filter.from);
  if (filter.to) {
    criteria.to = DATE_ONLY.test(filter.to) ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS) : new Date(filter.to);
  }
  return criteria;
}
