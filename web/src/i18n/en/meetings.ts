import type { TTranslation } from '@web/i18n/translation';

/** English texts of decision forums and their meetings. */
export const meetings: TTranslation['meetings'] = {
  forums: {
    title: 'Decision forums',
    intro: 'Forums where needs and initiatives are decided, such as OLG, a steering group or the social services committee. Each forum has members and a chair who approves the minutes.',
    add: 'New decision forum',
    newTitle: 'New decision forum',
    editTitle: 'Decision forum: {{name}}',
    back: 'Back to the decision forums',
    caption: 'Decision forums',
    empty: 'There are no decision forums yet.',
    name: 'Name',
    description: 'What the forum decides',
    members: 'Members',
    membersHint: 'Users of the organisation who sit in the forum.',
    chair: 'Chair',
    chairHint: 'The chair approves the minutes. The chair is also a member.',
    noChair: 'No chair chosen',
    memberCount: 'Members',
    created: 'The decision forum has been created.',
    saved: 'The decision forum has been saved.',
    toMeetings: 'Meetings',
    nameRequired: 'Enter the forum’s name.',
  },
};
