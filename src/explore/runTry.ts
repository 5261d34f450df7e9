import { readWorkOrder } from '../run/model/readWorkOrder';
import { classifyTry } from './classifyTry';
import type { WorkOrderRequests } from './createWorkOrderRequests';
import type { Sender } from './createSender';
import type { Observation } from './PairResult';

export interface TryContext {
  sender: Sender;
  requests: WorkOrderRequests;
  /** The status a created work order has, as the probe observed it. */
  initial: string;
}

export interface TryPlan {
  from: string;
  to: string;
  /** The statuses to move through from `initial` to `from`, excluding `initial`. */
  path: readonly string[];
  name: string;
}

export type TryResult =
  | { kind: 'observed'; observation: Observation }
  | {
      kind: 'setup-failed';
      reason: string;
      /** A move on the path that answered otherwise than when its own pair was tried. */
      drive?: { from: string; to: string; observation: Observation };
    };

/** The most requests one try sends: create, the path, a confirming read, the move, a read. */
export const findTryCost = (pathLength: number): number => pathLength + 4;

const isSuccess = (statusCode: number) => statusCode >= 200 && statusCode < 300;

const describeCode = (statusCode: number) => (statusCode === 0 ? 'no answer' : String(statusCode));

type Requester = Pick<TryContext, 'sender' | 'requests'>;

export const readStatus = async (context: Requester, id: string): Promise<string | undefined> => {
  const response = await context.sender.send(context.requests.retrieve(id));
  if (response === undefined || !isSuccess(response.statusCode)) return undefined;
  return readWorkOrder(response).status;
};

/** A fresh work order: its id and status, or why there is none. */
export const createOrder = async (
  context: Requester,
  name: string,
): Promise<{ id: string; status?: string } | { problem: string; statusCode: number }> => {
  const response = await context.sender.send(context.requests.create(name));
  const statusCode = response?.statusCode ?? 0;
  if (response === undefined || !isSuccess(statusCode)) {
    return { problem: `answered ${describeCode(statusCode)}`, statusCode };
  }

  const created = readWorkOrder(response);
  if (created.id === undefined) {
    return { problem: `answered ${statusCode} without an id`, statusCode };
  }
  const status = created.status ?? (await readStatus(context, created.id));
  return { id: created.id, ...(status === undefined ? {} : { status }) };
};

/** Reads the status back after a PATCH that answered `statusCode`, and judges the move. */
const observe = async (
  context: TryContext,
  id: string,
  move: { from: string; to: string; statusCode: number },
): Promise<Observation> => {
  const after = await readStatus(context, id);
  return {
    statusCode: move.statusCode,
    ...(after === undefined ? {} : { after }),
    outcome: classifyTry(move.from, move.to, move.statusCode, after),
    workOrderId: id,
  };
};

const sendMove = async (context: TryContext, id: string, to: string): Promise<number> =>
  (await context.sender.send(context.requests.move(id, to)))?.statusCode ?? 0;

/** Moves a new work order along the path; undefined once it stands in `from`. */
const driveTo = async (context: TryContext, id: string, plan: TryPlan) => {
  let at = context.initial;
  for (const status of plan.path) {
    const statusCode = await sendMove(context, id, status);
    if (!isSuccess(statusCode)) {
      const seen = await observe(context, id, { from: at, to: status, statusCode });
      const observation = { ...seen, duringDrive: true };
      const reason = `${at} → ${status} answered ${describeCode(statusCode)} on the way to ${plan.from}`;
      return {
        kind: 'setup-failed',
        reason,
        drive: { from: at, to: status, observation },
      } as const;
    }
    at = status;
  }
  if (plan.path.length === 0) return undefined;

  const after = await readStatus(context, id);
  if (after === plan.from) return undefined;
  const route = [context.initial, ...plan.path].join(' → ');
  return {
    kind: 'setup-failed',
    reason: `moved ${route}, read back ${after ?? 'nothing'}`,
  } as const;
};

/**
 * One try of a pair on a work order of its own: create it, drive it to `from` along moves seen
 * accepted, try `to`, and read the status back. A fresh order per try keeps tries independent.
 */
export const runTry = async (context: TryContext, plan: TryPlan): Promise<TryResult> => {
  const created = await createOrder(context, plan.name);
  if ('problem' in created) {
    return { kind: 'setup-failed', reason: `create ${created.problem}` };
  }
  if (created.status !== context.initial) {
    const reason = `created in ${created.status ?? 'no status'}, not ${context.initial}`;
    return { kind: 'setup-failed', reason };
  }

  const failed = await driveTo(context, created.id, plan);
  if (failed !== undefined) return failed;

  const statusCode = await sendMove(context, created.id, plan.to);
  const observation = await observe(context, created.id, { ...plan, statusCode });
  return { kind: 'observed', observation };
};
