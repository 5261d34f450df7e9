export { createWorkflow } from './createWorkflow';
export { findStatuses, statusOperationId } from './findStatuses';
export { loadWorkflow } from './loadWorkflow';
export { toWorkflowYaml } from './toWorkflowYaml';
export {
  isVerdict,
  verdicts,
  type TransitionPair,
  type Verdict,
  type Workflow,
  type WorkflowTable,
} from './Workflow';
