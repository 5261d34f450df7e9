import type { StoredWorkOrder } from './createWorkOrderStore';
import type { SimulatorState } from './SimulatorState';

const findByNumber = (state: SimulatorState, woNumber: number) => {
  // Fault id-forms-disagree: number n reaches work order n + 1 when there is one.
  const shifted = state.faults.has('id-forms-disagree')
    ? state.store.findByNumber(woNumber + 1)
    : undefined;
  return shifted ?? state.store.findByNumber(woNumber);
};

/**
 * The work order an `{id}` names: a decimal is a wo_number, anything else an id (UUID), compared
 * case-insensitively. The spec says both forms reach the same work order.
 */
export const findWorkOrder = (
  state: SimulatorState,
  id: string | undefined,
): StoredWorkOrder | undefined => {
  if (id === undefined) return undefined;
  if (/^[0-9]+$/.test(id)) return findByNumber(state, Number(id));
  return state.store.findById(id);
};
