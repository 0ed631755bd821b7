import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupTargetProblem } from '@server/ops/embedded-admin';

describe('where npm run backup may write', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'digiplan-backup-cmd-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('tells the operator in Swedish that the folder does not exist', () => {
    const missing = path.join(folder, 'finns-inte');
    expect(backupTargetProblem(path.join(missing, 'backup.jsonl.gz'))).toBe(
      `Mappen ${missing} finns inte. Skapa den först (mkdir -p ${missing}) eller ange en fil i en befintlig mapp.`,
    );
  });

  it('tells the operator when the named folder is a file', () => {
    const file = path.join(folder, 'en-fil');
    writeFileSync(file, 'x');
    expect(backupTargetProblem(path.join(file, 'backup.jsonl.gz'))).toBe(`${file} är ingen mapp. Ange en fil i en befintlig mapp.`);
  });

  it('has nothing to say about an existing folder', () => {
    expect(backupTargetProblem(path.join(folder, 'backup.jsonl.gz'))).toBeUndefined();
  });
});
