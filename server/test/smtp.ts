import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export type ReceivedMail = ParsedMail & { to_: string[]; raw: string };

/**
 * A real SMTP server in the test process (smtp-server on 127.0.0.1, any port): everything it
 * accepts is parsed with mailparser into `received`. `hold` makes it keep the next message waiting
 * (for kill tests); `refuse` makes it answer 451 to every message until set back.
 */
export type TestSmtp = {
  url: string;
  received: ReceivedMail[];
  refuse: boolean;
  /** Messages whose DATA has arrived but which are not yet answered while `holding` is true. */
  holding: boolean;
  heldCount: () => number;
  /** Resolves when `count` messages have been accepted (or rejects after `ms`). */
  waitFor: (count: number, ms?: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let held = 0;
  const state = { refuse: false, holding: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.refuse) return callback(Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }));
        if (state.holding) {
          held++;
          return; // never answered: the client waits until it is killed or times out
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((mail) => {
          received.push(Object.assign(mail, { to_: session.envelope.rcptTo.map((r) => r.address), raw }));
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get refuse() {
      return state.refuse;
    },
    set refuse(value: boolean) {
      state.refuse = value;
    },
    get holding() {
      return state.holding;
    },
    set holding(value: boolean) {
      state.holding = value;
    },
    heldCount: () => held,
    waitFor: async (count, ms = 20_000) => {
      const until = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} e-mail(s), got ${received.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
