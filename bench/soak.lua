-- wrk script for bench/soak.py: POST the hook request, one fresh JWT per request (never reused: a reused
-- jti is refused, which would show as non-2xx), and a pause of SOAK_DELAY_MS after each answer.
local body_file = os.getenv("SOAK_BODY")
local token_file = os.getenv("SOAK_TOKENS")
local pause = tonumber(os.getenv("SOAK_DELAY_MS") or "0") or 0
local offset = tonumber(os.getenv("SOAK_TOKEN_OFFSET") or "0") or 0  -- tokens used by earlier wrk runs
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
  -- Tokens are taken in turn by the threads (line i by thread i % 2): the next run must start after the
  -- furthest line any thread took.
  local furthest = 0
  for _, thread in ipairs(all_threads) do
    local used = thread:get("next_token") - 1
    if used > furthest then furthest = used end
  end
  io.write(string.format("TOKENS_USED %d\n", furthest * #all_threads))
end

local body
local tokens = {}
next_token = 1

function init(args)
  local f = io.open(body_file, "r"); body = f:read("*a"); f:close()
  if token_file and token_file ~= "" then
    local i = 0
    for line in io.lines(token_file) do
      if i >= offset and i % thread_count == thread_index then tokens[#tokens + 1] = line end
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
    next_token = next_token + 1
    if next_token > #tokens then next_token = 1 end  -- soak.py makes enough tokens that this never happens
  end
  return wrk.format("POST", "/cds-services/low-back-pain", headers, body)
end
