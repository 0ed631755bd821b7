import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { sv } from '@web/i18n/sv';
import type { TTimelineEvent } from '@domain/process.contracts';
import { timelineText } from '@web/features/process/timeline-text';

beforeAll(async () => {
  await i18next.init({ lng: 'sv', resources: { sv: { translation: sv } }, interpolation: { escapeValue: false } });
});

const event = (kind: string, payload: Record<string, unknown>): TTimelineEvent => ({
  id: '0190a000-0000-7000-8000-000000000000',
  kind,
  payload,
  actor: { id: null, name: 'Ulla' },
  createdAt: '2026-03-01T10:00:00.000Z',
});

describe('reading an initiative’s timeline', () => {
  it('shows a gate passed with items missing with the written reason and what was missing', () => {
    const text = timelineText(event('stage.advanced', { from: 1, to: 2, override: { reason: 'OLG beslutade.', missing: [{ code: 'document.project_directive', text: 'Projektdirektivet är inte färdigställt.' }] } }));
    expect(text.main).toBe('Gick vidare från steg 1 till steg 2. Något saknades; skäl att gå vidare ändå: OLG beslutade.');
    expect(text.detail).toBe('Saknades: Projektdirektivet är inte färdigställt.');
  });

  it('shows going back and stopping with their reasons, and people by role', () => {
    expect(timelineText(event('stage.reverted', { from: 3, to: 2, reason: 'Ny analys.' })).main).toBe('Gick tillbaka från steg 3 till steg 2. Skäl: Ny analys.');
    expect(timelineText(event('initiative.stopped', { reason: 'Ersatt.' })).main).toBe('Initiativet avbröts. Skäl: Ersatt.');
    expect(timelineText(event('role.named', { kind: 'project_owner', name: 'Chris Chef' })).main).toBe('Chris Chef utsågs till Projektägare.');
    expect(timelineText(event('initiative.decided', { form: 'project' })).main).toBe('OLG beslutade att genomföra behovet som projekt.');
  });

  it('shows an event another module added without knowing it: its summary, else its kind', () => {
    expect(timelineText(event('document.completed', { summary: 'Projektplanen färdigställdes.' })).main).toBe('Projektplanen färdigställdes.');
    expect(timelineText(event('risk.added', {})).main).toBe('Händelse: risk.added');
  });
});
