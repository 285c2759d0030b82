import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { guardedFetch } from "./guarded-fetch";
import { OutboundHostError, resolveGuardedHost } from "./resolve-guarded-host";

// The unit project runs without OUTBOUND_ALLOW_PRIVATE_HOSTS: the default refusal is what is tested
// here, against a real HTTP server on 127.0.0.1 that must never see a request.
let server: Server;
let port = 0;
const received: { url: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push({ url: request.url ?? "", headers: request.headers });
    if (request.url === "/to-metadata") {
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      response.end();
      return;
    }
    response.writeHead(200, { "content-type": "text/plain" });
    response.end(`hello from ${request.url}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  received.length = 0;
  vi.unstubAllEnvs();
  vi.resetModules();
});

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => {
      if (!(error instanceof OutboundHostError)) throw error;
      return {
        reason: error.reason,
        status: error.status,
        message: error.message,
        fields: error.fieldErrors,
      };
    },
  );

describe("guardedFetch refuses by default", () => {
  it.each([
    ["127.0.0.1", () => `http://127.0.0.1:${port}/x`, /127\.0\.0\.1 is this machine \(loopback\)/],
    ["a name resolving to loopback", () => `http://localhost:${port}/x`, /localhost resolves to .*loopback/],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/", /cloud metadata/],
    ["IPv6 loopback", () => `http://[::1]:${port}/x`, /::1 is this machine/],
    ["IPv4-mapped IPv6 loopback", () => `http://[::ffff:127.0.0.1]:${port}/x`, /loopback/],
    ["a decimal IPv4", () => `http://2130706433:${port}/x`, /loopback/],
    ["an octal IPv4", () => `http://0177.0.0.1:${port}/x`, /loopback/],
    ["a hex IPv4", () => `http://0x7f.1:${port}/x`, /loopback/],
    ["a private network", () => "http://10.0.0.1/x", /private network/],
    ["the metadata host name", () => "http://metadata.google.internal/computeMetadata/v1/", /cloud metadata/],
  ])("%s", async (_, url, message) => {
    const refusal = await refusalOf(guardedFetch(url()));
    expect(refusal).toMatchObject({
      reason: "refused",
      status: 422,
      message: expect.stringMatching(message),
    });
    expect(refusal).toHaveProperty("fields.url");
    expect(received).toEqual([]);
  });

  it("refuses other protocols", async () => {
    await expect(refusalOf(guardedFetch("file:///etc/passwd"))).resolves.toMatchObject({ reason: "refused" });
    await expect(refusalOf(guardedFetch(`ftp://127.0.0.1:${port}/`))).resolves.toMatchObject({
      reason: "refused",
    });
  });

  it("names the field the caller gives", async () => {
    const refusal = await refusalOf(guardedFetch(`http://127.0.0.1:${port}/`, {}, { field: "webhookUrl" }));
    expect(refusal).toHaveProperty("fields.webhookUrl");
  });
});

