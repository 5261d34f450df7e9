import net from 'node:net';
import type { AddressInfo } from 'node:net';

type Probe = { kind: 'free'; port: number } | { kind: 'unavailable'; reason: string };

const probe = (host: string, port: number): Promise<Probe> =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      const inUse = error.code === 'EADDRINUSE';
      resolve({
        kind: 'unavailable',
        reason: inUse ? `port ${port} is already in use` : error.message,
      });
    });
    server.listen(port, host, () => {
      const bound = (server.address() as AddressInfo).port;
      server.close(() => resolve({ kind: 'free', port: bound }));
    });
  });

/** Why Prism could not listen on host:port, or undefined when the port is free right now. */
export const checkPort = async (host: string, port: number): Promise<string | undefined> => {
  const result = await probe(host, port);
  return result.kind === 'free' ? undefined : result.reason;
};

/** A port the OS reports free on `host`. Another process may still take it before it is used. */
export const findFreePort = async (host: string): Promise<number> => {
  const result = await probe(host, 0);
  if (result.kind === 'free') return result.port;
  throw new Error(`No free port on ${host}: ${result.reason}`);
};
