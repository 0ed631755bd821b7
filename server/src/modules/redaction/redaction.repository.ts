import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { RedactableKind } from '@domain/redaction.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { redactAuditText } from '@server/modules/needs/need-redaction.repository';
import { REDACTABLE_TEXT_SOURCES } from '@server/modules/redaction/redactable-texts';

type Scope = Pick<Ctx, 'organizationId'>;

const columnOf = (kind: RedactableKind, field: string): PgColumn => (REDACTABLE_TEXT_SOURCES[kind].table as unknown as Record<string, PgColumn>)[field]!;

/** The current text of one field of one record of the organisation (locked), or undefined when there is no such record. */
export async function findRedactableText(tx: Tx, ctx: Scope, kind: RedactableKind, id: string, field: string): Promise<{ text: string; version: number } | undefined> {
  const { table } = REDACTABLE_TEXT_SOURCES[kind];
  const [row] = await tx
    .select({ text: columnOf(kind, field), version: table.version })
    .from(table)
    .where(and(eq(table.organizationId, ctx.organizationId), eq(table.id, id)))
    .for('update');
  return row ? { text: String(row.text ?? ''), version: Number(row.version) } : undefined;
}

/** Writes the marker into the field and moves the record's version on (open forms must reload). */
export async function writeRedactedText(tx: Tx, ctx: Scope, kind: RedactableKind, id: string, field: string, marker: string): Promise<number> {
  const { table } = REDACTABLE_TEXT_SOURCES[kind];
  const [row] = await tx
    .update(table)
    .set({ [field]: marker, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.organizationId, ctx.organizationId), eq(table.id, id)))
    .returning({ version: table.version });
  return Number(row!.version);
}

/**
 * Replaces the given texts, each where it is a whole string value, by `marker` in the audit
 * events about one entity (ADR 0005), skipping empty texts and the marker itself. Used by every
 * deletion, so the deleted free text does not live on in the audit log.
 */
export async function eraseTextsFromAudit(tx: Tx, entityId: string, texts: Iterable<string | null | undefined>, marker: string): Promise<void> {
  for (const text of new Set(texts)) {
    if (text && text.trim() !== '' && text !== marker) await redactAuditText(tx, entityId, text, marker);
  }
}

/** Every string value inside a JSON-like value (a deleted record's lists of participants, its document fields …). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
