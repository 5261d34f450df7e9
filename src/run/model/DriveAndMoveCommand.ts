import fc from 'fast-check';
import type { WorkflowModel, WorkflowReal } from './ModelState';
import { findShortestPath } from './findShortestPath';
import { MoveStatusCommand } from './MoveStatusCommand';
import { pickOrder, type IdForm } from './pickOrder';
import { CreateWorkOrderCommand } from './CreateWorkOrderCommand';

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
    /** Shrinks to false: a drive alone, when the final move is not needed to fail. */
    private readonly tryMove: boolean,
  ) {}

  // Each shrink attempt gets a fresh command, so a printed step describes its own run.
  [fc.cloneMethod](): DriveAndMoveCommand {
    return new DriveAndMoveCommand(this.orderPick, this.pairPick, this.form, this.tryMove);
  }

  check = (): boolean => true;

  async run(model: WorkflowModel, real: WorkflowReal): Promise<void> {
    const { statuses } = model.workflow;
    const from = statuses[Math.floor(this.pairPick / statuses.length) % statuses.length] ?? '';
    const to = statuses[this.pairPick % statuses.length] ?? '';
    const chosen = await this.chooseOrder(model, real, from);
    if (model.orders.length === 0) return;
    this.described = `#${chosen.index + 1} to ${from}${this.tryMove ? `, then → ${to}` : ''}`;
    if (chosen.path === undefined) return;

    const { order } = pickOrder(model, chosen.index);
    for (const status of this.tryMove ? [...chosen.path, to] : chosen.path) {
      const step = new MoveStatusCommand(
        chosen.index,
        statuses.indexOf(status),
        'exact',
        this.form,
      );
      await step.run(model, real);
      // An `unknown` move the target refused leaves the order short of `from`: stop there.
      if (status !== to && order.status !== status) return;
    }
  }

  /**
   * A work order from which `from` can be reached (an ARCHIVED one cannot go back), or a new
   * one when none can: so every drive tries its pair.
   */
  private async chooseOrder(model: WorkflowModel, real: WorkflowReal, from: string) {
    const eligible = model.orders
      .map((order, index) => ({
        index,
        path: findShortestPath(model.workflow, order.status, from),
      }))
      .filter((entry) => entry.path !== undefined);
    const picked = eligible[this.orderPick % Math.max(1, eligible.length)];
    if (picked !== undefined) return picked;
    if (!model.canCreate()) return { index: 0, path: undefined };

    await new CreateWorkOrderCommand(real.componentId).run(model, real);
    const path = findShortestPath(model.workflow, model.workflow.initial, from);
    return { index: model.orders.length - 1, path };
  }

  toString(): string {
    return `drive ${this.described || `pair ${this.pairPick}`} by ${this.form}`;
  }
}
