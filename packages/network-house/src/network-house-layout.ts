/**
 * The house as boxes, without a DOM: which floor is drawn where, how many rooms sit side by side
 * on each floor, how wide the door is, how the foundation stones wrap, and the order a screen
 * reader meets the parts in. Widths are in em of the element's font size.
 */
import { pickText, type Floor, type House, type Room, type Stone, type Text } from '@fc-kit/core';

/** Narrowest a room may get before its floor wraps into another row. */
export const ROOM_MIN_WIDTH = 11;
/** Narrowest a foundation stone may get before the foundation wraps. */
export const STONE_MIN_WIDTH = 9;
/** Narrowest door (with its doorway), and the widest: a longer word than that wraps. */
export const DOOR_MIN_WIDTH = 11;
export const DOOR_MAX_WIDTH = 16;
/** A box is never made wider than this for one long word; a longer word wraps inside it. */
export const WORD_MAX_WIDTH = 18;
/** The most rooms or stones in one row, however wide the house: more would be too small to read as rooms. */
export const MAX_COLUMNS = 8;
/** Below this house width the house is a stacked list: one room, one stone per row (the styles agree). */
export const STACKED_BELOW = 34;
/**
 * The house's geometry, which the styles draw: the walls stand WALL_INSET of the width in from
 * each side (the roof's eaves and the foundation reach past them); a floor's row of rooms is
 * inside the walls' borders and the floor's padding (FLOOR_INSET each side); the stones inside
 * the foundation's border and padding (FOUNDATION_INSET); rooms and stones are GAP apart. A
 * label's text is BOX_PADDING narrower than its box (padding and borders, both sides).
 */
export const WALL_INSET = 0.04;
export const FLOOR_INSET = 1;
export const FOUNDATION_INSET = 0.85;
export const GAP = 0.5;
export const BOX_PADDING = 1.9;
export const DOOR_PADDING = 3.9;
/**
 * Width of a bold character, on average, in em. Chrome has no Finnish hyphenation, so a long
 * compound word ("verkostoyhteistyö", "palveluohjaus") breaks anywhere unless its box is wide
 * enough: boxes are made that wide where there is room.
 */
export const CHAR_WIDTH = 0.65;

/** The width of a floor's row of rooms in a house `width` em wide. */
export const roomRowWidth = (width: number) => width * (1 - 2 * WALL_INSET) - 2 * FLOOR_INSET;

/** The width assumed before the element is measured: a wide page column. */
export const DEFAULT_WIDTH = 60;

export interface LayoutOptions {
  /** The width the house has, in em; `DEFAULT_WIDTH` when unknown. */
  width?: number;
  /** A data text as shown (the reader's language); Finnish by default. */
  text?: (value: Text | undefined) => string;
}

export interface RoomBox {
  room: Room;
  id: string;
  /** Row and column on its floor, from 1. */
  row: number;
  column: number;
  hasDetails: boolean;
}

export interface FloorBox {
  floor: Floor;
  id: string;
  /** Index in `house.floors`. */
  index: number;
  /** Floor number from the ground: 1 is the ground floor. */
  number: number;
  ground: boolean;
  /** Rooms per row and rows; a floor without rooms has one empty row. */
  columns: number;
  rows: number;
  /** The narrowest a room on this floor may be: wide enough for its longest word, within limits. */
  minRoomWidth: number;
  rooms: RoomBox[];
}

export interface StoneBox {
  stone: Stone;
  id: string;
  row: number;
  column: number;
  hasDetails: boolean;
}

/** One step of the reading order (and the DOM order, which is the same). */
export type ReadingStep =
  { part: 'title' } | { part: 'roof' } | { part: 'floor'; id: string; number: number } | { part: 'door' } | { part: 'foundation' };

export interface HouseLayout {
  stacked: boolean;
  /** The roof and door are buttons when they have a description; a house without a roof still gets one drawn. */
  roof?: { hasDetails: boolean };
  /** `width`: the doorway's width in em beside the ground floor (wide enough for the label's longest word). */
  door?: { hasDetails: boolean; width: number };
  /** Top floor first, as drawn and as read. */
  floors: FloorBox[];
  floorCount: number;
  foundation: { columns: number; rows: number; stones: StoneBox[] };
  order: ReadingStep[];
  /** Equal for two layouts that place everything the same: the element draws again only when it changes. */
  signature: string;
}

