export { findFreePort } from './findFreePort';
export { killAllChildren, trackChild, untrackChild } from './liveChildren';
export { startPrism, type PrismOptions, type PrismProcess } from './startPrism';
