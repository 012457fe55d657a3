import type { Issue, IssueCode } from '../document/issues.js';
import { formatPath } from '../document/paths.js';
import type { Language } from './language.js';
import { translator, type Strings } from './translate.js';

const messages: Strings<IssueCode> = {
  fi: {
    required: 'pakollinen tieto puuttuu',
    'expected-string': 'odotettiin tekstiä',
    'expected-number': 'odotettiin lukua',
    'expected-integer': 'odotettiin kokonaislukua',
    'expected-object': 'odotettiin oliota { … }',
    'expected-list': 'odotettiin listaa [ … ]',
    'expected-text': 'odotettiin tekstiä tai kieliversioita { "fi": …, "sv": …, "en": … }',
    'expected-value': 'odotettiin arvoa {expected}',
    'expected-one-of': 'odotettiin jotakin näistä: {expected}',
    'min-value': 'pienin sallittu arvo on {limit}',
    'not-empty': 'ei saa olla tyhjä',
    'too-long': 'liian pitkä (enintään {limit} merkkiä)',
    'bad-time': 'odotettiin aikaa muodossa VVVV, VVVV-Qn, VVVV-KK tai VVVV-KK-PP',
    'bad-url': 'vain https-, http-, mailto- tai suhteellinen osoite sallitaan',
    'bad-id': 'tunniste ei kelpaa',
    'duplicate-id': 'tunniste "{id}" on jo käytössä',
    'unknown-reference': 'tunnistetta "{id}" ei ole',
    'self-link': 'yhteys ei voi johtaa solmusta itseensä',
    'parent-link': 'yhteys toistaa ylä- ja alatason välisen viivan',
    'count-over-n': 'määrä {count} on suurempi kuin vastaajia (n = {n})',
    'sum-not-n': 'määrät ovat yhteensä {sum}, mutta n = {n}',
    'end-before-start': 'päättyy ({end}) ennen kuin alkaa ({start})',
    'outside-range': 'on aikajanan {start}–{end} ulkopuolella',
    'too-deep': 'liian syvä rakenne (enintään {limit} tasoa)',
    'too-large': 'liian suuri rakenne (enintään {limit} solmua)',
    'unsupported-version': 'tiedostomuodon versiota {version} ei tueta; tuettu versio on 1',
    'not-a-document': 'odotettiin JSON-oliota { … }',
    'no-items': 'aineistossa ei ole yhtään kohdetta kokoelmassa "{collection}"',
    'item-not-found': 'kokoelmassa "{collection}" ei ole kohdetta "{id}" (on: {available})',
    invalid: 'virheellinen arvo',
    // cards
    'overlapping-area': 'paikka menee päällekkäin kortin "{id}" kanssa',
    'in-two-bands': 'kortti "{id}" on jo kaistassa "{band}"',
    'not-finite': 'odotettiin äärellistä lukua',
    'max-value': 'suurin sallittu arvo on {limit}',
  },
  sv: {
    required: 'obligatoriskt värde saknas',
    'expected-string': 'förväntade en text',
    'expected-number': 'förväntade ett tal',
    'expected-integer': 'förväntade ett heltal',
    'expected-object': 'förväntade ett objekt { … }',
    'expected-list': 'förväntade en lista [ … ]',
    'expected-text': 'förväntade en text eller språkversioner { "fi": …, "sv": …, "en": … }',
    'expected-value': 'förväntade värdet {expected}',
    'expected-one-of': 'förväntade ett av: {expected}',
    'min-value': 'minsta tillåtna värde är {limit}',
    'not-empty': 'får inte vara tom',
    'too-long': 'för lång (högst {limit} tecken)',
    'bad-time': 'förväntade en tid som ÅÅÅÅ, ÅÅÅÅ-Qn, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
    'bad-url': 'endast https-, http-, mailto- eller relativa adresser tillåts',
    'bad-id': 'id duger inte',
    'duplicate-id': 'id "{id}" används redan',
    'unknown-reference': 'id "{id}" finns inte',
    'self-link': 'en länk kan inte gå från en nod till sig själv',
    'parent-link': 'länken upprepar linjen mellan över- och undernivå',
    'count-over-n': 'antalet {count} är större än antalet svarande (n = {n})',
    'sum-not-n': 'antalen blir sammanlagt {sum}, men n = {n}',
    'end-before-start': 'slutar ({end}) innan det börjar ({start})',
    'outside-range': 'ligger utanför tidslinjen {start}–{end}',
    'too-deep': 'för djup struktur (högst {limit} nivåer)',
    'too-large': 'för stor struktur (högst {limit} noder)',
    'unsupported-version': 'formatversion {version} stöds inte; version 1 stöds',
    'not-a-document': 'förväntade ett JSON-objekt { … }',
    'no-items': 'data har inga poster i samlingen "{collection}"',
    'item-not-found': 'samlingen "{collection}" har ingen post "{id}" (finns: {available})',
    invalid: 'ogiltigt värde',
    // cards
    'overlapping-area': 'platsen överlappar kortet "{id}"',
    'in-two-bands': 'kortet "{id}" finns redan i bandet "{band}"',
    'not-finite': 'förväntade ett ändligt tal',
    'max-value': 'största tillåtna värde är {limit}',
  },
  en: {
    required: 'required value is missing',
    'expected-string': 'expected a string',
    'expected-number': 'expected a number',
    'expected-integer': 'expected a whole number',
    'expected-object': 'expected an object { … }',
    'expected-list': 'expected a list [ … ]',
    'expected-text': 'expected a text or language versions { "fi": …, "sv": …, "en": … }',
    'expected-value': 'expected {expected}',
    'expected-one-of': 'expected one of {expected}',
    'min-value': 'must be at least {limit}',
    'not-empty': 'must not be empty',
    'too-long': 'too long (at most {limit} characters)',
    'bad-time': 'expected a time as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD',
    'bad-url': 'only https, http, mailto or relative URLs are allowed',
    'bad-id': 'not a usable id',
    'duplicate-id': 'id "{id}" is used twice',
    'unknown-reference': 'there is no id "{id}"',
    'self-link': 'a link cannot go from a node to itself',
    'parent-link': 'a link may not repeat a parent–child line',
    'count-over-n': 'count {count} is more than the respondents (n = {n})',
    'sum-not-n': 'counts add up to {sum}, but n = {n}',
    'end-before-start': 'ends ({end}) before it starts ({start})',
    'outside-range': 'lies outside the timeline {start}–{end}',
    'too-deep': 'nested too deeply (at most {limit} levels)',
    'too-large': 'too large (at most {limit} nodes)',
    'unsupported-version': 'format version {version} is not supported; version 1 is',
    'not-a-document': 'expected a JSON object { … }',
    'no-items': 'the document has no items in "{collection}"',
    'item-not-found': 'there is no item "{id}" in "{collection}" (there are: {available})',
    invalid: 'invalid value',
    // cards
    'overlapping-area': 'the area overlaps card "{id}"',
    'in-two-bands': 'card "{id}" is already in band "{band}"',
    'not-finite': 'expected a finite number',
    'max-value': 'must be at most {limit}',
  },
};

const message = translator(messages);

/** What is wrong, without where: `expected a number`. */
export function issueText(issue: Issue, lang: Language): string {
  return message(lang, issue.code, issue.params);
}

/** `surveys[0].answers[2].count: expected a number`, in the reader's language. */
export function describeIssue(issue: Issue, lang: Language): string {
  const path = formatPath(issue.path);
  const text = issueText(issue, lang);
  return path ? `${path}: ${text}` : text;
}
