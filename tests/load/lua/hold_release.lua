-- Scenario 4: customers hold and release seats. Each wrk thread is one customer with its own session
-- and one connection, so its answers come in order. Customer i cycles over four seats, the first shared
-- with the customer before and the last with the one after, so some holds meet a 409.
-- The seats each customer holds at the end are printed, for the driver's lost-update check.

local threads = {}
local customers, seats

function setup(thread)
  if not customers then
    customers = load_customers()
    seats = load_list("LOAD_SEATS")
  end
  local i = #threads + 1
  local c = customers[i]
  local n = #seats
  thread:set("cookie", c.cookie)
  thread:set("token", c.token)
  thread:set("customer", c.id)
  for k = 1, 4 do
    thread:set("s" .. k, seats[(3 * (i - 1) + k - 1) % n + 1])
  end
  threads[i] = thread
end

local showing = os.getenv("LOAD_SHOWING")
local htmx = os.getenv("LOAD_HTMX") == "1"

function init(args)
  mine = { s1, s2, s3, s4 }
  held = {}
  step = 0
end

local function current()
  local seat = mine[step % #mine + 1]
  return seat, held[seat] and "release" or "hold"
end

-- Pure: wrk may ask for the same request twice (once to inspect it, or after a reconnect).
function request()
  local seat, action = current()
  return wrk.format("POST", "/showings/" .. showing .. "/seats/" .. seat .. "/" .. action,
    session_headers(htmx and "htmx" or "form"), "")
end

function response(status, headers, body)
  local seat, action = current()
  if status == 200 or status == 303 then
    count(action .. "_ok")
    held[seat] = (action == "hold") or nil
  elseif status == 409 then
    count(action .. "_409")
  else
    count(action .. "_" .. status_class(status))
  end
  step = step + 1
  local list = {}
  for s, _ in pairs(held) do list[#list + 1] = s end
  held_list = table.concat(list, ",")
  next_seat = (current())
end

function done(summary, latency, requests)
  for _, t in ipairs(threads) do
    io.write(string.format("CUSTOMER %s held=%s uncertain=%s\n", t:get("customer"), t:get("held_list") or "",
      t:get("next_seat") or t:get("s1")))
  end
  print_result(threads, summary, latency)
end
