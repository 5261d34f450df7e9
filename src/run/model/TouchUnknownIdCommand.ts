import type fc from 'fast-check';
import type { WorkflowModel, WorkflowReal } from './ModelState';
import type { IdForm } from './pickOrder';
import { sendStep } from './sendStep';
import { workOrderOperations } from './workOrderOperations';

// Far past any wo_number a run or its target could have reached.
const unknownNumberOffset = 1_000_000_000;

/** A status move on an id that matches no work order: 404, in either id form. */
export class TouchUnknownIdCommand implements fc.AsyncCommand<WorkflowModel, WorkflowReal> {
  constructor(
    private readonly form: IdForm,
    /** Generated, not drawn at run time, so a replay sends the very same id. */
    private readonly uuid: string,
  ) {}

  check = (): boolean => true;

  async run(model: WorkflowModel, real: WorkflowReal): Promise<void> {
    const highest = Math.max(0, ...model.orders.map((order) => order.woNumber));
    const id = this.form === 'uuid' ? this.uuid : String(highest + unknownNumberOffset);
    await sendStep(real, {
      command: this.toString(),
      operationId: workOrderOperations.moveStatus,
      pathParams: { id },
      body: { status: model.workflow.initial, updated_by_user_id: real.userId },
      label: `an unknown ${this.form}`,
      expect: { kind: 'status', statusCode: 404 },
    });
  }

  toString(): string {
    return `PATCH /work-orders/{unknown ${this.form}}/status`;
  }
}
