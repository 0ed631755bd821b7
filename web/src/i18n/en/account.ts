/** English texts of the person's own account: "My sessions". */
export const account = {
  sessions: {
    menu: 'My sessions',
    title: 'My sessions',
    intro:
      'Here you see where you are logged in right now. If you do not recognise a session, or forgot to log out on another computer or phone, you can end it here. Also change your password if you think someone else has it.',
    current: 'This session',
    unknownBrowser: 'Unknown browser',
    started: 'Logged in',
    lastSeen: 'Last used',
    end: 'Log out',
    endNamed: 'Log out {{browser}}, logged in {{started}}',
    ended: 'The session has been ended.',
    endOthers: 'Log out everywhere else',
    othersEnded_one: '{{count}} other session has been ended.',
    othersEnded_other: '{{count}} other sessions have been ended.',
    onlyThis: 'You are logged in here only.',
    listLabel: 'Your active sessions',
  },
};
