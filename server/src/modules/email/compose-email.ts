/** What the worker puts around every message's body: the link into Digiplan and why it was sent. */
export function composeEmailText(body: string, link: string, publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  return [
    body.trimEnd(),
    '',
    `Öppna i Digiplan: ${base}${link}`,
    '',
    '--',
    'Det här meddelandet skickades automatiskt av Digiplan och går inte att svara på.',
    `Välj vilka e-postmeddelanden du vill få under Mina e-postinställningar: ${base}/mina-installningar/e-post`,
    '',
  ].join('\n');
}

/** Minutes to wait before attempt `attempt + 1` after `attempt` failures: 1, 2, 4 … capped at 6 hours. */
export function retryDelayMinutes(attempt: number): number {
  return Math.min(2 ** Math.max(0, attempt - 1), 360);
}

/** After this many failed attempts (about 20 hours after the first with the delays above) a message is marked failed. */
export const MAX_ATTEMPTS = 12;
