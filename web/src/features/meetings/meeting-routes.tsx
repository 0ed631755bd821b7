import type { RouteObject } from 'react-router';

/**
 * Decision forums and their meetings (each page lazy), mounted once in `routes.tsx` under
 * `decision:read`; the forms check `meeting:manage` themselves and the server refuses everyone else.
 */
export const meetingRoutes: RouteObject[] = [
  { path: 'beslutsforum', lazy: { Component: async () => (await import('@web/features/meetings/forums-page')).ForumsPage } },
  { path: 'beslutsforum/nytt', lazy: { Component: async () => (await import('@web/features/meetings/forums-page')).NewForumPage } },
  { path: 'beslutsforum/:id', lazy: { Component: async () => (await import('@web/features/meetings/forums-page')).ForumPage } },
  { path: 'moten', lazy: { Component: async () => (await import('@web/features/meetings/meetings-page')).MeetingsPage } },
  { path: 'moten/:id', lazy: { Component: async () => (await import('@web/features/meetings/meeting-page')).MeetingPage } },
];
