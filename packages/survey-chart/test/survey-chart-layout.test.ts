import { expect } from '@open-wc/testing';
import { pickText, type Language, type Survey } from '@fc-kit/core';
import { BAR, chartKind, layoutSurvey, wrapLabel } from '../src/survey-chart-layout.js';
import { csvField, fileName, surveyCsv } from '../src/survey-csv.js';
import { listStep as targetIndex } from '@fc-kit/core';
import { awkward, kuntaliitto, SEED_IDS, yesNo } from './fixtures.js';
import { generateSurvey } from './generate.js';

const NBSP = '\u00a0';
const seed = (id: (typeof SEED_IDS)[number]) => kuntaliitto.surveys.find((s) => s.id === id) as Survey;
const layout = (survey: Survey, lang: Language = 'fi', extra = {}) =>
  layoutSurvey(survey, { lang, text: (t) => pickText(t, lang), ...extra });

describe('layoutSurvey: labels', () => {
  it('writes each answer as the review does: whole percent and count, in the locale', () => {
    expect(layout(seed('perhekeskus-toiminnassa')).rows.map((r) => `${r.label} ${r.valueText}`)).to.deep.equal([
      `Kyllä 86${NBSP}% (18)`,
      `Ei 14${NBSP}% (3)`,
    ]);
    expect(layout(seed('perhekeskus-toiminnassa'), 'sv').rows.map((r) => `${r.label} ${r.valueText}`)).to.deep.equal([
      `Ja 86${NBSP}% (18)`,
      `Nej 14${NBSP}% (3)`,
    ]);
    expect(layout(seed('perhekeskus-toiminnassa'), 'en').rows.map((r) => `${r.label} ${r.valueText}`)).to.deep.equal([
      'Yes 86% (18)',
      'No 14% (3)',
    ]);
  });

  it('gives the four seed charts exactly the percents the source printed', () => {
    const printed = (id: (typeof SEED_IDS)[number]) => layout(seed(id)).rows.map((r) => r.valueText.replace(NBSP, ' '));
    expect(printed('perhekeskus-toiminnassa')).to.deep.equal(['86 % (18)', '14 % (3)']);
    expect(printed('perhekeskuksen-toiminta')).to.deep.equal(['100 % (18)', '100 % (18)', '61 % (11)', '44 % (8)']);
    expect(printed('oppilashuolto-puheenjohtaja')).to.deep.equal(['81 % (17)', '14 % (3)', '5 % (1)']);
    expect(printed('laaja-sisote-ryhma')).to.deep.equal(['38 % (8)', '62 % (13)']);
  });

  it('keeps percents whole and bar lengths exact', () => {
    const rows = layout(seed('perhekeskus-toiminnassa')).rows;
    expect(rows.map((r) => r.percent)).to.deep.equal([86, 14]);
    expect(rows[0].share).to.be.closeTo(85.714, 0.001);
  });

  it('formats counts and N with the locale’s grouping', () => {
    const fi = layout(awkward, 'fi');
    expect(fi.nText).to.equal(`1${NBSP}234`);
    expect(fi.rows[0].countText).to.equal(`1${NBSP}200`);
    expect(layout(awkward, 'en').rows[0].countText).to.equal('1,200');
    expect(layout(awkward, 'sv').nText).to.equal(`1${NBSP}234`);
  });

  it('states the question, N and every answer in the text alternative', () => {
    expect(layout(seed('perhekeskus-toiminnassa')).summary).to.equal(
      `Rengaskaavio: Toimiiko alueellanne perhekeskus? 21 vastaajaa: Kyllä 86${NBSP}% (18); Ei 14${NBSP}% (3).`,
    );
    expect(layout(seed('perhekeskus-toiminnassa'), 'en').summary).to.equal(
      'Doughnut chart: Is there a family centre in your area? 21 respondents: Yes 86% (18); No 14% (3).',
    );
    // A question without a full stop gets one before N.
    expect(layout(seed('perhekeskuksen-toiminta'), 'sv').summary).to.match(
      /^Liggande stapeldiagram: Familjecentrets verksamhet i områdena\. 18 svarande: Företrädare/,
    );
  });
});

