import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, netPresentValue, type CalculationInput, type CostLine, type BenefitValueLine } from '@domain/cost-benefit';
import { vasterasCalculation } from '@domain/cost-benefit.example';

const MSEK = 100_000_000n; // one million kronor in öre

describe('nyttokalkyl', () => {
  it('gives Västerås-like e-hemtjänst a range of net effect and of return per krona, as seed 003 does', () => {
    const { low, high } = calculate(vasterasCalculation);
    const y2014 = (r: typeof low) => r.years.find((y) => y.year === 2014)!;
    // 2014 alone: the 3,8 MSEK cost against 6,5–15,5 MSEK lower costs → 2,7–11,7 MSEK net.
    expect(y2014(low).net).toBe(27n * MSEK / 10n);
    expect(y2014(high).net).toBe(117n * MSEK / 10n);
    // Over 2013–2015: 12,9 MSEK invested, net 0,1–18,1 MSEK, 1,01–2,40 kr back per krona.
    expect(low.totalCost).toBe(129n * MSEK / 10n);
    expect(low.totalNet).toBe(MSEK / 10n);
    expect(high.totalNet).toBe(181n * MSEK / 10n);
    expect(low.returnPerKronaHundredths).toBe(101n);
    expect(high.returnPerKronaHundredths).toBe(240n);
    expect(low.paybackYear).toBe(2015);
    expect(high.paybackYear).toBe(2014);
    expect(low.years.map((y) => y.cumulativeNet)).toEqual([-53n * MSEK / 10n, -26n * MSEK / 10n, MSEK / 10n]);
  });

  it('multiplies a monthly running cost by twelve and units by their unit cost', () => {
    const input: CalculationInput = {
      startYear: 2025,
      years: 2,
      discountRateBp: 0,
      costs: [
        { kind: 'running_monthly', label: 'Licens', fromYear: 2025, toYear: 2026, quantity: 1, unitAmount: 92_000_00n },
        { kind: 'per_unit', label: 'Kameror', fromYear: 2025, toYear: 2025, quantity: 20, unitAmount: 4_500_00n },
        { kind: 'internal_hours', label: 'Projektledning', fromYear: 2025, toYear: 2025, quantity: 100, unitAmount: 650_00n },
      ],
      benefits: [],
    };
    const { low } = calculate(input);
    expect(low.years[0]!.cost).toBe(12n * 92_000_00n + 20n * 4_500_00n + 100n * 650_00n);
    expect(low.years[1]!.cost).toBe(12n * 92_000_00n);
    expect(low.paybackYear).toBeNull();
    expect(low.returnPerKronaHundredths).toBe(0n);
  });

  it('discounts later years: 100 kr next year at 10 % is worth 90,91 kr today', () => {
    expect(netPresentValue([0n, 10_000n], 1000)).toBe(9_091n);
    expect(netPresentValue([-10_000n, 10_000n, 10_000n], 0)).toBe(10_000n);
    expect(netPresentValue([], 300)).toBe(0n);
  });

  it('has no return per krona when nothing costs anything', () => {
    const { high } = calculate({ ...vasterasCalculation, costs: [] });
    expect(high.returnPerKronaHundredths).toBeNull();
    expect(high.paybackYear).toBe(2014);
  });
});

// Arbitraries: small calculations over 1–8 years with amounts up to 10 MSEK.
const amount = fc.bigInt({ min: 0n, max: 10n * MSEK });
const quantity = fc.integer({ min: 0, max: 500 });
const yearSpan = (start: number, years: number) =>
  fc.tuple(fc.integer({ min: 0, max: years - 1 }), fc.integer({ min: 0, max: years - 1 })).map(([a, b]) => ({ fromYear: start + Math.min(a, b), toYear: start + Math.max(a, b) }));
const costLine = (start: number, years: number): fc.Arbitrary<CostLine> =>
  fc.record({ kind: fc.constantFrom('investment', 'per_unit', 'running_monthly', 'running_yearly', 'internal_hours' as const), span: yearSpan(start, years), quantity, unitAmount: amount }).map(({ span, ...rest }) => ({ ...rest, ...span, label: 'k' }));
