// A port that is free right now, for the throwaway PostgreSQL and `next start`: fixed ports would
// collide with a developer's running app or a parallel benchmark on a shared machine.
import net from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
