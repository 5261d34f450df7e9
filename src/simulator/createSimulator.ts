import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HarnessError } from '../core/HarnessError';
import type { SpecModel } from '../spec/SpecModel';
import type { Workflow } from '../workflow/Workflow';
import type { SimulatorContext } from './answerRequest';
import { createWorkOrderStore } from './createWorkOrderStore';
import type { FaultName } from './faultCatalogue';
import { handleRequest, sendAnswer } from './handleRequest';
import { createRoute } from './matchRoute';
import { parseFaultNames } from './parseFaultNames';
import { seedWorkOrders } from './seedWorkOrders';
import type { WorkOrder } from './WorkOrder';

export interface SimulatorOptions {
  spec: SpecModel;
  workflow: Workflow;
  /** The bearer token every request must carry: `Authorization: Bearer <token>`. */
  token: string;
  faults?: readonly FaultName[];
  /** How a move the workflow calls `unknown` is answered; `allowed` when not given. */
  unknownVerdict?: 'allowed' | 'rejected';
}

export interface Simulator {
  listen(port?: number, host?: string): Promise<{ baseUrl: string; port: number }>;
  close(): Promise<void>;
  /** Deep copies of every work order, by wo_number. */
  snapshot(): WorkOrder[];
  /** Preloads work orders created "before" a run (copies are stored). */
  seed(workOrders: readonly WorkOrder[]): void;
}

const createContext = (options: SimulatorOptions): SimulatorContext => {
  if (options.token === '') {
    throw new HarnessError(
      'SIMULATOR_NO_TOKEN',
      'the simulator needs a non-empty bearer token',
      'Pass --token or set SERIAL_API_TOKEN.',
    );
  }
  return {
    workflow: options.workflow,
    faults: new Set(parseFaultNames(options.faults ?? [])),
    unknownVerdict: options.unknownVerdict ?? 'allowed',
    store: createWorkOrderStore(),
    now: () => new Date().toISOString(),
    routes: options.spec.operations.map(createRoute),
    token: options.token,
  };
};

const toListenError = (error: NodeJS.ErrnoException, host: string, port: number) =>
  new HarnessError(
    'SIMULATOR_CANNOT_LISTEN',
    `cannot listen on ${host}:${port}: ${error.code ?? error.message}`,
    error.code === 'EADDRINUSE'
      ? 'Another process holds the port: pass a free one with --port (0 picks any).'
      : 'Pass another --port or --host.',
  );

/** An in-memory, stateful Serial work-order API on node:http, with optional seeded faults. */
export const createSimulator = (options: SimulatorOptions): Simulator => {
  const context = createContext(options);
  const server = http.createServer((req, res) => {
    handleRequest(context, req, res).catch(() => {
      // Only a broken connection gets here; answer if the socket still can.
      if (!res.headersSent) sendAnswer(res, { statusCode: 500 });
    });
  });

  const listen = (port = 0, host = '127.0.0.1') =>
    new Promise<{ baseUrl: string; port: number }>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => reject(toListenError(error, host, port));
      server.once('error', onError);
      server.listen(port, host, () => {
        server.off('error', onError);
        const bound = (server.address() as AddressInfo).port;
        const shownHost = host.includes(':') ? `[${host}]` : host;
        resolve({ baseUrl: `http://${shownHost}:${bound}`, port: bound });
      });
    });

  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive sockets would hold close() open until they time out.
      server.closeAllConnections();
    });

  return {
    listen,
    close,
    snapshot: () => context.store.listByNumber().map((entry) => structuredClone(entry.workOrder)),
    seed: (workOrders) => seedWorkOrders(context.store, context.workflow.statuses, workOrders),
  };
};