describe("resolveGuardedHost", () => {
  it("judges numeric host forms by the address they resolve to", async () => {
    for (const host of ["2130706433", "0177.0.0.1", "0x7f000001", "127.1"]) {
      await expect(refusalOf(resolveGuardedHost(host)), host).resolves.toMatchObject({
        reason: "refused",
        message: expect.stringMatching(/resolves to 127\.0\.0\.1, this machine/),
      });
    }
    await expect(refusalOf(resolveGuardedHost("[::1]"))).resolves.toMatchObject({ reason: "refused" });
    await expect(refusalOf(resolveGuardedHost("fd00:ec2::254"))).resolves.toMatchObject({
      message: expect.stringMatching(/cloud metadata service, which is never allowed/),
    });
  });

  it("refuses a name when any of its addresses is refused (a public and a private answer mixed)", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    await expect(refusalOf(resolveGuardedHost("mixed.test", { resolve }))).resolves.toMatchObject({
      reason: "refused",
      message: expect.stringMatching(/mixed\.test resolves to 10\.0\.0\.5, a private network/),
    });
  });

  it("returns the checked addresses to connect to, the host kept for TLS", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "2606:2800:220:1:248:1893:25c8:1946", family: 6 },
    ];
    await expect(resolveGuardedHost("Example.test.", { resolve })).resolves.toEqual({
      host: "Example.test",
      address: "93.184.216.34",
      family: 4,
      addresses: [
        { address: "93.184.216.34", family: 4 },
        { address: "2606:2800:220:1:248:1893:25c8:1946", family: 6 },
      ],
    });
  });

  it("never looks up a metadata host name, and names a DNS failure as such", async () => {
    const resolve = vi.fn(async () => [{ address: "8.8.8.8", family: 4 }]);
    await expect(
      refusalOf(resolveGuardedHost("metadata.google.internal", { resolve })),
    ).resolves.toMatchObject({
      reason: "refused",
    });
    expect(resolve).not.toHaveBeenCalled();
    await expect(refusalOf(resolveGuardedHost("no-such-host.invalid"))).resolves.toMatchObject({
      reason: "dns",
      message: expect.stringMatching(/could not be resolved \(ENOTFOUND\)/),
    });
  });

  it("metadata stays refused even where private hosts are allowed", async () => {
    await expect(
      refusalOf(resolveGuardedHost("169.254.169.254", { allowPrivateHosts: true })),
    ).resolves.toMatchObject({ reason: "refused" });
    await expect(resolveGuardedHost("127.0.0.1", { allowPrivateHosts: true })).resolves.toMatchObject({
      address: "127.0.0.1",
    });
  });
});

describe("guardedFetch with OUTBOUND_ALLOW_PRIVATE_HOSTS=true", () => {
  it("reaches a real local HTTP server", async () => {
    vi.stubEnv("OUTBOUND_ALLOW_PRIVATE_HOSTS", "true");
    vi.resetModules();
    const { guardedFetch: allowedFetch } = await import("./guarded-fetch");
    const response = await allowedFetch(`http://127.0.0.1:${port}/rates`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("hello from /rates");
    const viaName = await allowedFetch(`http://localhost:${port}/by-name`);
    expect(await viaName.text()).toBe("hello from /by-name");
    expect(received.map((r) => r.url)).toEqual(["/rates", "/by-name"]);
  });

  it("connects to the address it checked, with the URL's host in the Host header", async () => {
    let lookups = 0;
    const resolve = async () => {
      lookups += 1;
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const response = await guardedFetch(
      `http://crm-pinned.test:${port}/pinned`,
      {},
      { resolve, allowPrivateHosts: true },
    );
    expect(await response.text()).toBe("hello from /pinned");
    expect(received[0]?.headers.host).toBe(`crm-pinned.test:${port}`);
    expect(lookups).toBe(1);
  });

  it("refuses a redirect to the metadata service instead of following it", async () => {
    const refusal = await refusalOf(
      guardedFetch(`http://127.0.0.1:${port}/to-metadata`, {}, { allowPrivateHosts: true }),
    );
    expect(refusal).toMatchObject({ reason: "refused", message: expect.stringMatching(/cloud metadata/) });
    expect(received.map((r) => r.url)).toEqual(["/to-metadata"]);
  });

  it("sends the URL's host name as TLS servername while connecting to the checked address", async () => {
    const names: string[] = [];
    const tls = createTlsServer({
      SNICallback: (servername, callback) => {
        names.push(servername);
        callback(new Error("no certificate here"));
      },
    });
    await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
    const tlsPort = (tls.address() as AddressInfo).port;
    try {
      const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
      await expect(
        guardedFetch(`https://crm-sni.test:${tlsPort}/`, {}, { resolve, allowPrivateHosts: true }),
      ).rejects.toThrow();
      expect(names).toEqual(["crm-sni.test"]);
    } finally {
      await new Promise((resolve) => tls.close(resolve));
    }
  });
});
