import fc from 'fast-check';
import { createFinding } from '../../core/finding';
import type { WorkflowModel, WorkflowReal } from './ModelState';
import { pickOrder, type IdForm } from './pickOrder';
import { readBack } from './readBack';
import { failStep } from './sendStep';
import { workOrderOperations } from './workOrderOperations';

/** GET /work-order/{id} by either id form: the status is the model's. */
export class ReadWorkOrderCommand implements fc.AsyncCommand<WorkflowModel, WorkflowReal> {
  private described = '';

  constructor(
    private readonly orderPick: number,
    private readonly form: IdForm,
  ) {}

  [fc.cloneMethod](): ReadWorkOrderCommand {
    return new ReadWorkOrderCommand(this.orderPick, this.form);
  }

  check = (model: Readonly<WorkflowModel>): boolean => model.orders.length > 0;

  async run(model: WorkflowModel, real: WorkflowReal): Promise<void> {
    const { order, label } = pickOrder(model, this.orderPick);
    this.described = `${label} by ${this.form}`;

    const { view, exchange } = await readBack(real, order, this.form, this.toString());
    if (view.status !== order.status) {
      failStep([
        createFinding('STATE_MISMATCH', {
          operationId: workOrderOperations.retrieve,
          expected: `status ${order.status}`,
          received: `status ${view.status ?? '(none)'}`,
          pointers: ['/body/status'],
          exchange,
        }),
      ]);
    }
  }

  toString(): string {
    return `GET /work-order/{id}: ${this.described || `pick ${this.orderPick} by ${this.form}`}`;
  }
}
