import { describe, expect, it } from 'vitest';
import type { TIntegration } from '@domain/integrations.contracts';
import { integrationGraphOption } from '@web/features/registers/integration-graph-option';

const integration = (from: string, to: string, doubleEntry: boolean, direction: 'one_way' | 'two_way' = 'one_way'): TIntegration => ({
  id: `${from}-${to}`,
  fromSystemId: from,
  fromSystemName: from,
  toSystemId: to,
  toSystemName: to,
  direction,
  information: 'Insatser',
  method: 'manual',
  doubleEntry,
  version: 1,
});
const colours = { edge: 'grey', danger: 'red', node: 'blue', text: 'black' };

describe('the integration graph', () => {
  it('draws each system once and marks double entry dashed and in words', () => {
    const option = integrationGraphOption([integration('Phoniro', 'Viva', true), integration('Viva', 'Combine', false, 'two_way')], { doubleEntry: 'dubbelregistrering' }, colours);
    const series = option.series[0]!;
    expect(series.data.map((node) => node.name)).toEqual(['Combine', 'Phoniro', 'Viva']);
    expect(series.links[0]).toMatchObject({ value: 'Insatser (dubbelregistrering)', lineStyle: { type: 'dashed', color: 'red' } });
    expect(series.links[1]).toMatchObject({ value: 'Insatser', symbol: ['arrow', 'arrow'], lineStyle: { type: 'solid' } });
  });
});