const benefitLine = (start: number, years: number): fc.Arbitrary<BenefitValueLine> =>
  fc
    .record({
      kind: fc.constantFrom('hours_saved', 'visits_avoided', 'avoided_cost' as const),
      span: yearSpan(start, years),
      low: fc.record({ quantity, unitAmount: amount }),
      extraQuantity: quantity,
      extraAmount: amount,
    })
    .map(({ span, low, extraQuantity, extraAmount, kind }) => ({
      kind,
      label: 'n',
      ...span,
      low,
      // high ≥ low in every input, as a real estimate is.
      high: { quantity: low.quantity + extraQuantity, unitAmount: low.unitAmount + extraAmount },
    }));
const calculationInput: fc.Arbitrary<CalculationInput> = fc
  .record({ startYear: fc.integer({ min: 2000, max: 2090 }), years: fc.integer({ min: 1, max: 8 }) })
  .chain(({ startYear, years }) =>
    fc.record({
      startYear: fc.constant(startYear),
      years: fc.constant(years),
      discountRateBp: fc.integer({ min: 0, max: 2000 }),
      costs: fc.array(costLine(startYear, years), { maxLength: 5 }),
      benefits: fc.array(benefitLine(startYear, years), { maxLength: 5 }),
    }),
  );

describe('nyttokalkyl properties', () => {
  it('totals are always the sum of the years', () => {
    fc.assert(
      fc.property(calculationInput, (input) => {
        for (const result of Object.values(calculate(input))) {
          expect(result.totalCost).toBe(result.years.reduce((s, y) => s + y.cost, 0n));
          expect(result.totalBenefit).toBe(result.years.reduce((s, y) => s + y.benefit, 0n));
          expect(result.totalNet).toBe(result.years.reduce((s, y) => s + y.net, 0n));
          expect(result.years.at(-1)!.cumulativeNet).toBe(result.totalNet);
        }
      }),
    );
  });

  it('a calculation without benefit never pays back', () => {
    fc.assert(
      fc.property(calculationInput, (input) => {
        const { low, high } = calculate({ ...input, benefits: [] });
        expect(low.paybackYear).toBeNull();
        expect(high.paybackYear).toBeNull();
      }),
    );
  });

  it('scaling every amount scales net exactly and the present value up to rounding', () => {
    fc.assert(
      fc.property(calculationInput, fc.integer({ min: 2, max: 1000 }), (input, factor) => {
        const k = BigInt(factor);
        const scaled: CalculationInput = {
          ...input,
          costs: input.costs.map((line) => ({ ...line, unitAmount: line.unitAmount * k })),
          benefits: input.benefits.map((line) => ({ ...line, low: { ...line.low, unitAmount: line.low.unitAmount * k }, high: { ...line.high, unitAmount: line.high.unitAmount * k } })),
        };
        const before = calculate(input);
        const after = calculate(scaled);
        for (const scenario of ['low', 'high'] as const) {
          expect(after[scenario].totalNet).toBe(before[scenario].totalNet * k);
          after[scenario].years.forEach((y, i) => expect(y.net).toBe(before[scenario].years[i]!.net * k));
          const drift = after[scenario].netPresentValue - before[scenario].netPresentValue * k;
          // Both sides are rounded once to whole öre: they differ by at most half an öre per factor.
          expect(drift < 0n ? -drift : drift).toBeLessThanOrEqual(k);
          expect(after[scenario].paybackYear).toBe(before[scenario].paybackYear);
        }
      }),
    );
  });

  it('the low scenario never beats the high one when no input does', () => {
    fc.assert(
      fc.property(calculationInput, (input) => {
        const { low, high } = calculate(input);
        expect(low.totalBenefit).toBeLessThanOrEqual(high.totalBenefit);
        expect(low.totalNet).toBeLessThanOrEqual(high.totalNet);
        expect(low.netPresentValue).toBeLessThanOrEqual(high.netPresentValue);
        low.years.forEach((y, i) => expect(y.cumulativeNet).toBeLessThanOrEqual(high.years[i]!.cumulativeNet));
        if (low.paybackYear !== null) expect(high.paybackYear).not.toBeNull();
        if (low.paybackYear !== null) expect(high.paybackYear!).toBeLessThanOrEqual(low.paybackYear);
      }),
    );
  });
});
