export * from './document.js';
export * from './event.js';
export * from './actor.js';
export * from './claim.js';
export * from './errors.js';
