export { simulatedOperationIds } from './answerRequest';
export { createSimulator, type Simulator, type SimulatorOptions } from './createSimulator';
export { decideMove, type MoveDecision } from './decideMove';
export { faultCatalogue, faultNames, isFaultName, type FaultName } from './faultCatalogue';
export { parseFaultNames } from './parseFaultNames';
export type { ActivityLogEntry, Approval, Attachment, WorkOrder } from './WorkOrder';
