import { isIP } from "node:net";

// Which addresses a request to a user-given host may reach. Addresses are classified by their bytes
// (never by how they were written), and an IPv4 address carried inside an IPv6 one (::ffff:a.b.c.d,
// ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged as that IPv4 address.

/**
 * - `metadata`: a cloud provider's instance metadata service (credentials live there): always refused.
 * - `reserved`: unspecified, multicast, broadcast, documentation and other non-unicast ranges: always refused.
 * - `loopback`, `link-local`, `private`: this machine and its networks; refused unless
 *   OUTBOUND_ALLOW_PRIVATE_HOSTS=true (a self-hosted mail server on the LAN, tests on 127.0.0.1).
 */
export type AddressClass = "public" | "metadata" | "reserved" | "loopback" | "link-local" | "private";

type Range = { bytes: number[]; prefix: number; kind: Exclude<AddressClass, "public"> };

const v4 = (text: string, prefix: number, kind: Range["kind"]): Range => ({
  bytes: text.split(".").map(Number),
  prefix,
  kind,
});

// Most specific first: the first range that holds the address decides.
const IPV4_RANGES: Range[] = [
  v4("169.254.169.254", 32, "metadata"), // AWS, GCP, Azure, OpenStack, DigitalOcean …
  v4("169.254.170.2", 32, "metadata"), // AWS ECS task credentials
  v4("100.100.100.200", 32, "metadata"), // Alibaba Cloud
  v4("192.0.0.192", 32, "metadata"), // Oracle Cloud
  v4("0.0.0.0", 8, "reserved"), // "this network"; 0.0.0.0 reaches this machine on Linux
  v4("10.0.0.0", 8, "private"),
  v4("100.64.0.0", 10, "private"), // carrier-grade NAT
  v4("127.0.0.0", 8, "loopback"),
  v4("169.254.0.0", 16, "link-local"),
  v4("172.16.0.0", 12, "private"),
  v4("192.0.0.0", 24, "reserved"), // IETF protocol assignments
  v4("192.0.2.0", 24, "reserved"), // documentation
  v4("192.88.99.0", 24, "reserved"), // 6to4 relay anycast
  v4("192.168.0.0", 16, "private"),
  v4("198.18.0.0", 15, "private"), // benchmarking networks
  v4("198.51.100.0", 24, "reserved"), // documentation
  v4("203.0.113.0", 24, "reserved"), // documentation
  v4("224.0.0.0", 4, "reserved"), // multicast
  v4("240.0.0.0", 4, "reserved"), // future use and 255.255.255.255
];

const v6 = (text: string, prefix: number, kind: Range["kind"]): Range => ({
  bytes: [...(parseIpv6(text) ?? [])],
  prefix,
  kind,
});

const IPV6_RANGES: Range[] = [
  v6("fd00:ec2::254", 128, "metadata"), // AWS over IPv6
  v6("::", 128, "reserved"),
  v6("::1", 128, "loopback"),
  v6("100::", 64, "reserved"), // discard-only
  v6("2001:db8::", 32, "reserved"), // documentation
  v6("fc00::", 7, "private"), // unique local
  v6("fe80::", 10, "link-local"),
  v6("fec0::", 10, "private"), // deprecated site-local
  v6("ff00::", 8, "reserved"), // multicast
];

function inRange(bytes: Uint8Array, range: Range): boolean {
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((range.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

const classify = (bytes: Uint8Array, ranges: Range[]): AddressClass =>
  ranges.find((range) => inRange(bytes, range))?.kind ?? "public";

function parseIpv4(text: string): Uint8Array | null {
  if (isIP(text) !== 4) return null;
  return Uint8Array.from(text.split(".").map(Number));
}

/** The 16 bytes of an IPv6 address (a zone id such as %eth0 is ignored), or null when it is none. */
export function parseIpv6(input: string): Uint8Array | null {
  const text = input.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (isIP(text) !== 6) return null;
  let head = text;
  let tail4: Uint8Array | null = null;
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    tail4 = parseIpv4(text.slice(lastColon + 1));
    if (!tail4) return null;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const [left = "", right] = head.split("::");
  const leftGroups = left ? left.split(":") : [];
  const rightGroups = right === undefined ? [] : right ? right.split(":") : [];
  const missing = 8 - leftGroups.length - rightGroups.length;
  const groups = [
    ...leftGroups,
    ...Array<string>(right === undefined ? 0 : missing).fill("0"),
    ...rightGroups,
  ];
  if (groups.length !== 8) return null;
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    const value = Number.parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  if (tail4) bytes.set(tail4, 12);
  return bytes;
}

/** The IPv4 address an IPv6 address stands for, if it carries one. */
function embeddedIpv4(bytes: Uint8Array): Uint8Array | null {
  const zero = (from: number, to: number) => bytes.subarray(from, to).every((b) => b === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated; :: and ::1 are classified before)
  if (zero(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12, 16);
  if (zero(0, 12)) return bytes.slice(12, 16);
  // NAT64 64:ff9b::/96 and its local-use 64:ff9b:1::/48
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b)
    return bytes.slice(12, 16);
  // 6to4 2002:AABB:CCDD::/48
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  return null;
}

/** What kind of address `address` is (an IP literal, IPv4 or IPv6); null when it is not an address. */
export function classifyAddress(address: string): AddressClass | null {
  const ipv4 = parseIpv4(address);
  if (ipv4) return classify(ipv4, IPV4_RANGES);
  const ipv6 = parseIpv6(address);
  if (!ipv6) return null;
  const kind = classify(ipv6, IPV6_RANGES);
  if (kind !== "public") return kind;
  const inner = embeddedIpv4(ipv6);
  return inner ? classify(inner, IPV4_RANGES) : "public";
}

/** Host names of metadata services, refused before any lookup (they may resolve through a local resolver). */
const METADATA_HOST_NAMES = new Set(["metadata.google.internal", "metadata.goog", "metadata"]);

export const isMetadataHostName = (host: string): boolean =>
  METADATA_HOST_NAMES.has(host.toLowerCase().replace(/\.$/, ""));

/** Whether a request may go to an address of this class. */
export function isAllowedClass(kind: AddressClass, allowPrivateHosts: boolean): boolean {
  if (kind === "public") return true;
  if (kind === "metadata" || kind === "reserved") return false;
  return allowPrivateHosts;
}
