import { HarnessError } from '../core/HarnessError';
import type { WorkOrderRequests } from './createWorkOrderRequests';
import { isSafetyError } from '../run/guard/SafetyError';
import type { BudgetFlag, Sender } from './createSender';
import type { ExploreEvent } from './ExploreEvent';
import { judgePair } from './judgePair';
import type { PairResult } from './PairResult';
import { createTallies, type Tallies } from './createTallies';
import { createOrder, findTryCost, runTry, type TryContext } from './runTry';

export interface LearnOptions {
  statuses: readonly string[];
  /** Tries per pair; more than one is what finds answers that are not deterministic. */
  tries: number;
  runTag: string;
  onEvent?: (event: ExploreEvent) => void;
}

export interface LearnResult {
  /** The status a created work order has, as observed. */
  initial: string;
  statuses: readonly string[];
  /** Every (from, to) pair, same-status pairs included, in the enum's order. */
  pairs: readonly PairResult[];
  /** In the order they were reached, each by the shortest path of accepted moves. */
  reached: string[];
  /** Never reached although every reached status was tried in full; empty after a stop. */
  unreachable: string[];
  /** Not reached when the budget ran out: whether they can be is not known. */
  unexplored: string[];
  /** The budget that ran out before every reached pair was tried, if one did. */
  stoppedBy?: BudgetFlag;
  requests: number;
}

const probeInitial = async (sender: Sender, requests: WorkOrderRequests, runTag: string) => {
  const created = await createOrder({ sender, requests }, `${runTag} probe`);
  if (!('problem' in created) && created.status !== undefined) return created.status;

  if ('problem' in created && (created.statusCode === 401 || created.statusCode === 403)) {
    throw new HarnessError(
      'TOKEN_REJECTED',
      `POST /work-orders ${created.problem} with the token given`,
      'Set SERIAL_API_TOKEN (or --token) to a valid API key for this target.',
    );
  }
  const problem = 'problem' in created ? created.problem : 'answered without a status';
  throw new HarnessError(
    'EXPLORE_CANNOT_CREATE',
    `POST /work-orders ${problem}: explore needs work orders of its own`,
    'Check --component-id and --user-id, and that the token may create work orders.',
  );
};

const checkInitial = (initial: string, statuses: readonly string[]): void => {
  if (statuses.includes(initial)) return;
  throw new HarnessError(
    'EXPLORE_UNKNOWN_INITIAL',
    `a created work order is in '${initial}', which the spec's status enum lacks (${statuses.join(', ')})`,
    'Check --target, or add the status to the enum of the status operation in --spec.',
  );
};

interface PairPlan {
  from: string;
  to: string;
  path: readonly string[];
}

/** Runs the tries of one pair; the budget that ran out before all were sent, if one did. */
const tryPair = async (
  context: TryContext,
  tallies: Tallies,
  plan: PairPlan,
  options: LearnOptions,
): Promise<BudgetFlag | undefined> => {
  const tally = tallies.get(plan.from, plan.to);
  for (let attempt = 1; attempt <= options.tries; attempt += 1) {
    const short = context.sender.findShortBudget(findTryCost(plan.path.length));
    if (short !== undefined) return short;

    const name = `${options.runTag} ${plan.from}→${plan.to} ${attempt}/${options.tries}`;
    const result = await runTry(context, { ...plan, name });
    if (result.kind === 'observed') {
      tally.tries.push(result.observation);
      continue;
    }
    tally.setupFailures.push(result.reason);
    const { drive } = result;
    if (drive !== undefined) tallies.get(drive.from, drive.to).tries.push(drive.observation);
  }
  return undefined;
};

/** As tryPair; retries after 429 can still spend the budget mid-try, which stops the run too. */
const tryPairSafely = async (...args: Parameters<typeof tryPair>) => {
  try {
    return await tryPair(...args);
  } catch (error) {
    if (!isSafetyError(error) || error.reason === 'foreign-id') throw error;
    return error.reason === 'order-budget' ? '--max-orders' : '--max-requests';
  }
};

/**
 * Learns the target's transition table breadth-first: the initial status first, then each status
 * as soon as a move into it was accepted on every try. Each pair of a reached status is tried
 * `tries` times, each on a fresh work order driven there along the shortest path known so far.
 * Statuses never reached are reported as unreachable; their pairs are never guessed.
 */
export const learnTable = async (
  sender: Sender,
  requests: WorkOrderRequests,
  options: LearnOptions,
): Promise<LearnResult> => {
  const { statuses, runTag } = options;
  const emit = options.onEvent ?? (() => undefined);
  const initial = await probeInitial(sender, requests, runTag);
  checkInitial(initial, statuses);
  emit({ kind: 'initial', status: initial });

  const context: TryContext = { sender, requests, initial };
  const tallies = createTallies();
  const paths = new Map<string, readonly string[]>([[initial, []]]);
  const total = statuses.length ** 2;
  let stopped: BudgetFlag | undefined;
  let done = 0;

  // A Map iterates entries added during the loop: `paths` is the breadth-first queue.
  for (const [from, path] of paths) {
    for (const to of statuses) {
      stopped = await tryPairSafely(context, tallies, { from, to, path }, options);
      if (stopped !== undefined) break;

      done += 1;
      const pair = { from, to, ...tallies.get(from, to) };
      const learnt = judgePair(pair.tries);
      emit({ kind: 'pair', pair: { ...pair, learnt }, done, total });
      if (learnt === 'allowed' && !paths.has(to)) {
        paths.set(to, [...path, to]);
        emit({ kind: 'reached', status: to, route: [initial, ...path, to] });
      }
    }
    if (stopped !== undefined) break;
  }
  if (stopped !== undefined) emit({ kind: 'budget', flag: stopped, sent: sender.sent() });

  const reached = new Set(paths.keys());
  const notReached = statuses.filter((status) => !reached.has(status));
  return {
    initial,
    statuses,
    pairs: tallies.toResults(statuses, reached, stopped !== undefined),
    reached: [...reached],
    unreachable: stopped === undefined ? notReached : [],
    unexplored: stopped === undefined ? [] : notReached,
    ...(stopped === undefined ? {} : { stoppedBy: stopped }),
    requests: sender.sent(),
  };
};