/**
 * Balanced rows: 7 rooms where 6 fit become 4 + 3, not 6 + 1, so a floor never ends in one lone
 * room under a full row.
 */
export function balancedGrid(count: number, maxColumns: number): { columns: number; rows: number } {
  const most = Number.isFinite(maxColumns) ? Math.max(1, Math.floor(maxColumns)) : 1;
  if (count <= 0) return { columns: 1, rows: 1 };
  const rows = Math.ceil(count / most);
  return { columns: Math.ceil(count / rows), rows };
}

/** How many boxes at least `min` wide, GAP apart, fit in `width` (1 to MAX_COLUMNS). */
export function fitColumns(width: number, min: number): number {
  const n = Math.floor((width + GAP) / (min + GAP));
  return Number.isFinite(n) ? Math.min(MAX_COLUMNS, Math.max(1, n)) : 1;
}

/** The estimated width of the longest word of `text`, in em. */
export function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/[\s\u00ad]+/)) longest = Math.max(longest, [...word].length);
  return longest * CHAR_WIDTH;
}

/** A text that shows something in some language (`""` and `{}` show nothing). */
export const hasText = (text: Text | undefined) => pickText(text, 'fi') !== '';

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

export function layoutHouse(house: House, { width, text = (t) => pickText(t, 'fi') }: LayoutOptions = {}): HouseLayout {
  const w = width !== undefined && Number.isFinite(width) && width >= 0 ? width : DEFAULT_WIDTH;
  const stacked = w < STACKED_BELOW;
  const row = roomRowWidth(w);
  const door = house.door
    ? {
        hasDetails: hasText(house.door.description),
        width: clamp(longestWord(text(house.door.label)) * 0.95 + DOOR_PADDING, DOOR_MIN_WIDTH, DOOR_MAX_WIDTH),
      }
    : undefined;
  const floors = house.floors
    .map((floor, index): FloorBox => {
      const ground = index === 0;
      const words = Math.max(0, ...floor.rooms.map((r) => longestWord(text(r.label) || r.id)));
      const minRoomWidth = clamp(words + BOX_PADDING, ROOM_MIN_WIDTH, WORD_MAX_WIDTH);
      const available = ground && door ? row - door.width : row;
      const { columns, rows } = balancedGrid(floor.rooms.length, stacked ? 1 : fitColumns(available, minRoomWidth));
      return {
        floor,
        id: floor.id,
        index,
        number: index + 1,
        ground,
        columns,
        rows,
        minRoomWidth,
        rooms: floor.rooms.map((r, i) => ({
          room: r,
          id: r.id,
          row: Math.floor(i / columns) + 1,
          column: (i % columns) + 1,
          hasDetails: hasText(r.description) || (r.services?.length ?? 0) > 0,
        })),
      };
    })
    // floors[0] is the ground floor and is drawn at the bottom.
    .reverse();

  const stoneWords = Math.max(0, ...house.foundation.map((s) => longestWord(text(s.label) || s.id)));
  const stoneMin = clamp(stoneWords + BOX_PADDING, STONE_MIN_WIDTH, WORD_MAX_WIDTH);
  const stoneGrid = balancedGrid(house.foundation.length, stacked ? 1 : fitColumns(w - 2 * FOUNDATION_INSET, stoneMin));
  const stones = house.foundation.map((s, i): StoneBox => ({
    stone: s,
    id: s.id,
    row: Math.floor(i / stoneGrid.columns) + 1,
    column: (i % stoneGrid.columns) + 1,
    hasDetails: hasText(s.description),
  }));

  // Top to bottom, as the house is drawn and as Tab moves: what a sighted keyboard user sees
  // next is what a screen reader reads next, and the door comes where it stands, by the ground floor.
  const order: ReadingStep[] = [
    { part: 'title' },
    ...(house.roof ? [{ part: 'roof' as const }] : []),
    ...floors.map((f) => ({ part: 'floor' as const, id: f.id, number: f.number })),
    ...(door ? [{ part: 'door' as const }] : []),
    { part: 'foundation' },
  ];

  return {
    stacked,
    roof: house.roof ? { hasDetails: hasText(house.roof.description) } : undefined,
    door,
    floors,
    floorCount: house.floors.length,
    foundation: { ...stoneGrid, stones },
    order,
    signature: [stacked, ...floors.map((f) => f.columns), stoneGrid.columns, door?.width].join(),
  };
}
