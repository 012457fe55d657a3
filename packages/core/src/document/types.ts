import type { InferOutput } from 'valibot';
import type {
  DocumentSchema, GovernanceTreeSchema, HouseSchema, RoadmapSchema, RoadmapItemSchema,
  SurveySchema, TextSchema, SourceSchema, FloorSchema, RoomSchema, StoneSchema, ServiceSchema,
} from './schema.js';

export type { GovernanceNode, Collection } from './schema.js';
export type Text = InferOutput<typeof TextSchema>;
export type Source = InferOutput<typeof SourceSchema>;
export type FcDocument = InferOutput<typeof DocumentSchema>;
export type GovernanceTree = InferOutput<typeof GovernanceTreeSchema>;
export type House = InferOutput<typeof HouseSchema>;
export type Floor = InferOutput<typeof FloorSchema>;
export type Room = InferOutput<typeof RoomSchema>;
export type Stone = InferOutput<typeof StoneSchema>;
export type Service = InferOutput<typeof ServiceSchema>;
export type Survey = InferOutput<typeof SurveySchema>;
export type Roadmap = InferOutput<typeof RoadmapSchema>;
export type RoadmapItem = InferOutput<typeof RoadmapItemSchema>;

/** The item type each collection holds. */
export interface CollectionItem {
  governance: GovernanceTree;
  houses: House;
  surveys: Survey;
  roadmaps: Roadmap;
}
