import { describe, expect, it } from "vitest";
import { classifyAddress, isAllowedClass, isMetadataHostName, parseIpv6 } from "./address-policy";

describe("classifyAddress", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["1.1.1.1", "public"],
    ["172.32.0.1", "public"],
    ["100.128.0.1", "public"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["0.0.0.0", "reserved"],
    ["0.1.2.3", "reserved"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["100.127.255.255", "private"],
    ["169.254.1.1", "link-local"],
    ["169.254.169.254", "metadata"],
    ["169.254.170.2", "metadata"],
    ["100.100.100.200", "metadata"],
    ["224.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
  ])("IPv4 %s is %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([
    ["2606:4700:4700::1111", "public"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::", "reserved"],
    ["fd00:ec2::254", "metadata"],
    ["fd12:3456::1", "private"],
    ["fc00::1", "private"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["ff02::1", "reserved"],
    ["2001:db8::1", "reserved"],
    // IPv4 inside IPv6: judged as the IPv4 address.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:10.1.2.3", "private"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::a9fe:a9fe", "metadata"],
    ["2002:c0a8:0101::1", "private"],
    ["::ffff:8.8.8.8", "public"],
  ])("IPv6 %s is %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it("is null for what is not an address", () => {
    expect(classifyAddress("localhost")).toBeNull();
    expect(classifyAddress("2130706433")).toBeNull();
    expect(classifyAddress("0177.0.0.1")).toBeNull();
  });
});

describe("parseIpv6", () => {
  it("expands :: and an embedded IPv4 tail into 16 bytes", () => {
    expect([...(parseIpv6("::ffff:1.2.3.4") ?? [])]).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 1, 2, 3, 4,
    ]);
    expect([...(parseIpv6("[2001:db8::ff]") ?? [])]).toEqual([
      0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff,
    ]);
    expect(parseIpv6("1.2.3.4")).toBeNull();
  });
});

describe("isAllowedClass", () => {
  it("lets private classes through only with the flag; metadata and reserved never", () => {
    for (const kind of ["loopback", "link-local", "private"] as const) {
      expect(isAllowedClass(kind, false)).toBe(false);
      expect(isAllowedClass(kind, true)).toBe(true);
    }
    expect(isAllowedClass("metadata", true)).toBe(false);
    expect(isAllowedClass("reserved", true)).toBe(false);
    expect(isAllowedClass("public", false)).toBe(true);
  });

  it("knows the metadata host names", () => {
    expect(isMetadataHostName("metadata.google.internal")).toBe(true);
    expect(isMetadataHostName("METADATA.google.internal.")).toBe(true);
    expect(isMetadataHostName("example.com")).toBe(false);
  });
});
