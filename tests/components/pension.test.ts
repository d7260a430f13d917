import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { accountDivisor, checkPensionDraft, estimatePension, minimumYears, projectToRetirement, retirementAge, type RetirementGroup } from '../../src/domain/pension.js';

describe('retirement age by the 2025 rule (worked by hand from the decision of 13 September 2024)', () => {
  const age = (year: number, month: number, group: RetirementGroup) => {
    const result = retirementAge({ year, month }, group);
    return `${result.years}y${result.months}m ${result.retiresIn.year}-${String(result.retiresIn.month).padStart(2, '0')}`;
  };

  it('men: 60 until December 2024, then one month more every four months, up to 63', () => {
    expect(age(1964, 12, 'male')).to.equal('60y0m 2024-12');
    // Would have retired January 2025: the first month of the new rule.
    expect(age(1965, 1, 'male')).to.equal('60y1m 2025-02');
    expect(age(1965, 4, 'male')).to.equal('60y1m 2025-05');
    expect(age(1965, 5, 'male')).to.equal('60y2m 2025-07');
    // The decision's table: born January 1970, 61 years 4 months, retires May 2031.
    expect(age(1970, 1, 'male')).to.equal('61y4m 2031-05');
    expect(age(1976, 8, 'male')).to.equal('62y11m 2039-07');
    expect(age(1976, 9, 'male')).to.equal('63y0m 2039-09');
    expect(age(1990, 6, 'male')).to.equal('63y0m 2053-06');
  });

  it('women who retired at 50: one month more every two months, up to 55', () => {
    expect(age(1974, 12, 'female_50')).to.equal('50y0m 2024-12');
    expect(age(1975, 1, 'female_50')).to.equal('50y1m 2025-02');
    expect(age(1975, 2, 'female_50')).to.equal('50y1m 2025-03');
    expect(age(1975, 3, 'female_50')).to.equal('50y2m 2025-05');
    expect(age(1984, 10, 'female_50')).to.equal('54y11m 2039-09');
    expect(age(1984, 11, 'female_50')).to.equal('55y0m 2039-11');
  });

  it('women who retired at 55: one month more every four months, up to 58', () => {
    expect(age(1969, 12, 'female_55')).to.equal('55y0m 2024-12');
    expect(age(1970, 1, 'female_55')).to.equal('55y1m 2025-02');
    expect(age(1981, 9, 'female_55')).to.equal('58y0m 2039-09');
  });

  it('never earlier than before, never more than the cap, and never earlier for someone born later (property)', () => {
    const caps = { male: [60, 63], female_50: [50, 55], female_55: [55, 58] } as const;
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2005 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom<RetirementGroup>('male', 'female_50', 'female_55'), (year, month, group) => {
        const result = retirementAge({ year, month }, group);
        const months = result.years * 12 + result.months;
        const [from, to] = caps[group];
        expect(months).to.be.within(from * 12, to * 12);
        const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
        const later = retirementAge(next, group);
        expect(later.retiresIn.year * 12 + later.retiresIn.month).to.be.greaterThan(result.retiresIn.year * 12 + result.retiresIn.month);
      }),
    );
  });

  it('the minimum years for a monthly pension: 15, then six months more each year from 2030, up to 20', () => {
    expect([2025, 2029, 2030, 2031, 2038, 2039, 2050].map(minimumYears)).to.deep.equal([15, 15, 15.5, 16, 19.5, 20, 20]);
  });
});

