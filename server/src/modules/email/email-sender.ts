import nodemailer from 'nodemailer';

/** One e-mail ready to go: plain text only, with its outbox id as a stable Message-ID. */
export type OutgoingEmail = { id: string; to: string; subject: string; text: string };

/** Hands one message to the mail server; throws when it is not accepted. */
export type EmailSender = (message: OutgoingEmail) => Promise<void>;

/** The sender's own address: SMTP_FROM, else no-reply at PUBLIC_URL's host. */
export function senderAddress(smtpFrom: string | undefined, publicUrl: string | undefined): string {
  if (smtpFrom) return smtpFrom;
  const host = publicUrl ? new URL(publicUrl).hostname : 'localhost';
  return `Digiplan <no-reply@${host}>`;
}

/**
 * Sends through the SMTP server at `smtpUrl` (smtp://user:pass@host:587, smtps://… for TLS from the
 * start) with nodemailer. Short timeouts: a server that hangs must not hold a message's row lock for
 * minutes — the message is retried later instead.
 */
export function smtpSender(smtpUrl: string, from: string): { send: EmailSender; close: () => void } {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (message) => {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        // The same id on every attempt, so a receiving system can tell a repeat from a new message.
        messageId: `<${message.id}@digiplan>`,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => transport.close(),
  };
}
