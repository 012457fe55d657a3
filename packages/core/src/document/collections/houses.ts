/** `houses`: the house of families — floors of rooms of services on a foundation, under a roof. */
import * as v from 'valibot';
import type { PathSegment } from '../paths.js';
import { IdSchema, TextSchema, UrlSchema, common } from '../shared.js';
import { defineCollection } from './define-collection.js';
import { uniqueIds } from './item-checks.js';

const LabelledSchema = v.object({ label: TextSchema, description: v.optional(TextSchema) });

export const ServiceSchema = v.object({
  label: TextSchema,
  provider: v.optional(TextSchema),
  url: v.optional(UrlSchema),
});

export const RoomSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  description: v.optional(TextSchema),
  services: v.optional(v.array(ServiceSchema)),
});

export const FloorSchema = v.object({ id: IdSchema, label: TextSchema, rooms: v.array(RoomSchema) });
export const StoneSchema = v.object({ id: IdSchema, label: TextSchema, description: v.optional(TextSchema) });

export const HouseSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  roof: v.optional(LabelledSchema),
  door: v.optional(LabelledSchema),
  floors: v.pipe(v.array(FloorSchema), v.minLength(1, 'not-empty')),
  foundation: v.array(StoneSchema),
  ...common,
});

export type House = v.InferOutput<typeof HouseSchema>;
export type Floor = v.InferOutput<typeof FloorSchema>;
export type Room = v.InferOutput<typeof RoomSchema>;
export type Stone = v.InferOutput<typeof StoneSchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;

/** Floors, rooms and stones share one set of ids: a selection names one of them. */
const checkHouse = (house: House) =>
  uniqueIds([
    ...house.floors.map((f, i) => ({ id: f.id, path: ['floors', i] as PathSegment[] })),
    ...house.floors.flatMap((f, i) => f.rooms.map((r, j) => ({ id: r.id, path: ['floors', i, 'rooms', j] as PathSegment[] }))),
    ...house.foundation.map((s, i) => ({ id: s.id, path: ['foundation', i] as PathSegment[] })),
  ]);

export default defineCollection({ name: 'houses', schema: HouseSchema, check: checkHouse });
