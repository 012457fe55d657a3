import { translator, type Strings } from '@fc-kit/core';

type Key =
  | 'guide'
  | 'lane'
  | 'stage'
  | 'settings'
  | 'leads-to'
  | 'comes-after'
  | 'not-joined'
  | 'more'
  | 'no-description'
  | 'hint'
  | 'hint-narrow'
  | 'choose'
  | 'legend-optional'
  | 'legend-loop'
  | 'if-needed';

const strings: Strings<Key> = {
  fi: {
    guide:
      'Palvelupolku näyttää, kuka tekee mitä ja missä järjestyksessä: kaistat ovat toimijoita ja nuolet johtavat vaiheesta seuraavaan. Vaiheet ovat yksi sarkainpysäkki: nuolinäppäimet kulkevat nuolia pitkin, Enter avaa vaiheen tiedot.',
    lane: 'Kaista',
    stage: 'Jakso',
    settings: 'Ympäristöt',
    'leads-to': 'Johtaa',
    'comes-after': 'Edeltävät',
    'not-joined': 'Ei nuolia muihin vaiheisiin',
    more: 'Lisätietoja',
    'no-description': 'Vaiheelle ei ole kuvausta.',
    hint: 'Nuolinäppäimet: oikea ja vasen nuolia pitkin, ylös ja alas kaistasta toiseen, Home ja End polun päihin. Enter avaa, Esc sulkee.',
    'hint-narrow': 'Nuolinäppäimet: oikea ja vasen nuolia pitkin, ylös ja alas listassa. Enter avaa, Esc sulkee.',
    choose: 'Valitse vaihe',
    'legend-optional': 'Katkoviiva: tarvittaessa',
    'legend-loop': 'Nuoli taaksepäin: paluu aiempaan vaiheeseen',
    'if-needed': 'tarvittaessa',
  },
  sv: {
    guide:
      'Servicestigen visar vem som gör vad och i vilken ordning: banorna är aktörer och pilarna leder från ett steg till nästa. Stegen är ett tabbstopp: piltangenterna följer pilarna, Enter öppnar stegets uppgifter.',
    lane: 'Bana',
    stage: 'Skede',
    settings: 'Miljöer',
    'leads-to': 'Leder till',
    'comes-after': 'Föregås av',
    'not-joined': 'Inga pilar till andra steg',
    more: 'Mer information',
    'no-description': 'Steget har ingen beskrivning.',
    hint: 'Piltangenter: höger och vänster längs pilarna, upp och ner mellan banorna, Home och End till stigens ändar. Enter öppnar, Esc stänger.',
    'hint-narrow': 'Piltangenter: höger och vänster längs pilarna, upp och ner i listan. Enter öppnar, Esc stänger.',
    choose: 'Välj steg',
    'legend-optional': 'Streckad linje: vid behov',
    'legend-loop': 'Pil bakåt: tillbaka till ett tidigare steg',
    'if-needed': 'vid behov',
  },
  en: {
    guide:
      "The care path shows who does what, in which order: the lanes are who acts, and arrows lead from one step to the next. The steps are one tab stop: the arrow keys follow the arrows, Enter opens a step's details.",
    lane: 'Lane',
    stage: 'Stage',
    settings: 'Settings',
    'leads-to': 'Leads to',
    'comes-after': 'Comes after',
    'not-joined': 'No arrows to other steps',
    more: 'More information',
    'no-description': 'This step has no description.',
    hint: 'Arrow keys: right and left along the arrows, up and down between lanes, Home and End to the ends. Enter opens, Esc closes.',
    'hint-narrow': 'Arrow keys: right and left along the arrows, up and down the list. Enter opens, Esc closes.',
    choose: 'Choose a step',
    'legend-optional': 'Dashed line: if needed',
    'legend-loop': 'Arrow back: return to an earlier step',
    'if-needed': 'if needed',
  },
};

export type CarePathString = Key;
export const t = translator(strings);
