import type fc from 'fast-check';
import { createFinding } from '../../core/finding';
import type { WorkflowModel, WorkflowReal } from './ModelState';
import { failStep, sendStep } from './sendStep';
import { readWorkOrder } from './readWorkOrder';
import { workOrderOperations } from './workOrderOperations';

/** POST /work-orders: the new work order starts in the workflow's initial status. */
export class CreateWorkOrderCommand implements fc.AsyncCommand<WorkflowModel, WorkflowReal> {
  constructor(private readonly componentId: string) {}

  check = (model: Readonly<WorkflowModel>): boolean => model.canCreate();

  async run(model: WorkflowModel, real: WorkflowReal): Promise<void> {
    const body = {
      name: `${real.runTag} work order ${model.orders.length + 1}`,
      component_id: this.componentId,
      quantity: 1,
      created_by_user_id: real.userId,
    };
    const { response, exchange } = await sendStep(real, {
      command: this.toString(),
      operationId: workOrderOperations.create,
      pathParams: {},
      body,
      label: 'a new work order',
      expect: { kind: 'status', statusCode: 200 },
    });

    const created = readWorkOrder(response);
    const { initial } = model.workflow;
    if (created.id === undefined || created.woNumber === undefined || created.status !== initial) {
      failStep([
        createFinding('STATE_MISMATCH', {
          operationId: workOrderOperations.create,
          expected: `a work order with id, wo_number and status ${initial}`,
          received: JSON.stringify(created),
          pointers: ['/body/status'],
          exchange,
        }),
      ]);
      return;
    }
    model.orders.push({ uuid: created.id, woNumber: created.woNumber, status: initial });
  }

  toString(): string {
    return 'POST /work-orders (create)';
  }
}
