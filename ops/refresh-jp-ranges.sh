#!/usr/bin/env bash
# Regenerates Japan's IP address ranges that RAS ships (AP12): fetches the npm package
# @ip-location-db/geo-whois-asn-country (npm pack, into a temporary directory), keeps the rows of country JP from its
# ipv4 and ipv6 CSV files, merges adjacent and overlapping ranges and writes
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
  ranges.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged = [];
  for (const [s, e] of ranges) {
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
    `# Japan's ${label} address ranges for RAS (AP12): start,end (inclusive), sorted, adjacent ranges merged.`,
    `# Source: npm package ${pkg.name} ${pkg.version}, file ${file}, rows of country JP (${ranges.length} of ${rows} rows).`,
    `# Licence: ${pkg.license} (the package's package.json). Its README and NRO_LICENSE say it is derived from the RIRs'`,
    `# data that the NRO licenses under CC BY 4.0, "provided you give attribution to nro.net": data by the NRO, nro.net.`,
    `# Date: data of ${dataDate} (the package version), extracted ${today}. Regenerate with ops/refresh-jp-ranges.sh.`,
  ];
  const body = merged.map(([s, e]) => format(s) + ',' + format(e));
  const target = path.join(process.env.OUT_DIR, 'jp-ranges-' + kind + '.csv');
  fs.writeFileSync(target, header.concat(body).join('\n') + '\n');
  console.log(`${target}: ${merged.length} ranges (from ${ranges.length} JP rows of ${rows})`);
}

extract('ipv4', 'IPv4', parse4, format4);
extract('ipv6', 'IPv6', parse6, format6);
EOF
