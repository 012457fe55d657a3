// The same survey for the kit and for Chart.js: the Kuntaliitto status review's first question.
import doc from '../../../packages/datasets/src/kuntaliitto-tilannekatsaus.json';

export const survey = doc.surveys[0];
export const label = (t) => (typeof t === 'string' ? t : (t.fi ?? t.sv ?? t.en));
