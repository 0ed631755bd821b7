import { describe, expect, it } from 'vitest';
import { formFieldOfServerPath, strategyFormValues, strategyRequest } from '@web/features/strategy/strategy-form-values';

const frame = {
  vision: 'Trygg digital välfärd',
  swot: { strengths: ['Engagerad personal'], weaknesses: [], opportunities: ['Statliga medel'], threats: ['Svag uppkoppling'] },
  stakeholders: [{ name: 'Brukare', interest: 'Trygghet' }],
  successFactors: ['Ledningens stöd'],
  version: 3,
};

describe('the strategy form', () => {
  it('gives the coordinator back exactly the frame she saved, after wrapping points for the form', () => {
    const { version: _version, ...input } = frame;
    expect(strategyRequest(strategyFormValues(frame))).toEqual(input);
    expect(strategyFormValues(frame).swot.strengths).toEqual([{ text: 'Engagerad personal' }]);
  });

  it('marks the point the server refused on the point’s own field', () => {
    expect(formFieldOfServerPath('swot.threats.0')).toBe('swot.threats.0.text');
    expect(formFieldOfServerPath('successFactors.4')).toBe('successFactors.4.text');
    expect(formFieldOfServerPath('stakeholders.1.name')).toBe('stakeholders.1.name');
    expect(formFieldOfServerPath('vision')).toBe('vision');
  });
});
