import { createFinding, type Exchange } from '../../core/finding';
import type { ModelOrder, WorkflowReal } from './ModelState';
import { idOf, type IdForm } from './pickOrder';
import { readWorkOrder, type WorkOrderView } from './readWorkOrder';
import { failStep, sendStep } from './sendStep';
import { workOrderOperations } from './workOrderOperations';

/**
 * GET /work-order/{id}, checking that the id form reached the work order the model means. The
 * exchange is the evidence for any state finding that follows the read.
 */
export const readBack = async (
  real: WorkflowReal,
  order: ModelOrder,
  form: IdForm,
  command: string,
): Promise<{ view: WorkOrderView; exchange: Exchange }> => {
  const { response, exchange } = await sendStep(real, {
    command,
    operationId: workOrderOperations.retrieve,
    pathParams: { id: idOf(order, form) },
    label: `read back by ${form}`,
    expect: { kind: 'status', statusCode: 200 },
  });

  const view = readWorkOrder(response);
  if (view.id !== order.uuid || view.woNumber !== order.woNumber) {
    failStep([
      createFinding('ID_FORMS_DISAGREE', {
        operationId: workOrderOperations.retrieve,
        expected: `id ${order.uuid}, wo_number ${order.woNumber}`,
        received: `id ${view.id ?? '(none)'}, wo_number ${view.woNumber ?? '(none)'}`,
        pointers: ['/body/id', '/body/wo_number'],
        exchange,
      }),
    ]);
  }
  return { view, exchange };
};
