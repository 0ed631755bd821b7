import type { TLesson } from '@domain/benefit-follow-up.contracts';
import type { LessonView } from '@server/modules/benefits/lessons.repository';

export const presentLesson = (row: LessonView): TLesson => ({ ...row, createdAt: row.createdAt.toISOString() });
