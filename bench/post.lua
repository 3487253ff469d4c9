-- wrk script: POST the hook request; with a token file, one fresh JWT per request (jti replay protection).
-- BENCH_TOKEN_OFFSET: where this run starts in the token file (bench/run.py moves it past every token an
-- earlier run on the same server used); BENCH_THREADS: wrk's -t, so threads take interleaved tokens.
local body_file = os.getenv("BENCH_BODY")
local token_file = os.getenv("BENCH_TOKENS")
local offset = tonumber(os.getenv("BENCH_TOKEN_OFFSET") or "0")
local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
local f = io.open(body_file, "r"); local body = f:read("*a"); f:close()
local tokens = {}
if token_file and token_file ~= "" then
  for line in io.lines(token_file) do tokens[#tokens + 1] = line end
end
local counter = 0
thread_offset = 0  -- global: wrk copies it into each thread with thread:set
function setup(thread)
  thread:set("thread_offset", thread_offset)
  thread_offset = thread_offset + 1
end
function request()
  local headers = {["Content-Type"] = "application/json", ["Accept-Language"] = "en"}
  if #tokens > 0 then
    -- threads take interleaved tokens so no two requests share a jti
    local index = (offset + counter * threads + thread_offset) % #tokens + 1
    headers["Authorization"] = "Bearer " .. tokens[index]
  end
  counter = counter + 1
  return wrk.format("POST", "/cds-services/low-back-pain", headers, body)
end
