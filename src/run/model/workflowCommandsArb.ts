import fc from 'fast-check';
import { CreateWorkOrderCommand } from './CreateWorkOrderCommand';
import { DriveAndMoveCommand } from './DriveAndMoveCommand';
import type { WorkflowModel, WorkflowReal } from './ModelState';
import { MoveStatusCommand } from './MoveStatusCommand';
import type { IdForm } from './pickOrder';
import { ReadWorkOrderCommand } from './ReadWorkOrderCommand';
import { TouchUnknownIdCommand } from './TouchUnknownIdCommand';

export interface CommandOptions {
  componentId: string;
  maxCommands: number;
  replayPath?: string;
}

const idFormArb: fc.Arbitrary<IdForm> = fc.constantFrom('uuid', 'wo_number');
const pickArb = fc.nat({ max: 1000 });

// Three in four drives end with the move; shrinking goes towards the drive alone.
const driveArb = fc
  .tuple(
    pickArb,
    fc.nat({ max: 35 }),
    idFormArb,
    fc.nat({ max: 3 }).map((n) => n !== 0),
  )
  .map(([order, pair, form, tryMove]) => new DriveAndMoveCommand(order, pair, form, tryMove));

/**
 * Sequences of workflow commands. Moves that follow the workflow outweigh arbitrary ones, so
 * sequences get deep enough to reach and leave the late statuses (COMPLETE, ARCHIVED).
 */
export const workflowCommandsArb = (options: CommandOptions) => {
  const commands: fc.Arbitrary<fc.AsyncCommand<WorkflowModel, WorkflowReal>>[] = [
    fc.constant(new CreateWorkOrderCommand(options.componentId)),
    ...['workflow', 'workflow', 'any'].map((mode) =>
      fc
        .tuple(pickArb, pickArb, idFormArb)
        .map(
          ([order, target, form]) =>
            new MoveStatusCommand(order, target, mode as 'workflow' | 'any', form),
        ),
    ),
    // Listed three times: drives are what reach the late statuses, so they get a larger share.
    ...[1, 2, 3].map(() => driveArb),
    fc.tuple(pickArb, idFormArb).map(([order, form]) => new ReadWorkOrderCommand(order, form)),
    fc
      .tuple(idFormArb, fc.uuid({ version: 4 }))
      .map(([form, uuid]) => new TouchUnknownIdCommand(form, uuid)),
  ];
  return fc.commands(commands, {
    maxCommands: options.maxCommands,
    // Sequences long enough to create orders and then move them deep into the workflow.
    size: 'max',
    ...(options.replayPath === undefined ? {} : { replayPath: options.replayPath }),
  });
};
