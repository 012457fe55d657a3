import { expect } from '@open-wc/testing';
import type { FcDocument, House } from '@fc-kit/core';
import {
  CHAR_WIDTH,
  DOOR_MAX_WIDTH,
  DOOR_MIN_WIDTH,
  GAP,
  MAX_COLUMNS,
  ROOM_MIN_WIDTH,
  STACKED_BELOW,
  WORD_MAX_WIDTH,
  balancedGrid,
  fitColumns,
  hasText,
  layoutHouse,
  longestWord,
  roomRowWidth,
  type HouseLayout,
} from '../src/network-house-layout.js';
import { bareHouse, clone, etelaPohjanmaa, smallHouse, thlPerhekeskus, withEmptyFloor, withThirtyRooms } from './fixtures.js';
import { generateHouse } from './generate.js';

const houseOf = (doc: unknown, id: string) => clone((doc as FcDocument).houses!.find((h) => h.id === id)!) as House;
const ep = () => houseOf(etelaPohjanmaa, 'perheiden-talo');
const thl = () => houseOf(thlPerhekeskus, 'thl-palvelupaletti');
const steps = (L: HouseLayout) => L.order.map((s) => (s.part === 'floor' ? `floor ${s.number} ${s.id}` : s.part));

/** Every room and stone in its grid: inside the columns, rows filled left to right, in data order. */
function expectGrid(cells: { row: number; column: number }[], columns: number, rows: number) {
  cells.forEach((c, i) => {
    expect(c.row, `cell ${i} row`).to.equal(Math.floor(i / columns) + 1);
    expect(c.column, `cell ${i} column`).to.equal((i % columns) + 1);
    expect(c.column).to.be.within(1, columns);
    expect(c.row).to.be.within(1, rows);
  });
}

