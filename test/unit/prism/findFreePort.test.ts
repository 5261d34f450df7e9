import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { checkPort, findFreePort } from '../../../src/prism/findFreePort';

describe('findFreePort', () => {
  it('returns a port that can be listened on', async () => {
    const port = await findFreePort('127.0.0.1');

    const server = net.createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    await new Promise((resolve) => server.close(resolve));

    expect(port).toBeGreaterThan(0);
  });
});

describe('checkPort', () => {
  it('says why a port in use cannot be listened on', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;

    const reason = await checkPort('127.0.0.1', port);
    await new Promise((resolve) => server.close(resolve));

    expect(reason).toBe(`port ${port} is already in use`);
    expect(await checkPort('127.0.0.1', port)).toBeUndefined();
  });
});
