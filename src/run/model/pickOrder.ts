import type { ModelOrder, WorkflowModel } from './ModelState';

export type IdForm = 'uuid' | 'wo_number';

/** Commands hold an index, resolved against the orders that exist when they run. */
export const pickOrder = (
  model: WorkflowModel,
  pick: number,
): { order: ModelOrder; label: string } => {
  const index = pick % model.orders.length;
  const order = model.orders[index];
  // Commands run only when check() saw at least one order, so the index always exists.
  if (order === undefined) throw new Error('no work order to pick');
  return { order, label: `#${index + 1}` };
};

export const idOf = (order: ModelOrder, form: IdForm): string =>
  form === 'uuid' ? order.uuid : String(order.woNumber);