describe('layoutHouse', () => {
  it('draws Etelä-Pohjanmaa top floor first, with floor numbers from the ground', () => {
    const L = layoutHouse(ep(), { width: 60 });
    expect(L.floors.map((f) => [f.number, f.id, f.ground])).to.deep.equal([
      [3, 'yhteydet-ja-verkosto', false],
      [2, 'erityistaso', false],
      [1, 'perustaso', true],
    ]);
    expect(L.floorCount).to.equal(3);
    expect(L.floors.map((f) => f.index)).to.deep.equal([2, 1, 0]);
    expect(L.floors[2].rooms.map((r) => r.id)).to.deep.equal(['terveyspalvelut', 'sosiaalipalvelut']);
    expect(L.foundation.stones.map((s) => s.id)).to.deep.equal([
      'hyvinvointialueet',
      'kunnat',
      'kela',
      'seurakunnat',
      'jarjestot',
      'yritykset',
    ]);
  });

  it('reads title, roof, floors top to bottom, door, foundation', () => {
    expect(steps(layoutHouse(ep()))).to.deep.equal([
      'title',
      'roof',
      'floor 3 yhteydet-ja-verkosto',
      'floor 2 erityistaso',
      'floor 1 perustaso',
      'door',
      'foundation',
    ]);
    expect(steps(layoutHouse(thl()))).to.deep.equal([
      'title',
      'roof',
      'floor 3 jarjestot-seurakunnat-ja-kela',
      'floor 2 kunnat',
      'floor 1 sote',
      'door',
      'foundation',
    ]);
  });

  it('leaves a missing roof and door out of the reading order', () => {
    const L = layoutHouse(bareHouse);
    expect(steps(L)).to.deep.equal(['title', 'floor 1 k1', 'foundation']);
    expect(L.roof).to.equal(undefined);
    expect(L.door).to.equal(undefined);
  });

  it('makes roof and door openable only when they have a description', () => {
    const a = layoutHouse(ep());
    expect(a.roof).to.deep.equal({ hasDetails: true });
    expect(a.door!.hasDetails).to.equal(true);
    // THL's door is a slide heading without a description.
    const b = layoutHouse(thl());
    expect(b.roof).to.deep.equal({ hasDetails: true });
    expect(b.door!.hasDetails).to.equal(false);
    const house = clone(smallHouse);
    house.roof!.description = '';
    house.door!.description = {};
    const c = layoutHouse(house);
    expect(c.roof!.hasDetails).to.equal(false);
    expect(c.door!.hasDetails).to.equal(false);
  });

  it('knows which rooms and stones have something to show', () => {
    const L = layoutHouse(ep());
    const rooms = Object.fromEntries(L.floors.flatMap((f) => f.rooms.map((r) => [r.id, r.hasDetails])));
    expect(rooms).to.deep.equal({
      opiskeluhuolto: true,
      'aikuisten-palvelut': true,
      'kuntien-muut-palvelut': true,
      'jarjestot-seurakunnat-ja-kela': false,
      lastensuojelu: false,
      erikoissairaanhoito: true,
      vammaispalvelut: false,
      terveyspalvelut: true,
      sosiaalipalvelut: true,
    });
    expect(layoutHouse(thl()).foundation.stones.map((s) => s.hasDetails)).to.deep.equal([true, true, true]);
    expect(layoutHouse(ep()).foundation.stones.every((s) => !s.hasDetails)).to.equal(true);
  });

  it('puts rooms side by side, as many as fit, on every floor', () => {
    const L = layoutHouse(ep(), { width: 70 });
    expect(L.stacked).to.equal(false);
    expect(L.floors.map((f) => [f.columns, f.rows])).to.deep.equal([
      [4, 1],
      [3, 1],
      [2, 1],
    ]);
    for (const f of L.floors) expectGrid(f.rooms, f.columns, f.rows);
    // "hyvinvointialueet" needs 13 em: five stones fit, so six are 3 + 3.
    expect([L.foundation.columns, L.foundation.rows]).to.deep.equal([3, 2]);
  });

  it('makes rooms wide enough for their longest word, within limits', () => {
    // "(verkostoyhteistyö)" is 19 characters: the top floor's rooms are 13.3 em at least, so at
    // 60 em its four rooms are 2 + 2 rather than four rooms that break the word.
    const L = layoutHouse(ep(), { width: 60 });
    expect(L.floors[0].minRoomWidth).to.be.closeTo(19 * CHAR_WIDTH + 1.9, 1e-9);
    expect([L.floors[0].columns, L.floors[0].rows]).to.deep.equal([2, 2]);
    // "Sosiaalipalvelut", 16 characters.
    expect(L.floors[2].minRoomWidth).to.be.closeTo(16 * CHAR_WIDTH + 1.9, 1e-9);
    // In the reader's language: Swedish "(nätverkssamarbete)" is 19 too, English words are short.
    const en = layoutHouse(ep(), { width: 60, text: (t) => (typeof t === 'string' ? t : (t?.en ?? '')) });
    expect(en.floors[0].minRoomWidth).to.equal(ROOM_MIN_WIDTH);
    expect(en.floors[2].minRoomWidth).to.equal(ROOM_MIN_WIDTH);
    expect(en.floors[0].columns).to.equal(4);
    // A word longer than any box is given WORD_MAX_WIDTH, and wraps inside it.
    const house = clone(smallHouse);
    house.floors[0].rooms[0].label = 'x'.repeat(200);
    expect(layoutHouse(house).floors[1].minRoomWidth).to.equal(WORD_MAX_WIDTH);
  });

  it('makes the door wide enough for its longest word, within limits', () => {
    // "palveluohjaus", 13 characters.
    expect(layoutHouse(ep()).door!.width).to.be.closeTo(13 * CHAR_WIDTH * 0.95 + 3.9, 1e-9);
    const house = clone(smallHouse);
    house.door!.label = 'Ovi';
    expect(layoutHouse(house).door!.width).to.equal(DOOR_MIN_WIDTH);
    house.door!.label = 'Asiakasohjaus­palveluohjaus­neuvontapiste'.replace(/\u00ad/g, '');
    expect(layoutHouse(house).door!.width).to.equal(DOOR_MAX_WIDTH);
  });

  it('measures words as the reader sees them', () => {
    expect(longestWord('Asiakas- ja palveluohjaus')).to.be.closeTo(13 * CHAR_WIDTH, 1e-9);
    expect(longestWord('')).to.equal(0);
    // Soft hyphens are break points, not part of a word's width; letters count once however they are encoded.
    expect(longestWord('palvelu\u00adohjaus')).to.be.closeTo(7 * CHAR_WIDTH, 1e-9);
    expect(longestWord('äö')).to.be.closeTo(2 * CHAR_WIDTH, 1e-9);
  });

  it('wraps a floor of 30 rooms into balanced rows that fit the width', () => {
    const house = withThirtyRooms();
    for (const width of [34, 45, 60, 100, 200]) {
      const L = layoutHouse(house, { width });
      const big = L.floors.find((f) => f.id === 'f2')!;
      expect(big.rooms).to.have.length(30);
      // The rooms, each at least as wide as the floor's minimum, fit in the floor.
      expect(big.minRoomWidth).to.be.at.least(ROOM_MIN_WIDTH);
      expect(big.columns * (big.minRoomWidth + GAP) - GAP, `${width} em`).to.be.at.most(roomRowWidth(width));
      expect(big.columns).to.be.at.most(MAX_COLUMNS);
      expect(big.rows * big.columns).to.be.at.least(30);
      // Balanced: fewer empty cells than rows, so no row is more than one room short.
      expect(big.rows * big.columns - 30, `${width} em`).to.be.below(big.rows);
      expectGrid(big.rooms, big.columns, big.rows);
    }
    const L = layoutHouse(house, { width: 60 });
    const big = L.floors.find((f) => f.id === 'f2')!;
    // "Psykologipalvelut 4" makes the rooms 13 em: three abreast, ten rows.
    expect([big.columns, big.rows]).to.deep.equal([3, 10]);
  });

  it('balances rows: 7 rooms where 6 fit are 4 + 3', () => {
    expect(balancedGrid(7, 6)).to.deep.equal({ columns: 4, rows: 2 });
    expect(balancedGrid(6, 6)).to.deep.equal({ columns: 6, rows: 1 });
    expect(balancedGrid(13, 6)).to.deep.equal({ columns: 5, rows: 3 });
    expect(balancedGrid(30, 8)).to.deep.equal({ columns: 8, rows: 4 });
    expect(balancedGrid(1, 6)).to.deep.equal({ columns: 1, rows: 1 });
    // An empty floor keeps one (empty) row; nonsense widths still give one column.
    expect(balancedGrid(0, 6)).to.deep.equal({ columns: 1, rows: 1 });
    expect(balancedGrid(5, 0)).to.deep.equal({ columns: 1, rows: 5 });
    expect(balancedGrid(5, Number.NaN)).to.deep.equal({ columns: 1, rows: 5 });
  });

  it('leaves room for the door on the ground floor only', () => {
    const width = 70;
    const house = generateHouse(2, 5, 3);
    const L = layoutHouse(house, { width });
    const [upper, ground] = L.floors;
    expect(upper.columns).to.equal(5);
    expect(ground.ground).to.equal(true);
    // A 62.4 em row less the door's 11.9 em fits 4 rooms: 5 rooms become 3 + 2, not 4 + 1.
    expect(roomRowWidth(width)).to.be.closeTo(62.4, 1e-9);
    expect(fitColumns(roomRowWidth(width) - L.door!.width, ground.minRoomWidth)).to.equal(4);
    expect([ground.columns, ground.rows]).to.deep.equal([3, 2]);
    // Without a door the ground floor has the whole width.
    delete house.door;
    expect(layoutHouse(house, { width }).floors[1].columns).to.equal(5);
  });

  it('stacks everything in one column below the narrow width', () => {
    const L = layoutHouse(withThirtyRooms(), { width: 20 });
    expect(L.stacked).to.equal(true);
    for (const f of L.floors) {
      expect(f.columns, f.id).to.equal(1);
      expect(f.rows, f.id).to.equal(Math.max(1, f.rooms.length));
    }
    expect(L.foundation.columns).to.equal(1);
    expect(layoutHouse(ep(), { width: STACKED_BELOW }).stacked).to.equal(false);
    expect(layoutHouse(ep(), { width: STACKED_BELOW - 0.01 }).stacked).to.equal(true);
  });

  it('wraps the foundation stones in rows under the house', () => {
    const house = clone(smallHouse);
    house.foundation = Array.from({ length: 11 }, (_, i) => ({ id: `s${i}`, label: `Kivi ${i}` }));
    const L = layoutHouse(house, { width: 40 });
    // 40 em fits 4 stones of 9 em: 11 stones are 3 rows of 4, 4 and 3.
    expect([L.foundation.columns, L.foundation.rows]).to.deep.equal([4, 3]);
    expectGrid(L.foundation.stones, 4, 3);
  });

  it('keeps an empty floor and an empty foundation, each one empty row', () => {
    const L = layoutHouse(withEmptyFloor());
    const empty = L.floors.find((f) => f.id === 'tyhja')!;
    expect(empty.rooms).to.deep.equal([]);
    expect([empty.columns, empty.rows]).to.deep.equal([1, 1]);
    expect(empty.number).to.equal(2);
    expect(L.foundation).to.deep.equal({ columns: 1, rows: 1, stones: [] });
  });

  it('signs layouts: equal for widths that lay out the same, different when anything moves', () => {
    const sign = (width: number) => layoutHouse(ep(), { width }).signature;
    expect(sign(70)).to.equal(sign(70.4));
    expect(sign(70)).to.not.equal(sign(60));
    expect(sign(20)).to.not.equal(sign(40));
    expect(fitColumns(1000, ROOM_MIN_WIDTH)).to.equal(MAX_COLUMNS);
    expect(fitColumns(Number.NaN, ROOM_MIN_WIDTH)).to.equal(1);
    // A width that could not be measured is the default width, not NaN columns.
    expect(layoutHouse(ep(), { width: Number.NaN }).signature).to.equal(layoutHouse(ep()).signature);
    expect(layoutHouse(ep(), { width: -5 }).signature).to.equal(layoutHouse(ep()).signature);
  });

  it('lays out a 5-floor house of 200 rooms quickly and without changing its input', () => {
    const house = generateHouse(5, 40, 2);
    const before = JSON.stringify(house);
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) layoutHouse(house, { width: 50 + (i % 30) });
    const ms = (performance.now() - t0) / 100;
    expect(ms).to.be.below(5);
    expect(JSON.stringify(house)).to.equal(before);
  });

  it('treats empty texts as nothing to show', () => {
    expect(hasText(undefined)).to.equal(false);
    expect(hasText('')).to.equal(false);
    expect(hasText({})).to.equal(false);
    expect(hasText({ sv: '' })).to.equal(false);
    expect(hasText({ en: 'x' })).to.equal(true);
  });
});

describe('generateHouse', () => {
  it('is deterministic for a seed and valid in shape', () => {
    expect(generateHouse(5, 6, 4)).to.deep.equal(generateHouse(5, 6, 4));
    expect(generateHouse(5, 6, 4)).to.not.deep.equal(generateHouse(5, 6, 5));
    const house = generateHouse(5, 6, 4);
    expect(house.floors).to.have.length(5);
    expect(house.floors.every((f) => f.rooms.length === 6)).to.equal(true);
    const ids = [house.id, ...house.floors.flatMap((f) => [f.id, ...f.rooms.map((r) => r.id)]), ...house.foundation.map((s) => s.id)];
    expect(new Set(ids).size).to.equal(ids.length);
    expect(generateHouse(1, 3, 1).floors).to.have.length(1);
  });
});
