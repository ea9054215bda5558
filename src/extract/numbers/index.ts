export type { Quantity } from './quantity.js';
export { findQuantities, parseQuantity } from './find-quantities.js';
export { parseNumberWords } from './number-words.js';
export {
  findCasualtyFigures,
  type CasualtyFigure,
  type CasualtyOptions,
  type CasualtyRole,
} from './casualties.js';
export { VAGUE_AMOUNTS } from './vague-quantities.js';
