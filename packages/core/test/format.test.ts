import { expect } from '@open-wc/testing';
import { formatPercent, pickText, toLanguage, wholePercent } from '@fc-kit/core';

describe('numbers and texts in three languages', () => {
  it('formats percents as the status review prints them', () => {
    expect(formatPercent(18, 21, 'fi')).to.equal('86\u00a0%');
    expect(formatPercent(18, 21, 'sv')).to.equal('86\u00a0%');
    expect(formatPercent(18, 21, 'en')).to.equal('86%');
    expect(formatPercent(3, 21, 'fi')).to.equal('14\u00a0%');
    expect(wholePercent(11, 18)).to.equal(61);
    expect(wholePercent(1, 0)).to.equal(0);
  });

  it("picks the reader's language, then Finnish, then any", () => {
    expect(pickText({ fi: 'Kyllä', sv: 'Ja', en: 'Yes' }, 'sv')).to.equal('Ja');
    expect(pickText({ fi: 'Kyllä', en: 'Yes' }, 'sv')).to.equal('Kyllä');
    expect(pickText({ en: 'Yes' }, 'sv')).to.equal('Yes');
    expect(pickText('Kyllä', 'en')).to.equal('Kyllä');
    expect(pickText(undefined, 'en')).to.equal('');
  });

  it("maps language tags to the kit's languages", () => {
    expect(toLanguage('sv-FI')).to.equal('sv');
    expect(toLanguage('EN')).to.equal('en');
    expect(toLanguage('de')).to.equal('fi');
    expect(toLanguage('')).to.equal('fi');
  });
});
