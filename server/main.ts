// The portal's HTTP server: Next's request handler behind createPortalServer (client address,
// security headers, CSP hashes). `npm start`, `npm run dev`, the e2e tests and the benchmarks all
// serve through it, never through a bare `next start`. Started as in server/command.ts, [--dev].
// Refuses to start on an invalid environment (in production: without PUBLIC_URL). With
// SERVER_PROCESSES above 1 this process only starts and watches that many servers (cluster.ts).
import cluster from "node:cluster";
import next from "next";
import { env } from "@/lib/env";
import { logError, logInfo, logWarning } from "@/lib/log";
import { formActionOrigins } from "@/lib/security-headers";
import { parseTrustedProxies } from "./client-address";
import { startDemoRegisterFor } from "./demo-register";
import { startPaymentSandbox } from "./payment-sandbox";
import { startCluster } from "./cluster";
import { createPortalServer } from "./portal-server";

async function main() {
  const dev = process.argv.includes("--dev");
  const e = env();
  if (cluster.isPrimary && !dev && e.SERVER_PROCESSES > 1) {
    // The demo's sandboxes keep their state in the process that serves them: one process only.
    if (e.PAYMENT_SANDBOX === "1" || e.POPULATION_REGISTER_DEMO === "1")
      logWarning(
        "server",
        "SERVER_PROCESSES genegeerd: de oefenkassa en het oefenregister draaien in één proces",
      );
    else return startCluster(e.SERVER_PROCESSES, e.JOBS_ENABLED);
  }
  const port = Number(e.PORT);
  const hostname = process.env.HOSTNAME ?? "localhost";
  const trustedProxies = parseTrustedProxies(e.TRUSTED_PROXIES);
  // Before Next loads: the sandbox sets the Stripe keys and API base the payment code reads.
  const sandboxPayPage = await startPaymentSandbox(e, port);
  // Likewise the demo's practice register sets the register address and token.
  const demoRegister = await startDemoRegisterFor(e);
  const app = next({ dev, dir: process.cwd(), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createPortalServer({
    handle,
    trustedProxies,
    production: !dev,
    formActionOrigins: formActionOrigins(e),
    sandboxPayPage,
  });
  // Listening on every interface (IPv4 and IPv6); a reverse proxy in front is the usual setup.
  server.listen(port, () => {
    logInfo("server", `${dev ? "ontwikkeling" : "productie"} op http://localhost:${port} (${e.PUBLIC_URL})`);
    if (sandboxPayPage)
      logInfo("server", "betalingen gaan naar de oefenkassa van de demo (PAYMENT_SANDBOX=1)");
    if (demoRegister)
      logInfo("server", "attesten komen uit het oefenregister van de demo (POPULATION_REGISTER_DEMO=1)");
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  logError("server", error instanceof Error ? error.message : String(error));
  process.exit(1);
});
