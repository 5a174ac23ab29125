/**
 * The form of a client address that limits, trends and address fingerprints use. IPv4 is one
 * address; an IPv6 client is its network prefix (/64 by default, the size one customer or one
 * phone is handed), so a single allocation cannot pose as 2^64 people. Every spelling of one address
 * gives one key: compressed or not, upper or lower case, leading zeros, a zone id ("%eth0"),
 * brackets and a port, and IPv4 seen through an IPv6 socket (::ffff:1.2.3.4 or ::ffff:102:304) is IPv4,
 * as is a 6to4 address (2002:c000:201::/48 is 192.0.2.1's).
 * Pure (no database): lib/security/identity-settings.ts supplies the admin's prefix length.
 */

export const IPV6_PREFIX_DEFAULT = 64;
export const IPV6_PREFIX_MIN = 32;
export const IPV6_PREFIX_MAX = 128;

type Parsed = { v: 4; octets: number[] } | { v: 6; groups: number[] };

function parseIPv4(text: string): number[] | null {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return null;
  const octets = text.split(".").map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

function parseGroups(part: string): number[] | null {
  if (part === "") return [];
  const out: number[] = [];
  for (const g of part.split(":")) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
    out.push(parseInt(g, 16));
  }
  return out;
}

function parseIPv6(text: string): number[] | null {
  let s = text;
  let tail: number[] = [];
  // A trailing dotted IPv4 (::ffff:192.0.2.1, 64:ff9b::192.0.2.1) is the last two groups.
  const dotted = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted) {
    const v4 = parseIPv4(dotted[2]);
    if (!v4) return null;
    tail = [(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]];
    s = dotted[1].endsWith("::") ? dotted[1] : dotted[1].slice(0, -1);
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]);
  const rest = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!head || !rest) return null;
  const given = head.length + rest.length + tail.length;
  if (halves.length === 2) {
    if (given > 7) return null;
    return [...head, ...new Array(8 - given).fill(0), ...rest, ...tail];
  }
  return given === 8 ? [...head, ...tail] : null;
}

/** Parses one address in any spelling a socket, a proxy or a person might give; null if it is not one. */
export function parseAddress(raw: string): Parsed | null {
  let a = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a); // [2001:db8::1]:443
  if (bracketed) a = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":")); // 203.0.113.9:5123
  a = a.replace(/%.*$/, ""); // fe80::1%eth0: the zone names our interface, not the client
  const v4 = parseIPv4(a);
  if (v4) return { v: 4, octets: v4 };
  const groups = a.includes(":") ? parseIPv6(a) : null;
  if (!groups) return null;
  // IPv4-mapped (::ffff:a.b.c.d): the same client as a.b.c.d over IPv4.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return { v: 4, octets: [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255] };
  }
  // 6to4 (2002:AABB:CCDD::/48) is derived from one IPv4 address, whose owner chooses the 16 bits
  // after it: count the IPv4 address, or one host could pose as 65,536 /64s.
  if (groups[0] === 0x2002) return { v: 4, octets: [groups[1] >> 8, groups[1] & 255, groups[2] >> 8, groups[2] & 255] };
  return { v: 6, groups };
}

export function isValidIpv6Prefix(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= IPV6_PREFIX_MIN && n <= IPV6_PREFIX_MAX;
}

/**
 * The key an address is counted under: "192.0.2.1" for IPv4, "2001:0db8:0001:0002:0000:0000:0000:0000/64"
 * for IPv6 (the network, then the prefix length, so changing the length never mixes old and new keys).
 * Something that is not an address is kept as given (trimmed, lower-cased), so it is still limited.
 */
export function addressKey(raw: string | null | undefined, ipv6Prefix: number = IPV6_PREFIX_DEFAULT): string | null {
  if (!raw) return null;
  const parsed = parseAddress(raw);
  if (!parsed) return raw.trim().toLowerCase() || null;
  if (parsed.v === 4) return parsed.octets.join(".");
  const prefix = isValidIpv6Prefix(ipv6Prefix) ? ipv6Prefix : IPV6_PREFIX_DEFAULT;
  const masked = parsed.groups.map((g, i) => {
    const bits = Math.min(16, Math.max(0, prefix - i * 16));
    return bits === 0 ? 0 : g & ((0xffff << (16 - bits)) & 0xffff);
  });
  return `${masked.map((g) => g.toString(16).padStart(4, "0")).join(":")}/${prefix}`;
}
