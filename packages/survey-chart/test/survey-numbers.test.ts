/**
 * One rounding and one formatting for every place a survey's numbers go: the chart (its drawn
 * labels and tooltips: `valueText`), the table (`countText`, `percentText`), the CSV (plain digits)
 * and the text alternative (`summary`, spoken forms). Read back, they are the same numbers.
 */
import { expect } from '@open-wc/testing';
import { formatNumber, pickText, spokenNumber, SPLIT_NUMBER, type Language, type Survey } from '@fc-kit/core';
import { layoutSurvey } from '../src/survey-chart-layout.js';
import { CSV_SEPARATOR, surveyCsv } from '../src/survey-csv.js';
import { kuntaliitto } from './fixtures.js';
import { generateSurvey } from './generate.js';

const LANGS: Language[] = ['fi', 'sv', 'en'];
const digits = (s: string) => Number(s.replace(/[^\d]/g, ''));
const surveys: Survey[] = [
  ...(kuntaliitto.surveys as Survey[]),
  generateSurvey({ answers: 9, n: 123_456, seed: 5 }),
  generateSurvey({ answers: 4, n: 11_700, type: 'multi', seed: 6 }),
];

/** A shown share as its whole percent: "< 1 %" is a non-zero share under one, whole percent 0. */
const shownPercent = (text: string) => (/<\s*1/.test(text) ? 0 : digits(text));

describe('survey numbers: chart, table, CSV and text agree', () => {
  for (const survey of surveys) {
    it(`${survey.id}: fi, sv, en`, () => {
      for (const lang of LANGS) {
        const L = layoutSurvey(survey, { lang, text: (t) => pickText(t, lang) });
        const csv = surveyCsv(L, lang)
          .replace('\uFEFF', '')
          .trim()
          .split('\r\n')
          .map((line) => line.split(CSV_SEPARATOR[lang]));
        const csvRows = csv.slice(1, -1);
        expect(csvRows).to.have.length(L.rows.length);
        L.rows.forEach((r, i) => {
          const count = r.count;
          const percent = r.percent;
          // Chart labels and tooltips draw valueText: "86 % (18)".
          expect(digits(r.valueText.split('(')[1]), `${lang} chart count`).to.equal(count);
          expect(shownPercent(r.valueText.split('(')[0]), `${lang} chart percent`).to.equal(percent);
          // The table shows countText and percentText, and reads countSpoken.
          expect(digits(r.countText), `${lang} table count`).to.equal(count);
          expect(digits(r.countSpoken), `${lang} table count, spoken`).to.equal(count);
          expect(shownPercent(r.percentText), `${lang} table percent`).to.equal(percent);
          // The CSV: plain digits, the same whole percent.
          expect(Number(csvRows[i][csvRows[i].length - 2]), `${lang} CSV count`).to.equal(count);
          expect(Number(csvRows[i][csvRows[i].length - 1]), `${lang} CSV percent`).to.equal(percent);
          // The text alternative names the answer with the same spoken value.
          expect(L.summary, `${lang} summary`).to.include(`${r.label} ${r.valueSpoken}`);
        });
        expect(Number(csv[csv.length - 1][1])).to.equal(survey.n);
        expect(digits(L.nText)).to.equal(survey.n);
        expect(L.nSpoken).to.equal(String(survey.n));
        expect(L.summary).not.to.match(SPLIT_NUMBER);
      }
    });
  }

  it('the eye gets grouped digits in Finnish and Swedish, the ear never does', () => {
    expect(formatNumber(11_700, 'fi')).to.equal('11\u00a0700');
    expect(formatNumber(11_700, 'sv')).to.equal('11\u00a0700');
    expect(formatNumber(11_700, 'en')).to.equal('11,700');
    for (const lang of LANGS) expect(spokenNumber(11_700, lang)).to.equal('11700');
    expect(spokenNumber(1234.56, 'fi')).to.equal('1234,6');
    expect(formatNumber(1234.56, 'fi')).to.equal('1\u00a0234,6');
  });
});