describe('layoutSurvey: chart kind and geometry', () => {
  it('draws single-choice as a doughnut and multiple-choice as bars by default', () => {
    expect(chartKind(yesNo)).to.equal('doughnut');
    expect(chartKind({ ...yesNo, type: 'multi' })).to.equal('bar');
  });

  it('lets the data’s chart and then the attribute choose, except that multiple-choice stays bars', () => {
    expect(chartKind({ ...yesNo, chart: 'pie' })).to.equal('pie');
    expect(chartKind({ ...yesNo, chart: 'pie' }, 'bar')).to.equal('bar');
    expect(chartKind({ ...yesNo, type: 'multi', chart: 'doughnut' }, 'pie')).to.equal('bar');
  });

  it('puts each bar under its label, in order, and sizes the chart to them', () => {
    const L = layout(seed('perhekeskuksen-toiminta'), 'fi', { width: 300 });
    const ys = L.rows.map((r) => r.barY);
    expect(ys).to.deep.equal([...ys].sort((a, b) => a - b));
    for (const [i, r] of L.rows.entries()) {
      const labelTop = r.barY - BAR.thickness / 2 - BAR.gap - r.lines.length * BAR.line;
      const previousBottom = i ? L.rows[i - 1].barY + BAR.thickness / 2 : 0;
      expect(labelTop, r.label).to.be.greaterThan(previousBottom);
    }
    expect(L.plot).to.be.greaterThan(L.rows[L.rows.length - 1].barY + BAR.thickness / 2);
    expect(L.height).to.equal(Math.round((L.plot + BAR.axis) * 100) / 100);
    expect(layout(yesNo).height).to.equal(15);
  });

  it('wraps bar labels to the width: more lines in a narrow column', () => {
    const narrow = layout(seed('perhekeskuksen-toiminta'), 'fi', { width: 288 });
    const wide = layout(seed('perhekeskuksen-toiminta'), 'fi', { width: 1000 });
    expect(wide.rows.map((r) => r.lines.length)).to.deep.equal([1, 1, 1, 1]);
    expect(narrow.rows[3].lines).to.deep.equal(['Työparityöskeskentely', 'sivistystoimen/varhaiskasvatuksen', 'kanssa']);
    expect(narrow.height).to.be.greaterThan(wide.height);
  });

  it('gives the first eight answers their own colour and the next ones a pattern too', () => {
    const rows = layout(generateSurvey({ answers: 18 })).rows;
    expect(rows.map((r) => r.color)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2]);
    expect(rows.map((r) => r.pattern)).to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]);
    expect(rows.map((r) => r.forcedPattern)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces, keeps words whole, and breaks after a slash', () => {
    expect(wrapLabel('Sivistystoimen edustaja perhekeskuksen työryhmissä', 24)).to.deep.equal([
      'Sivistystoimen edustaja',
      'perhekeskuksen',
      'työryhmissä',
    ]);
    expect(wrapLabel('sivistystoimen/varhaiskasvatuksen kanssa', 20)).to.deep.equal(['sivistystoimen/', 'varhaiskasvatuksen', 'kanssa']);
    expect(wrapLabel('a / b', 20)).to.deep.equal(['a / b']);
  });

  it('splits a word longer than a line with a hyphen', () => {
    expect(wrapLabel('Työparityöskeskentely', 12)).to.deep.equal(['Työparityös-', 'keskentely']);
    expect(wrapLabel('', 12)).to.deep.equal(['']);
  });
});

describe('surveyCsv', () => {
  it('is the table with a BOM, the header in Finnish and semicolons', () => {
    expect(surveyCsv(layout(seed('perhekeskus-toiminnassa')), 'fi')).to.equal(
      '\uFEFFVastaus;Lukumäärä;Osuus vastaajista (%)\r\nKyllä;18;86\r\nEi;3;14\r\nVastaajia (N);21;\r\n',
    );
  });

  it('uses commas in English and Swedish words in Swedish', () => {
    expect(surveyCsv(layout(seed('perhekeskus-toiminnassa'), 'en'), 'en')).to.equal(
      '\uFEFFAnswer,Count,Share of respondents (%)\r\nYes,18,86\r\nNo,3,14\r\nRespondents (N),21,\r\n',
    );
    expect(surveyCsv(layout(seed('perhekeskus-toiminnassa'), 'sv'), 'sv').split('\r\n')[0]).to.equal(
      '\uFEFFSvar;Antal;Andel av svarande (%)',
    );
  });

  it('quotes separators and quotes, and defuses formulas', () => {
    expect(surveyCsv(layout(awkward), 'fi')).to.equal(
      '\uFEFFVastaus;Lukumäärä;Osuus vastaajista (%)\r\n"Neuvola; äitiys";1200;97\r\n"Sanottiin ""hyvä""";617;50\r\n\'=SUM(A1);5;0\r\nVastaajia (N);1234;\r\n',
    );
    expect(csvField('a,b', ';')).to.equal('a,b');
    expect(csvField('a,b', ',')).to.equal('"a,b"');
    expect(csvField('rivi\nkaksi', ';')).to.equal('"rivi\nkaksi"');
    expect(csvField('-1', ';')).to.equal("'-1");
  });

  it('names files after the id, without characters a file system refuses', () => {
    expect(fileName('perhekeskus-toiminnassa', 'csv')).to.equal('perhekeskus-toiminnassa.csv');
    expect(fileName('hankala/nimi:2023', 'png')).to.equal('hankala-nimi-2023.png');
    expect(fileName('../..', 'csv')).to.equal('survey.csv');
  });
});

describe('targetIndex (arrow keys between answers)', () => {
  it('moves one step, jumps to the ends, and stops at them', () => {
    expect(targetIndex('ArrowDown', 0, 3)).to.equal(1);
    expect(targetIndex('ArrowRight', 2, 3)).to.equal(2);
    expect(targetIndex('ArrowUp', 0, 3)).to.equal(0);
    expect(targetIndex('ArrowLeft', 2, 3)).to.equal(1);
    expect(targetIndex('Home', 2, 3)).to.equal(0);
    expect(targetIndex('End', 0, 3)).to.equal(2);
    expect(targetIndex('Tab', 0, 3)).to.equal(undefined);
  });
});

describe('generateSurvey', () => {
  it('is deterministic and valid: single-choice counts add up to n, multi counts at most n', () => {
    const a = generateSurvey({ answers: 12, seed: 7 });
    expect(generateSurvey({ answers: 12, seed: 7 })).to.deep.equal(a);
    expect(a.answers.reduce((s, x) => s + x.count, 0)).to.equal(a.n);
    expect(a.answers.every((x) => x.count >= 0)).to.equal(true);
    const m = generateSurvey({ answers: 30, type: 'multi', seed: 3 });
    expect(m.answers.every((x) => x.count >= 0 && x.count <= m.n)).to.equal(true);
    expect(m.answers).to.have.length(30);
  });
});
