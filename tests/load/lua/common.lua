-- Shared by the scenario scripts (prepended to each by the driver): reading the customers the driver
-- registered, and printing wrk's summary as one JSON line the driver parses.

local function read_lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

-- "cookie csrf-token user-id" per line, one per registered customer.
function load_customers()
  local customers = {}
  for _, line in ipairs(read_lines(os.getenv("LOAD_CUSTOMERS"))) do
    local cookie, token, id = line:match("^(%S+) (%S+) (%S+)$")
    customers[#customers + 1] = { cookie = cookie, token = token, id = id }
  end
  return customers
end

function load_list(name)
  return read_lines(os.getenv(name))
end

-- Headers a browser with this session sends: "get" a page, "htmx" a fragment or an HTMX post (which
-- carries the CSRF token as a header), "htmx_form" an HTMX post of a form, "form" a plain form post.
function session_headers(kind)
  local h = { ["Cookie"] = "cinema_session=" .. cookie }
  if kind == "htmx" or kind == "htmx_form" then h["HX-Request"] = "true" end
  if kind ~= "get" then h["X-CSRF-Token"] = token end
  if kind == "htmx_form" or kind == "form" then h["Content-Type"] = "application/x-www-form-urlencoded" end
  return h
end

-- Counters a thread keeps; summed over threads in done().
counts = {}
function count(name)
  counts[name] = (counts[name] or 0) + 1
end

function status_class(status)
  if status >= 500 then return "5xx" end
  if status == 409 then return "409" end
  if status >= 400 then return "4xx" end
  return tostring(status)
end

local function json_counts(t)
  local parts = {}
  for k, v in pairs(t) do parts[#parts + 1] = string.format("%q:%d", k, v) end
  return "{" .. table.concat(parts, ",") .. "}"
end

function print_result(threads, summary, latency, extra)
  local totals = {}
  for _, t in ipairs(threads) do
    local c = t:get("counts")
    if c then
      for k, v in pairs(c) do totals[k] = (totals[k] or 0) + v end
    end
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"mean_us":%.1f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"connect":%d,"read":%d,"write":%d,"timeout":%d,"status_errors":%d,"counts":%s%s}\n',
    summary.requests, summary.duration, summary.bytes, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.timeout, e.status, json_counts(totals),
    extra or ""))
end
