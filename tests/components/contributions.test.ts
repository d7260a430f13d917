import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ContributionMonth } from '../../src/api/contributions.js';
import { contributionsCsv, INSURANCES, monthsOfYear, PARTS, totalsOf, yearsOf, type CsvWords } from '../../src/domain/contributions.js';

const paid = (month: string, base: number): ContributionMonth => ({
  month,
  paid: {
    base,
    pension: { employer: Math.round(base * 0.16), personal: Math.round(base * 0.08) },
    medical: { employer: Math.round(base * 0.08), personal: Math.round(base * 0.02) },
    unemployment: { employer: Math.round(base * 0.005), personal: Math.round(base * 0.005) },
  },
});
const gap = (month: string): ContributionMonth => ({ month, paid: null });

const words: CsvWords = {
  month: 'Month',
  status: 'Status',
  paid: 'Paid',
  gap: 'Not paid',
  base: 'Contribution base (yuan)',
  column: (insurance, part) => `${insurance}, ${part} (yuan)`,
};

describe('contributions record: sums and CSV', () => {
  it('a year worked by hand: two months on a base of ¥5,000.00 and a gap', () => {
    const months = [paid('2025-01', 500_000), gap('2025-02'), paid('2025-03', 500_000)];
    const totals = totalsOf(months);
    expect(totals.paidMonths).to.equal(2);
    expect(totals.gapMonths).to.equal(1);
    // Pension 16 % + 8 % of ¥5,000 for two months: ¥1,600 and ¥800.
    expect(totals.sums.pension).to.deep.equal({ employer: 160_000, personal: 80_000 });
    expect(totals.sums.medical).to.deep.equal({ employer: 80_000, personal: 20_000 });
    expect(totals.sums.unemployment).to.deep.equal({ employer: 5_000, personal: 5_000 });
    expect(totals.byPart).to.deep.equal({ employer: 245_000, personal: 105_000 });
  });

  it('years newest first, and a year’s months only', () => {
    const months = [paid('2024-12', 1), paid('2025-01', 1), gap('2025-02'), paid('2026-01', 1)];
    expect(yearsOf(months)).to.deep.equal([2026, 2025, 2024]);
    expect(monthsOfYear(months, 2025).map((month) => month.month)).to.deep.equal(['2025-01', '2025-02']);
  });

  it('the CSV: a byte-order mark, the headers in the person’s words, yuan without grouping, a gap as words and empty amounts, CRLF', () => {
    const csv = contributionsCsv([paid('2025-01', 1_234_567), gap('2025-02')], { ...words, month: 'Month, as year-month', gap: 'Not "paid"' });
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).to.have.length(4);
    expect(lines[3]).to.equal('');
    expect(lines[0]).to.equal('"Month, as year-month",Status,Contribution base (yuan),"pension, employer (yuan)","pension, personal (yuan)","medical, employer (yuan)","medical, personal (yuan)","unemployment, employer (yuan)","unemployment, personal (yuan)"');
    expect(lines[1]).to.equal('2025-01,Paid,12345.67,1975.31,987.65,987.65,246.91,61.73,61.73');
    expect(lines[2]).to.equal('2025-02,"Not ""paid""",,,,,,,');
  });

  it('whatever the months, the totals are the CSV’s columns added up, and each month is one row', () => {
    const month = fc.oneof(
      fc.integer({ min: 0, max: 10_000_000 }).map((base) => ({ base })),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(month, { maxLength: 30 }), (draws) => {
        const months = draws.map((draw, i) => (draw ? paid(`2025-${String((i % 12) + 1).padStart(2, '0')}`, draw.base) : gap('2025-01')));
        const csv = contributionsCsv(months, words);
        const rows = csv.slice(1).trimEnd().split('\r\n').slice(1).map((line) => line.split(','));
        expect(rows).to.have.length(months.length);
        const totals = totalsOf(months);
        let column = 3;
        for (const insurance of INSURANCES) {
          for (const part of PARTS) {
            const sum = rows.reduce((fen, row) => fen + Math.round(Number(row[column] || 0) * 100), 0);
            expect(sum).to.equal(totals.sums[insurance][part]);
            column += 1;
          }
        }
        expect(rows.filter((row) => row[1] === 'Not paid').length).to.equal(totals.gapMonths);
      }),
    );
  });
});
