-- wrk script for bench/soak.py: POST the hook request, one fresh JWT per request (never reused: a reused
-- jti is refused, which would show as non-2xx), and a pause of SOAK_DELAY_MS after each answer.
local body_file = os.getenv("SOAK_BODY")
local token_file = os.getenv("SOAK_TOKENS")
local pause = tonumber(os.getenv("SOAK_DELAY_MS") or "0") or 0
local threads = 0
local all_threads = {}

function setup(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
  thread:set("thread_count", 2)
  table.insert(all_threads, thread)
end

statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(all_threads) do
    local counts = thread:get("statuses")
    for status, count in pairs(counts) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do io.write(string.format("STATUS %d %d\n", status, count)) end
  -- Each wrk run has a token file of its own (soak.py); a thread that ran out started again from its first.
  local reuses = 0
  for _, thread in ipairs(all_threads) do reuses = reuses + thread:get("reuses") end
  io.write(string.format("TOKEN_REUSES %d\n", reuses))
end

local body
local tokens = {}
next_token = 1
reuses = 0
wrapped = false

function init(args)
  local f = io.open(body_file, "r"); body = f:read("*a"); f:close()
  if token_file and token_file ~= "" then
    local i = 0
    for line in io.lines(token_file) do
      if i % thread_count == thread_index then tokens[#tokens + 1] = line end
      i = i + 1
    end
  end
end

function delay()
  return pause
end

function request()
  local headers = {["Content-Type"] = "application/json", ["Accept-Language"] = "en"}
  if #tokens > 0 then
    headers["Authorization"] = "Bearer " .. tokens[next_token]
    if wrapped then reuses = reuses + 1 end
    next_token = next_token + 1
    if next_token > #tokens then next_token = 1; wrapped = true end  -- counted: each reuse is a replay (401)
  end
  return wrk.format("POST", "/cds-services/low-back-pain", headers, body)
end
