import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { writeBackup } from '@server/platform/backup/write-backup';

describe('writing a backup where it cannot be written', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'digiplan-backup-target-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('rejects with the reason when an operator names a folder that does not exist, instead of crashing', async () => {
    const file = path.join(folder, 'finns-inte', 'backup.jsonl.gz');
    await expect(writeBackup(inject('pgAdminBase') + 'postgres', file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(folder)).toEqual([]);
  });
});
