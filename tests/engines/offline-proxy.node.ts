// A TCP proxy in front of the service under test, for engines whose driver cannot take the network
// away (classic WebDriver). Offline, it refuses every connection and cuts the open ones, which is
// what a phone that loses its signal sees: requests fail, yet `navigator.onLine` may still be true.
import { createServer, connect, type Socket } from 'node:net';

export interface OfflineProxy {
  origin: string;
  setOffline(offline: boolean): void;
  close(): Promise<void>;
}

export function startOfflineProxy(target: URL): Promise<OfflineProxy> {
  let offline = false;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    if (offline) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => (socket === client ? upstream : client).destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        origin: `http://127.0.0.1:${port}`,
        setOffline: (value) => {
          offline = value;
          if (value) for (const socket of open) socket.destroy();
        },
        close: () =>
          new Promise((done) => {
            for (const socket of open) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
