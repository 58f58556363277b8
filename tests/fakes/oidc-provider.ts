// A minimal OpenID Connect provider on loopback, standing in for the Flemish ACM/IDM gateway in
// end-to-end tests: discovery, JWKS, userinfo, an authorize endpoint that consents at once for one test
// identity, and a token endpoint that returns an RS256-signed ID token. The portal talks to it
// with its real Auth.js client; only the provider is fake.
import { createSign, generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FakeIdentity = { sub: string; email: string; given_name: string; family_name: string };

export const FAKE_OIDC_CLIENT = { id: "wingene-portal", secret: "fake-oidc-secret" };
export const FAKE_OIDC_IDENTITY: FakeIdentity = {
  sub: "acm-idm-85073003328",
  email: "eva.goossens@example.be",
  given_name: "Eva",
  family_name: "Goossens",
};

const base64url = (input: Buffer | string) => Buffer.from(input).toString("base64url");

export async function startFakeOidcProvider(
  identity = FAKE_OIDC_IDENTITY,
): Promise<{ issuer: string; close: () => Promise<void> }> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" };
  const codes = new Map<string, { nonce?: string; clientId: string }>();
  let issuer = "";

  const sign = (claims: object) => {
    const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "test-key" }));
    const body = base64url(JSON.stringify(claims));
    const signature = createSign("RSA-SHA256").update(`${header}.${body}`).sign(privateKey);
    return `${header}.${body}.${base64url(signature)}`;
  };

  const json = (res: http.ServerResponse, status: number, body: object) => {
    res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    res.end(JSON.stringify(body));
  };

  const readForm = (req: http.IncomingMessage) =>
    new Promise<URLSearchParams>((resolve) => {
      let data = "";
      req.on("data", (chunk) => (data += chunk));
      req.on("end", () => resolve(new URLSearchParams(data)));
    });

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        userinfo_endpoint: `${issuer}/userinfo`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      });
    }
    if (url.pathname === "/jwks") return json(res, 200, { keys: [jwk] });
    if (url.pathname === "/userinfo")
      return json(res, 200, { ...identity, name: `${identity.given_name} ${identity.family_name}` });
    if (url.pathname === "/authorize") {
      const redirectUri = url.searchParams.get("redirect_uri");
      const clientId = url.searchParams.get("client_id");
      if (!redirectUri || clientId !== FAKE_OIDC_CLIENT.id)
        return json(res, 400, { error: "invalid_request" });
      const code = randomBytes(16).toString("hex");
      codes.set(code, { nonce: url.searchParams.get("nonce") ?? undefined, clientId });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      const state = url.searchParams.get("state");
      if (state) back.searchParams.set("state", state);
      back.searchParams.set("iss", issuer);
      res.writeHead(302, { Location: back.toString() });
      return res.end();
    }
    if (url.pathname === "/token" && req.method === "POST") {
      const form = await readForm(req);
      const grant = codes.get(form.get("code") ?? "");
      if (!grant) return json(res, 400, { error: "invalid_grant" });
      codes.delete(form.get("code")!);
      const now = Math.floor(Date.now() / 1000);
      const idToken = sign({
        iss: issuer,
        aud: grant.clientId,
        iat: now,
        exp: now + 300,
        ...(grant.nonce ? { nonce: grant.nonce } : {}),
        ...identity,
        name: `${identity.given_name} ${identity.family_name}`,
      });
      return json(res, 200, {
        access_token: randomBytes(16).toString("hex"),
        token_type: "Bearer",
        expires_in: 300,
        id_token: idToken,
      });
    }
    json(res, 404, { error: "not_found" });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