describe('the pension (国发〔2005〕38号), worked by hand', () => {
  it('basic pension: the average wage × (1 + index) ÷ 2 × years × 1%; the account over the months for the age', () => {
    // ¥10 000 × (1 + 1.0) ÷ 2 × 30 × 1% = ¥3 000; ¥139 000 ÷ 139 (age 60) = ¥1 000.
    expect(estimatePension({ averageWageFen: 1_000_000, averageIndex: 1, years: 30, balanceFen: 13_900_000, retirementAgeYears: 60 })).to.deep.equal({
      basicFen: 300_000,
      accountFen: 100_000,
      totalFen: 400_000,
      divisor: 139,
    });
    // ¥8 000 × 1.6 ÷ 2 × 15 × 1% = ¥960; ¥50 000 ÷ 195 (age 50) = ¥256.41.
    expect(estimatePension({ averageWageFen: 800_000, averageIndex: 0.6, years: 15, balanceFen: 5_000_000, retirementAgeYears: 50 })).to.deep.equal({
      basicFen: 96_000,
      accountFen: 25_641,
      totalFen: 121_641,
      divisor: 195,
    });
    // 61 years 4 months counts as 61: ¥9 500 × 2.2 ÷ 2 × 35.5 × 1% = ¥3 709.75; ¥200 000 ÷ 132 = ¥1 515.15.
    expect(estimatePension({ averageWageFen: 950_000, averageIndex: 1.2, years: 35.5, balanceFen: 20_000_000, retirementAgeYears: 61.33 })).to.deep.equal({
      basicFen: 370_975,
      accountFen: 151_515,
      totalFen: 522_490,
      divisor: 132,
    });
  });

  it('the divisor table at the ages people retire: 50, 55, 58, 60 and 63', () => {
    expect([50, 55, 58, 60, 63].map(accountDivisor)).to.deep.equal([195, 170, 152, 139, 117]);
  });

  it('more years, a higher index or a larger account never lowers the pension; the basic pension is linear in years (property)', () => {
    const inputs = fc.record({
      averageWageFen: fc.integer({ min: 100_000, max: 5_000_000 }),
      averageIndex: fc.integer({ min: 60, max: 300 }).map((hundredths) => hundredths / 100),
      years: fc.integer({ min: 0, max: 500 }).map((tenths) => tenths / 10),
      balanceFen: fc.integer({ min: 0, max: 100_000_000 }),
      retirementAgeYears: fc.integer({ min: 50, max: 63 }),
    });
    fc.assert(
      fc.property(inputs, (base) => {
        const estimate = estimatePension(base);
        expect(estimate.totalFen).to.equal(estimate.basicFen + estimate.accountFen);
        expect(estimatePension({ ...base, years: base.years + 1 }).basicFen).to.be.at.least(estimate.basicFen);
        expect(estimatePension({ ...base, averageIndex: base.averageIndex + 0.1 }).basicFen).to.be.at.least(estimate.basicFen);
        expect(estimatePension({ ...base, balanceFen: base.balanceFen + 10_000 }).accountFen).to.be.at.least(estimate.accountFen);
        // Twice the years, twice the basic pension (to the fen, give or take rounding).
        expect(Math.abs(estimatePension({ ...base, years: base.years * 2 }).basicFen - 2 * estimate.basicFen)).to.be.at.most(1);
      }),
    );
  });
});

describe('the record carried on to retirement', () => {
  it('someone paying in goes on until they retire: 20 years so far, 5 years 5 months to go, ¥600 a month into the account', () => {
    expect(projectToRetirement({ monthsContributed: 240, balanceFen: 5_000_000, monthlyPersonalFen: 60_000, asOf: { year: 2025, month: 12 } }, { year: 2031, month: 5 })).to.deep.equal({
      years: 25.4,
      balanceFen: 5_000_000 + 65 * 60_000,
      monthsToGo: 65,
    });
  });

  it('someone not paying in, or already past the date, keeps the record as it is', () => {
    expect(projectToRetirement({ monthsContributed: 185, balanceFen: 100, monthlyPersonalFen: 0, asOf: { year: 2025, month: 12 } }, { year: 2031, month: 5 })).to.deep.equal({ years: 15.4, balanceFen: 100, monthsToGo: 0 });
    expect(projectToRetirement({ monthsContributed: 180, balanceFen: 100, monthlyPersonalFen: 500, asOf: { year: 2032, month: 1 } }, { year: 2031, month: 5 })).to.deep.equal({ years: 15, balanceFen: 100, monthsToGo: 0 });
  });
});

describe('what a person types into the calculator', () => {
  const draft = { birthYear: '1970', birthMonth: '1', group: 'male', years: '30', averageIndex: '1.0', balance: '139000', averageWage: '10000' };

  it('reads full-width digits, spaces and thousands separators as typed on a phone', () => {
    expect(checkPensionDraft({ ...draft, balance: '１３９，０００', years: ' 30.5 ' })).to.deep.equal({
      ok: true,
      value: { born: { year: 1970, month: 1 }, group: 'male', years: 30.5, averageIndex: 1, balanceFen: 13_900_000, averageWageFen: 1_000_000 },
    });
  });

  it('names each problem by its field: empty, not a number, out of range', () => {
    expect(checkPensionDraft({ ...draft, birthYear: '', averageIndex: '5', balance: 'abc', group: '', years: '30.25' })).to.deep.equal({
      ok: false,
      problems: { birthYear: 'empty', group: 'empty', years: 'format', averageIndex: 'range', balance: 'format' },
    });
    expect(checkPensionDraft({ ...draft, birthMonth: '13', averageWage: '500' })).to.deep.equal({ ok: false, problems: { birthMonth: 'range', averageWage: 'range' } });
  });
});
