/**
 * Big governance trees for stories, tests and the benchmark: deterministic for a seed, valid
 * against the format (unique ids, known levels, links only between nodes that are not parent and
 * child), shaped like a county: a strategic group, regions, municipalities with their teams.
 */
import type { GovernanceNode, GovernanceTree } from '@fc-kit/core';
import { random } from '../../../test/support/random.js';

const PLACES = ['Pohjola', 'Rannikko', 'Järvi', 'Kangas', 'Koski', 'Laakso', 'Niemi', 'Saari', 'Vaara', 'Harju', 'Lahti', 'Mäki'];
const TEAMS: { fi: string; sv: string; en: string; kind: GovernanceNode['kind'] }[] = [
  { fi: 'Perhekeskusvastaava', sv: 'Familjecenteransvarig', en: 'Family-centre lead', kind: 'role' },
  { fi: 'Neuvolatiimi', sv: 'Rådgivningsteam', en: 'Child health clinic team', kind: 'group' },
  { fi: 'Avoin kohtaamispaikka', sv: 'Öppen mötesplats', en: 'Open meeting place', kind: 'place' },
  { fi: 'Järjestöverkosto', sv: 'Organisationsnätverk', en: 'NGO network', kind: 'network' },
  { fi: 'Perhesosiaalityö', sv: 'Familjesocialt arbete', en: 'Family social work', kind: 'group' },
  { fi: 'Koulu- ja opiskeluhuolto', sv: 'Skol- och studerandevård', en: 'School and student welfare', kind: 'group' },
];

export const GENERATED_LEVELS = [
  { id: 'maakunta', label: { fi: 'Hyvinvointialueen taso', sv: 'Välfärdsområdets nivå', en: 'County level' } },
  { id: 'alue', label: { fi: 'Perhekeskusalueen taso', sv: 'Familjecenterområdets nivå', en: 'Family-centre area level' } },
  { id: 'kunta', label: { fi: 'Kuntataso', sv: 'Kommunnivå', en: 'Municipal level' } },
];

/** A valid tree of exactly `nodeCount` (≥ 1) nodes on three levels. */
export function generateTree(nodeCount: number, seed = 1): GovernanceTree {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  let next = 0;
  const all: { node: GovernanceNode; parent?: GovernanceNode }[] = [];
  const make = (parent: GovernanceNode | undefined, fields: Omit<GovernanceNode, 'id'>): GovernanceNode => {
    const node: GovernanceNode = { id: `n${next++}`, ...fields };
    all.push({ node, parent });
    if (parent) (parent.children ??= []).push(node);
    return node;
  };
  const room = () => next < nodeCount;

  const root = make(undefined, {
    label: { fi: 'Strateginen johtoryhmä', sv: 'Strategisk ledningsgrupp', en: 'Strategic steering group' },
    level: 'maakunta',
    kind: 'group',
    description: {
      fi: 'Päättää lasten ja perheiden palveluja koskevista linjauksista.',
      en: 'Decides the policies on services for children and families.',
    },
    duties: [
      { fi: 'Linjaa palvelujen kehittämisen', en: 'Sets the direction of service development' },
      { fi: 'Seuraa hyvinvoinnin tilaa', en: 'Follows wellbeing' },
    ],
    members: ['Toimialuejohtaja', 'Järjestöjen edustaja'],
  });
  const operative = room()
    ? make(root, { label: { fi: 'Operatiivinen ryhmä', sv: 'Operativ grupp', en: 'Operational group' }, level: 'maakunta', kind: 'group' })
    : root;
  if (room())
    make(root, {
      label: { fi: 'Perhekeskuskoordinaattori', sv: 'Familjecenterkoordinator', en: 'Family-centre coordinator' },
      level: 'maakunta',
      kind: 'role',
    });

  const regionCount = Math.max(1, Math.round(nodeCount / 120));
  const regions: GovernanceNode[] = [];
  for (let r = 0; r < regionCount && room(); r++) {
    const place = PLACES[r % PLACES.length] + (r >= PLACES.length ? ` ${Math.floor(r / PLACES.length) + 1}` : '');
    regions.push(
      make(operative, {
        label: { fi: `Perhekeskusalue ${place}`, sv: `Familjecenterområde ${place}`, en: `Family-centre area ${place}` },
        level: 'alue',
        kind: 'group',
        duties: [{ fi: 'Sovittaa yhteen alueen palvelut', en: "Coordinates the area's services" }],
      }),
    );
  }
  let municipality = 0;
  while (room()) {
    const region = regions.length ? regions[municipality % regions.length] : operative;
    municipality++;
    const town = make(region, {
      label: {
        fi: `Kunta ${municipality}: paikallinen LAPE-ryhmä`,
        sv: `Kommun ${municipality}: lokal LAPE-grupp`,
        en: `Municipality ${municipality}: local LAPE group`,
      },
      level: 'kunta',
      kind: 'network',
    });
    const teams = 2 + Math.floor(rand() * 9);
    for (let t = 0; t < teams && room(); t++) {
      const team = pick(TEAMS);
      make(town, { label: { fi: team.fi, sv: team.sv, en: team.en }, level: 'kunta', kind: team.kind });
    }
  }

  // Cooperation mostly between neighbours: a team of one municipality with one of the next.
  const links: NonNullable<GovernanceTree['links']> = [];
  const towns = (regions.length ? regions : [operative])
    .flatMap((r) => r.children ?? [])
    .filter((n) => n.kind === 'network' && n.children?.length);
  const wanted = Math.floor(nodeCount / 40);
  for (let i = 0; links.length < wanted && i + 1 < towns.length; i += 1 + Math.floor(rand() * 3)) {
    const a = pick(towns[i].children!);
    const b = pick(towns[i + 1].children!);
    links.push({ from: a.id, to: b.id, label: { fi: 'Yhteistyö', sv: 'Samarbete', en: 'Cooperation' } });
  }

  return {
    id: `generated-${nodeCount}-${seed}`,
    title: {
      fi: `Generoitu johtamisrakenne (${nodeCount} solmua)`,
      sv: `Genererad ledningsstruktur (${nodeCount} noder)`,
      en: `Generated leadership structure (${nodeCount} nodes)`,
    },
    levels: GENERATED_LEVELS.map((l) => ({ ...l })),
    root,
    ...(links.length ? { links } : {}),
    note: {
      fi: 'Keksitty testiaineisto, ei lähteestä.',
      sv: 'Påhittat testmaterial, inte ur någon källa.',
      en: 'Made-up test data, not from a source.',
    },
  };
}

/** A root with `width` children: past the core's node limit it must be refused, fast. */
export function wideTree(width: number): GovernanceTree {
  return {
    id: 'wide',
    title: 'Leveä',
    levels: [{ id: 'a', label: 'A' }],
    root: {
      id: 'r',
      label: 'Juuri',
      level: 'a',
      children: Array.from({ length: width }, (_, i) => ({ id: `c${i}`, label: `Lapsi ${i}`, level: 'a' })),
    },
  };
}

/** A chain `depth` nodes deep, built without recursion. */
export function deepTree(depth: number): GovernanceTree {
  const root: GovernanceNode = { id: 'd0', label: 'Taso 0', level: 'a' };
  let node = root;
  for (let i = 1; i < depth; i++) {
    const child: GovernanceNode = { id: `d${i}`, label: `Taso ${i}`, level: 'a' };
    node.children = [child];
    node = child;
  }
  return { id: 'deep', title: 'Syvä', levels: [{ id: 'a', label: 'A' }], root };
}
