import type fc from 'fast-check';
import type { WorkflowModel, WorkflowReal } from './ModelState';
import { findShortestPath } from './findShortestPath';
import { MoveStatusCommand } from './MoveStatusCommand';
import { pickOrder, type IdForm } from './pickOrder';

/**
 * Aims at one (from, to) pair: drives a work order to `from` along the shortest path the
 * workflow allows, each step a checked move, then tries `to`. It is what makes every pair of
 * the matrix reachable within a small budget, however deep `from` lies.
 */
export class DriveAndMoveCommand implements fc.AsyncCommand<WorkflowModel, WorkflowReal> {
  private described = '';

  constructor(
    private readonly orderPick: number,
    private readonly pairPick: number,
    private readonly form: IdForm,
  ) {}

  check = (model: Readonly<WorkflowModel>): boolean => model.orders.length > 0;

  async run(model: WorkflowModel, real: WorkflowReal): Promise<void> {
    const { statuses } = model.workflow;
    const from = statuses[Math.floor(this.pairPick / statuses.length) % statuses.length] ?? '';
    const to = statuses[this.pairPick % statuses.length] ?? '';
    const { order, label } = pickOrder(model, this.orderPick);
    const path = findShortestPath(model.workflow, order.status, from);
    this.described = `${label} to ${from}, then → ${to}`;
    if (path === undefined) return;

    for (const status of [...path, to]) {
      const index = model.workflow.statuses.indexOf(status);
      const step = new MoveStatusCommand(this.orderPick, index, 'exact', this.form);
      await step.run(model, real);
      // An `unknown` move the target refused leaves the order short of `from`: stop there.
      if (status !== to && order.status !== status) return;
    }
  }

  toString(): string {
    return `drive ${this.described || `pick ${this.pairPick}`} by ${this.form}`;
  }
}
