/**
 * The house as boxes, without a DOM: which floor is drawn where, how many rooms sit side by side
 * on each floor, how the foundation stones wrap, and the order a screen reader meets the parts in.
 * Widths are in em of the element's font size.
 */
import { pickText, type Floor, type House, type Room, type Stone, type Text } from '@fc-kit/core';

/** Narrowest a room may get before its floor wraps into another row. */
export const ROOM_MIN_WIDTH = 11;
/** Narrowest a foundation stone may get before the foundation wraps. */
export const STONE_MIN_WIDTH = 9;
/** What the door (with its doorway) takes from the ground floor's row of rooms. */
export const DOOR_WIDTH = 11;
/** The most rooms or stones in one row, however wide the house: more would be too small to read as rooms. */
export const MAX_COLUMNS = 8;
/** Below this house width the house is a stacked list: one room, one stone per row (the styles agree). */
export const STACKED_BELOW = 34;
/**
 * The house's geometry, which the styles draw: the walls stand WALL_INSET of the width in from
 * each side (the roof's eaves and the foundation reach past them), a floor's row of rooms is
 * inside the walls' borders and the floor's padding, and rooms and stones are GAP apart.
 */
export const WALL_INSET = 0.04;
export const FLOOR_INSET = 1;
export const FOUNDATION_INSET = 0.85;
export const GAP = 0.5;

/** The width of a floor's row of rooms in a house `width` em wide. */
export const roomRowWidth = (width: number) => width * (1 - 2 * WALL_INSET) - 2 * FLOOR_INSET;

/** The width assumed before the element is measured: a wide page column. */
export const DEFAULT_WIDTH = 60;

export interface LayoutOptions {
  /** The width the house has, in em; `DEFAULT_WIDTH` when unknown. */
  width?: number;
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
  | { part: 'title' }
  | { part: 'roof' }
  | { part: 'floor'; id: string; number: number }
  | { part: 'door' }
  | { part: 'foundation' };

export interface HouseLayout {
  stacked: boolean;
  /** The roof and door are buttons when they have a description; a house without a roof still gets one drawn. */
  roof?: { hasDetails: boolean };
  door?: { hasDetails: boolean };
  /** Top floor first, as drawn and as read. */
  floors: FloorBox[];
  floorCount: number;
  foundation: { columns: number; rows: number; stones: StoneBox[] };
  order: ReadingStep[];
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

/** A text that shows something in some language (`""` and `{}` show nothing). */
export const hasText = (text: Text | undefined) => pickText(text, 'fi') !== '';

/** How many boxes at least `min` wide, GAP apart, fit in `width`. */
const fits = (width: number, min: number) => Math.min(MAX_COLUMNS, Math.max(1, Math.floor((width + GAP) / (min + GAP))));

/**
 * How many rooms and stones fit side by side in a house `width` em wide: on upper floors, on the
 * ground floor (beside the door) and in the foundation. Two widths with the same answer lay out
 * the same, so the element renders again only when this changes.
 */
export function columnsFor(width: number, withDoor: boolean) {
  const stacked = width < STACKED_BELOW;
  const row = roomRowWidth(width);
  return {
    stacked,
    rooms: stacked ? 1 : fits(row, ROOM_MIN_WIDTH),
    groundRooms: stacked ? 1 : fits(row - (withDoor ? DOOR_WIDTH : 0), ROOM_MIN_WIDTH),
    stones: stacked ? 1 : fits(width - 2 * FOUNDATION_INSET, STONE_MIN_WIDTH),
  };
}

export function layoutHouse(house: House, { width }: LayoutOptions = {}): HouseLayout {
  const fit = columnsFor(width !== undefined && Number.isFinite(width) && width >= 0 ? width : DEFAULT_WIDTH, !!house.door);
  const total = house.floors.length;
  const floors = house.floors
    .map((floor, index): FloorBox => {
      const ground = index === 0;
      const { columns, rows } = balancedGrid(floor.rooms.length, ground ? fit.groundRooms : fit.rooms);
      return {
        floor,
        id: floor.id,
        index,
        number: index + 1,
        ground,
        columns,
        rows,
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

  const stoneGrid = balancedGrid(house.foundation.length, fit.stones);
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
    ...(house.door ? [{ part: 'door' as const }] : []),
    { part: 'foundation' },
  ];

  return {
    stacked: fit.stacked,
    roof: house.roof ? { hasDetails: hasText(house.roof.description) } : undefined,
    door: house.door ? { hasDetails: hasText(house.door.description) } : undefined,
    floors,
    floorCount: total,
    foundation: { ...stoneGrid, stones },
    order,
  };
}
