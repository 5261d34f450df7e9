import fc from 'fast-check';
import { createFinding, type Exchange } from '../../core/finding';
import type { Expectation } from '../RequestCase';
import type { WorkflowModel, WorkflowReal } from './ModelState';
import { idOf, pickOrder, type IdForm } from './pickOrder';
import { readBack } from './readBack';
import { failStep, sendStep } from './sendStep';
import { workOrderOperations } from './workOrderOperations';

/**
 * `workflow`: among the moves the workflow does not reject; `any`: among every status;
 * `exact`: the status at that index of the enum.
 */
export type TargetMode = 'workflow' | 'any' | 'exact';

const chooseTarget = (model: WorkflowModel, from: string, mode: TargetMode, pick: number) => {
  const { workflow } = model;
  const open = workflow.statuses.filter((to) => workflow.verdict(from, to) !== 'rejected');
  if (mode === 'exact') return workflow.statuses[pick] ?? from;
  const choices = mode === 'workflow' && open.length > 0 ? open : workflow.statuses;
  return choices[pick % choices.length] ?? from;
};

// A move on a work order that exists, with a valid token: 401 and 404 are never right.
const expectationFor = (verdict: string): Expectation => {
  if (verdict === 'allowed') return { kind: 'status', statusCode: 200 };
  if (verdict === 'rejected') return { kind: 'status', statusCode: 400 };
  return { kind: 'one-of', statusCodes: [200, 400] };
};

/**
 * An accepted move into a status the workflow lists under `unreachable:` puts the work order
 * where the file says none ever gets. The loader refuses allowed moves into such a status, so
 * this is an `unknown` move the target accepted: the file is wrong about the target.
 */
const checkNotDeclaredUnreachable = (
  model: WorkflowModel,
  move: string,
  back: { view: { status?: string }; exchange: Exchange },
): void => {
  const { status } = back.view;
  if (status === undefined || !(model.workflow.table.unreachable ?? []).includes(status)) return;
  failStep([
    createFinding('STATE_MISMATCH', {
      operationId: workOrderOperations.moveStatus,
      expected: `never ${status}, which ${model.workflow.path} declares unreachable`,
      received: `status ${status} after ${move}`,
      pointers: ['/body/status'],
      exchange: back.exchange,
    }),
  ]);
};

/** PATCH /work-orders/{id}/status, then a read-back: the model's verdict must hold. */
export class MoveStatusCommand implements fc.AsyncCommand<WorkflowModel, WorkflowReal> {
  private described = '';

  constructor(
    private readonly orderPick: number,
    private readonly targetPick: number,
    private readonly mode: TargetMode,
    private readonly form: IdForm,
  ) {}

  // Each shrink attempt gets a fresh command, so a printed step describes its own run.
  [fc.cloneMethod](): MoveStatusCommand {
    return new MoveStatusCommand(this.orderPick, this.targetPick, this.mode, this.form);
  }

  check = (model: Readonly<WorkflowModel>): boolean => model.orders.length > 0;

  async run(model: WorkflowModel, real: WorkflowReal): Promise<void> {
    const { order, label } = pickOrder(model, this.orderPick);
    const from = order.status;
    const to = chooseTarget(model, from, this.mode, this.targetPick);
    const verdict = model.workflow.verdict(from, to);
    this.described = `${label} ${from} → ${to} by ${this.form} (${verdict})`;

    const { response } = await sendStep(real, {
      command: this.toString(),
      operationId: workOrderOperations.moveStatus,
      pathParams: { id: idOf(order, this.form) },
      body: { status: to, updated_by_user_id: real.userId },
      label: `the move ${from} → ${to} (${verdict})`,
      expect: expectationFor(verdict),
    });
    const accepted = response.statusCode >= 200 && response.statusCode < 300;
    // Read back by the same id form, so a form that reaches another order is named as such.
    const back = await readBack(real, order, this.form, `${this.toString()}, read back`);
    const after = back.view.status;
    real.coverage.record(from, to, response.statusCode, after !== from);

    const expected = accepted ? to : from;
    if (after !== expected) {
      const code = accepted ? 'TRANSITION_NOT_PERSISTED' : 'REJECTED_MOVE_CHANGED_STATE';
      failStep([
        createFinding(code, {
          operationId: workOrderOperations.moveStatus,
          expected: `status ${expected} after ${response.statusCode} to ${from} → ${to}`,
          received: `status ${after ?? '(none)'}`,
          pointers: ['/body/status'],
          exchange: back.exchange,
        }),
      ]);
    }
    order.status = expected;
    if (accepted)
      checkNotDeclaredUnreachable(model, `${response.statusCode} to ${from} → ${to}`, back);
  }

  toString(): string {
    const move = this.described === '' ? `${this.mode} pick ${this.targetPick}` : this.described;
    return `PATCH /work-orders/{id}/status: ${move}`;
  }
}
