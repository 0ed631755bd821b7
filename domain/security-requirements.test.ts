import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_ASPECTS } from '@domain/classification';
import { SECURITY_REQUIREMENTS, requirementsFor } from '@domain/security-requirements';

const ids = (levels: Parameters<typeof requirementsFor>[0]) => requirementsFor(levels).map((r) => r.id);

describe('security requirements from a classification', () => {
  it('asks for nothing when every aspect is 0', () => {
    expect(requirementsFor({ confidentiality: 0, integrity: 0, availability: 0, traceability: 0 })).toEqual([]);
  });

  it('asks for role-based access at confidentiality 2 and strong authentication from 3', () => {
    const two = ids({ confidentiality: 2, integrity: 0, availability: 0, traceability: 0 });
    expect(two).toEqual(['K1', 'K2', 'K3']);
    const three = ids({ confidentiality: 3, integrity: 0, availability: 0, traceability: 0 });
    expect(three).toContain('K4');
    expect(requirementsFor({ confidentiality: 3, integrity: 0, availability: 0, traceability: 0 }).find((r) => r.id === 'K4')?.text).toMatch(/Stark autentisering/);
  });

  it('asks for agreed availability from availability 3', () => {
    expect(ids({ confidentiality: 0, integrity: 0, availability: 2, traceability: 0 })).not.toContain('T3');
    expect(ids({ confidentiality: 0, integrity: 0, availability: 3, traceability: 0 })).toContain('T3');
  });

  it('keeps every lower-level requirement when a level rises', () => {
    for (const aspect of CLASSIFICATION_ASPECTS) {
      for (let level = 0; level < 4; level++) {
        const base = { confidentiality: 0, integrity: 0, availability: 0, traceability: 0 } as const;
        const lower = ids({ ...base, [aspect]: level });
        const higher = ids({ ...base, [aspect]: level + 1 });
        expect(higher).toEqual(expect.arrayContaining(lower));
      }
    }
  });

  it('gives every requirement at the highest levels, grouped by aspect', () => {
    const all = requirementsFor({ confidentiality: 4, integrity: 4, availability: 4, traceability: 4 });
    expect(all).toHaveLength(SECURITY_REQUIREMENTS.length);
    expect(all.map((r) => r.aspect)).toEqual([...all.map((r) => r.aspect)].sort((a, b) => CLASSIFICATION_ASPECTS.indexOf(a) - CLASSIFICATION_ASPECTS.indexOf(b)));
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });
});
