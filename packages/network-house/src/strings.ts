import { formatNumber, translator, type Language, type Strings } from '@fc-kit/core';

type Key =
  | 'floor-tag'
  | 'floor-name'
  | 'roof'
  | 'door'
  | 'foundation'
  | 'empty-floor'
  | 'empty-foundation'
  | 'services'
  | 'services-one'
  | 'services-other'
  | 'provider'
  | 'no-details'
  | 'kind-room'
  | 'kind-stone'
  | 'kind-door'
  | 'kind-roof';

const strings: Strings<Key> = {
  fi: {
    'floor-tag': '{n}. kerros',
    // "2/3" would be read as a fraction ("kaksi kolmasosaa"); the elative reads as "floor 2 of 3".
    'floor-name': 'Kerros {n} ({total} kerroksesta): {label}',
    roof: 'Katto',
    door: 'Ovi',
    foundation: 'Kivijalka',
    'empty-floor': 'Palveluja ei ole lueteltu.',
    'empty-foundation': 'Kivijalkaa ei ole kuvattu.',
    services: 'Palvelut',
    'services-one': '{count} palvelu',
    'services-other': '{count} palvelua',
    provider: 'Tuottaja',
    'no-details': 'Tästä ei ole kuvausta eikä lueteltuja palveluja.',
    'kind-room': 'Huone, {floor}',
    'kind-stone': 'Kivijalan kivi',
    'kind-door': 'Ovi',
    'kind-roof': 'Katto',
  },
  sv: {
    'floor-tag': 'Våning {n}',
    'floor-name': 'Våning {n} av {total}: {label}',
    roof: 'Tak',
    door: 'Dörr',
    foundation: 'Grund',
    'empty-floor': 'Inga tjänster angivna.',
    'empty-foundation': 'Ingen grund beskriven.',
    services: 'Tjänster',
    'services-one': '{count} tjänst',
    'services-other': '{count} tjänster',
    provider: 'Producent',
    'no-details': 'Ingen beskrivning eller angivna tjänster.',
    'kind-room': 'Rum, {floor}',
    'kind-stone': 'Sten i grunden',
    'kind-door': 'Dörr',
    'kind-roof': 'Tak',
  },
  en: {
    'floor-tag': 'Floor {n}',
    'floor-name': 'Floor {n} of {total}: {label}',
    roof: 'Roof',
    door: 'Door',
    foundation: 'Foundation',
    'empty-floor': 'No services listed.',
    'empty-foundation': 'No foundation described.',
    services: 'Services',
    'services-one': '{count} service',
    'services-other': '{count} services',
    provider: 'Provider',
    'no-details': 'No description or services listed.',
    'kind-room': 'Room, {floor}',
    'kind-stone': 'Foundation stone',
    'kind-door': 'Door',
    'kind-roof': 'Roof',
  },
};

export const t = translator(strings);

const plurals = new Map<Language, Intl.PluralRules>();

/** "6 palvelua", "1 tjänst": the plural form by the language's rules. */
export function serviceCount(lang: Language, count: number): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return t(lang, rules.select(count) === 'one' ? 'services-one' : 'services-other', { count: formatNumber(count, lang) });
}
