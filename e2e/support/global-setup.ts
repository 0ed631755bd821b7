import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminEmail: string;
    adminPassword: string;
    /** The embedded database's directory, for journeys that run an operator command (npm run org:create). */
    dataDir: string;
  }
}

let server: ChildProcess | undefined;
let dataDir: string | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Waits for the server to print the demo admin's one-time password and then answer /health/ready. */
function waitForStart(child: ChildProcess, baseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let password: string | undefined;
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      password ??= /engångslösenordet: (\S+)/.exec(output)?.[1];
      if (password) void pollReady();
    };
    let polling = false;
    const pollReady = async () => {
      if (polling) return;
      polling = true;
      while (child.exitCode === null) {
        if (await fetch(`${baseUrl}/health/ready`).then((r) => r.ok, () => false)) {
          clearTimeout(timer);
          return resolve(password!);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

/**
 * Starts Digiplan as a user would (`tsx server/src/main.ts` on a fresh embedded database with the
 * demo organisation), reads the one-time password from its console, and sets a known password
 * through the API so every journey can log in as the administrator.
 */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/web/index.html')) throw new Error('Build the web app first: npm run build');
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-e2e-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the OS user postgres
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    // Every journey logs the administrator in, more often than the production limit allows.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOGIN_ATTEMPTS_PER_5_MIN: '1000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const oneTimePassword = await waitForStart(server, baseUrl);
  const adminEmail = 'admin@exempelkommun.se';
  const adminPassword = `e2e-${Math.random().toString(36).slice(2)}-losenord`;
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: oneTimePassword }),
  });
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const change = await fetch(`${baseUrl}/api/v1/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ currentPassword: oneTimePassword, newPassword: adminPassword }),
  });
  if (!change.ok) throw new Error(`password change failed: ${change.status} ${await change.text()}`);
  project.provide('baseUrl', baseUrl);
  project.provide('adminEmail', adminEmail);
  project.provide('adminPassword', adminPassword);
  project.provide('dataDir', dataDir);
}

export async function teardown(): Promise<void> {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
