import type { ReminderKind } from '@domain/reminders';

const swedishDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A reminder's e-mail in Swedish: the thing's name (the organisation's own words, plain text) and
 * its date. No personal data: a benefit, a system or an initiative is named, nothing about clients.
 */
export function reminderEmail(kind: ReminderKind, title: string, dueDate: string): { subject: string; text: string } {
  const date = swedishDate(dueDate);
  switch (kind) {
    case 'benefit_measurement_due':
      return {
        subject: `Dags att mäta nyttan: ${title}`,
        text: ['Hej!', '', `Det är dags att mäta nyttan ”${title}” som du är ansvarig för. Mätningen ska göras ${date}.`, '', 'Registrera mätningen i Digiplan.'].join('\n'),
      };
    case 'contract_ending':
      return {
        subject: `Avtalet löper ut ${date}: ${title}`,
        text: [
          'Hej!',
          '',
          `Avtalet för systemet ”${title}” löper ut ${date}. Du får det här eftersom du har en förvaltningsuppgift för systemet.`,
          '',
          'Bestäm i tid om avtalet ska förlängas, upphandlas på nytt eller avslutas.',
        ].join('\n'),
      };
    case 'contract_notice':
      return {
        subject: `Sista dag att säga upp avtalet är ${date}: ${title}`,
        text: [
          'Hej!',
          '',
          `Sista dag att säga upp avtalet för systemet ”${title}” är ${date}. Du får det här eftersom du har en förvaltningsuppgift för systemet.`,
          '',
          'Om avtalet inte ska förlängas behöver det sägas upp senast den dagen.',
        ].join('\n'),
      };
    case 'classification_review':
      return {
        subject: `Dags att se över informationsklassningen: ${title}`,
        text: ['Hej!', '', `Informationsklassningen av initiativet ”${title}” som du gjorde ska ses över ${date}, ett år efter att den gjordes.`, '', 'Gå igenom klassningen och spara en ny om något har ändrats.'].join('\n'),
      };
  }
}
