-- wrk script of bench/run: POST /api/v1/applications with the bearer token and the filings of the file named by
-- BODIES (one JSON body per line, one per person that can be filed today), each connection cycling through them.
-- Counts the answers by status in every thread and prints rate, percentiles and counts as key=value lines.
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do
  bodies[#bodies + 1] = line
end
local token = os.getenv("TOKEN")
local threads = {}
local next_body = 1
counts = {}
sent = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  sent = 0
end

function request()
  sent = sent + 1
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
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
