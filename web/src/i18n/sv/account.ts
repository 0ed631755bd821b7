/** Swedish texts of the person's own account: "Mina inloggningar". */
export const account = {
  sessions: {
    menu: 'Mina inloggningar',
    title: 'Mina inloggningar',
    intro:
      'Här ser du var du är inloggad just nu. Känner du inte igen en inloggning, eller har du glömt att logga ut på en annan dator eller telefon, kan du avsluta den här. Byt också lösenord om du tror att någon annan har det.',
    current: 'Den här inloggningen',
    unknownBrowser: 'Okänd webbläsare',
    started: 'Inloggad',
    lastSeen: 'Senast använd',
    end: 'Logga ut',
    endNamed: 'Logga ut {{browser}}, inloggad {{started}}',
    ended: 'Inloggningen är avslutad.',
    endOthers: 'Logga ut överallt utom här',
    othersEnded_one: '{{count}} annan inloggning är avslutad.',
    othersEnded_other: '{{count}} andra inloggningar är avslutade.',
    onlyThis: 'Du är bara inloggad här.',
    listLabel: 'Dina aktiva inloggningar',
  },
};
