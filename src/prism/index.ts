export { explainPrismExit, type PrismExitExplanation } from './explainPrismExit';
export { stopAll } from './liveChildren';
export type { PrismProcess } from './PrismProcess';
export type { PrismExit, PrismLogLevel } from './spawnPrism';
export { DEFAULT_READY_TIMEOUT_MS, startPrism, type StartPrismOptions } from './startPrism';
