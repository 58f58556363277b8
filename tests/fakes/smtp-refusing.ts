// An SMTP server on loopback that accepts the connection and the sender and refuses every
// recipient, naming the address as real servers do ("550 5.1.1 <x>: Recipient address rejected"),
// so a test gets the real SMTP client's error for a refused mail.
import net from "node:net";

export async function startRefusingSmtpServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = net.createServer((socket) => {
    socket.write("220 localhost ESMTP test\r\n");
    let buffered = "";
    socket.on("data", (chunk) => {
      buffered += chunk.toString("utf8");
      let end: number;
      while ((end = buffered.indexOf("\r\n")) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 localhost\r\n");
        else if (verb === "MAIL") socket.write("250 2.1.0 Ok\r\n");
        else if (verb === "RCPT") {
          const address = /<([^>]*)>/.exec(line)?.[1] ?? "";
          socket.write(`550 5.1.1 <${address}>: Recipient address rejected: User unknown\r\n`);
        } else if (verb === "QUIT") socket.end("221 2.0.0 Bye\r\n");
        else socket.write("250 Ok\r\n");
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
