#!/usr/bin/env bash
# Regenerates Japan's IP address ranges that RAS ships (AP12): fetches the npm package
# @ip-location-db/geo-whois-asn-country (npm pack, into a temporary directory), keeps the rows of country JP from its
# ipv4 and ipv6 CSV files, merges adjacent and overlapping ranges, cuts out the IANA special-purpose blocks that are
# never a client's public address (the data has, for example, 2001:db8::/32 as JP) and writes
#   ejb/src/main/resources/jp/ras/infrastructure/network/jp-ranges-ipv4.csv
#   ejb/src/main/resources/jp/ras/infrastructure/network/jp-ranges-ipv6.csv
# as "start,end" lines (inclusive), after comment lines that name the source package, its version, licence and date.
# Needs npm and node (npm brings node). Usage: ops/refresh-jp-ranges.sh [VERSION]   (default: the latest version)
# Review the diff (git diff --stat) before committing: a data set that lost many rows is more likely broken than right.
set -euo pipefail
cd "$(dirname "$0")/.."
package=@ip-location-db/geo-whois-asn-country
spec=$package${1:+@$1}
out=ejb/src/main/resources/jp/ras/infrastructure/network
work=$(mktemp -d --suffix=.jp-ranges)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$spec" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work"
mkdir -p "$out"
PACKAGE_DIR="$work/package" OUT_DIR="$out" node - <<'EOF'
const fs = require('fs');
const path = require('path');
const dir = process.env.PACKAGE_DIR;
const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
const files = fs.readdirSync(dir);

function parse4(text) {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some(p => !/^\d{1,3}$/.test(p) || Number(p) > 255)) throw new Error('bad IPv4 ' + text);
  return parts.reduce((n, p) => n * 256n + BigInt(p), 0n);
}
function parse6(text) {
  const halves = text.split('::');
  if (halves.length > 2) throw new Error('bad IPv6 ' + text);
  const groups = h => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const all = [...head, ...Array(fill).fill('0'), ...tail];
  if (all.length !== 8 || all.some(g => !/^[0-9a-fA-F]{1,4}$/.test(g))) throw new Error('bad IPv6 ' + text);
  return all.reduce((n, g) => n * 65536n + BigInt('0x' + g), 0n);
}
function format4(n) {
  return [24n, 16n, 8n, 0n].map(s => ((n >> s) & 255n).toString()).join('.');
}
function format6(n) {
  const g = [];
  for (let s = 112n; s >= 0n; s -= 16n) g.push(Number((n >> s) & 0xffffn));
  // RFC 5952: the longest run (two or more) of zero groups becomes "::".
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
  }
  const hex = g.map(x => x.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

// IANA special-purpose blocks that are not globally reachable (private, loopback, documentation, benchmarking, ...).
const SPECIAL = {
  ipv4: ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
         '192.0.0.0/24', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
         '224.0.0.0/3'],
  ipv6: ['::/96', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64', '2001:2::/48', '2001:10::/28', '2001:db8::/32',
         '3fff::/20', '5f00::/16', 'fc00::/7', 'fe80::/10', 'ff00::/8'],
};

function block(text, parse, bits) {
  const [address, length] = text.split('/');
  const host = (1n << BigInt(bits - Number(length))) - 1n;
  const first = parse(address) & ~host;
  return [first, first | host];
}

function subtract(ranges, blocks) {
  let out = ranges;
  for (const [bs, be] of blocks) {
    const next = [];
    for (const [s, e] of out) {
      if (e < bs || s > be) { next.push([s, e]); continue; }
      if (s < bs) next.push([s, bs - 1n]);
      if (e > be) next.push([be + 1n, e]);
    }
    out = next;
  }
  return out;
}

function extract(kind, label, parse, format) {
  const file = files.find(f => f.endsWith('-' + kind + '.csv'));
  if (!file) throw new Error('no ' + kind + ' CSV in ' + files.join(', '));
  const ranges = [];
  let rows = 0;
  for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/)) {
    if (line === '') continue;
    rows++;
    const [start, end, country] = line.split(',');
    if (country !== 'JP') continue;
    const s = parse(start), e = parse(end);
    if (e < s) throw new Error('range ends before it starts: ' + line);
    ranges.push([s, e]);
  }
  const bits = kind === 'ipv4' ? 32 : 128;
  const special = SPECIAL[kind].map(b => block(b, parse, bits));
  const kept = subtract(ranges, special);
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged = [];
  for (const [s, e] of kept) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1] + 1n) {
      if (e > last[1]) last[1] = e;
    } else {
      merged.push([s, e]);
    }
  }
  const m = /^\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d*$/.exec(pkg.version);
  const dataDate = m ? `${m[1]}-${m[2]}-${m[3]}` : 'unknown';
  const today = new Date().toISOString().slice(0, 10);
  const header = [
    `# Japan's ${label} address ranges for RAS (AP12): start,end (inclusive), sorted, adjacent ranges merged, without`,
    `# the special-purpose blocks ${SPECIAL[kind].join(' ')}.`,
    `# Source: npm package ${pkg.name} ${pkg.version}, file ${file}, rows of country JP (${ranges.length} of ${rows} rows).`,
    `# Licence: ${pkg.license} (the package's package.json). Its README and NRO_LICENSE say it is derived from the RIRs'`,
    `# data that the NRO licenses under CC BY 4.0, "provided you give attribution to nro.net": data by the NRO, nro.net.`,
    `# Date: data of ${dataDate} (the package version), extracted ${today}. Regenerate with ops/refresh-jp-ranges.sh.`,
  ];
  const body = merged.map(([s, e]) => format(s) + ',' + format(e));
  const target = path.join(process.env.OUT_DIR, 'jp-ranges-' + kind + '.csv');
  fs.writeFileSync(target, header.concat(body).join('\n') + '\n');
  console.log(`${target}: ${merged.length} ranges (from ${ranges.length} JP rows of ${rows}; special-purpose blocks`
    + ` touched ${ranges.filter(([s, e]) => special.some(([bs, be]) => !(e < bs || s > be))).length} of them)`);
}

extract('ipv4', 'IPv4', parse4, format4);
extract('ipv6', 'IPv6', parse6, format6);
EOF
