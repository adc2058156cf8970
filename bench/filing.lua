-- wrk script of bench/run: POST /api/v1/applications with the bearer token, each request for a person of its own
-- (one undecided application per person, AP13): the roster entry ids in the file named by IDS (bench's "people"),
-- thread i of THREADS taking ids i, i + THREADS, …; the body is BODIES' line 1, the id, line 2.
-- Counts the answers by status in every thread and prints rate, percentiles and counts as key=value lines.
local lines = {}
for line in io.lines(os.getenv("BODIES")) do
  lines[#lines + 1] = line
end
local before, after = lines[1], lines[2]
local ids = {}
for line in io.lines(os.getenv("IDS")) do
  ids[#ids + 1] = line
end
local stride = tonumber(os.getenv("THREADS") or "2")
local token = os.getenv("TOKEN")
local threads = {}
counts = {}
sent = 0
slot = 1

function setup(thread)
  table.insert(threads, thread)
  thread:set("slot", #threads)
end

function init(args)
  counts = {}
  sent = 0
end

function request()
  -- past the end the ids are used again: those filings answer 422 (AP13) and count as such
  local index = ((slot - 1) + sent * stride) % #ids + 1
  sent = sent + 1
  local body = before .. ids[index] .. after
  return wrk.format("POST", "/api/v1/applications", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept-Language"] = "ja"
  }, body)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  local all_sent = 0
  local answered = 0
  for _, thread in ipairs(threads) do
    all_sent = all_sent + thread:get("sent")
    local c = thread:get("counts")
    for status, n in pairs(c) do
      total[status] = (total[status] or 0) + n
      answered = answered + n
    end
  end
  local answers = {}
  for status, n in pairs(total) do
    answers[#answers + 1] = status .. "=" .. n
  end
  table.sort(answers)
  local seconds = summary.duration / 1e6
  io.write(string.format("answers={%s}\n", table.concat(answers, ", ")))
  io.write(string.format("created=%d\n", total[201] or 0))
  -- requests sent but not answered when wrk stopped: the server may still have filed them
  io.write(string.format("in_flight=%d\n", all_sent - answered))
  io.write(string.format("errors=%d\n", summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
  io.write(string.format("rate=%.1f\n", (total[201] or 0) / seconds))
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("filing_p%d_ms=%.1f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("filing_max_ms=%.1f\n", latency.max / 1000))
  io.write(string.format("filing_count=%d\n", summary.requests))
end
