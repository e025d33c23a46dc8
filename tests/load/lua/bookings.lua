-- Scenario 5: complete bookings until the halls are sold out. Each wrk thread is one customer with one
-- connection: read the seat grid, hold one to three free seats, open the checkout, choose ticket types,
-- pay; again, until no seat is left in any of the showings. The driver stops wrk when the database
-- says every seat is sold.

local threads = {}
local customers, showings

function setup(thread)
  if not customers then
    customers = load_customers()
    showings = load_list("LOAD_SHOWINGS")
  end
  local i = #threads + 1
  local c = customers[i]
  thread:set("cookie", c.cookie)
  thread:set("token", c.token)
  thread:set("customer", c.id)
  thread:set("all_showings", table.concat(showings, ","))
  thread:set("first", (i - 1) % #showings + 1)
  threads[i] = thread
end

-- The ticket types the checkout page offers for the showing's film (a child ticket is not sold for
-- a 16+ film), read from its first ticket selector.
local offered = {}
local card = "card_name=Load+Test&card_number=4242424242424242&card_expiry=12%2F39&card_cvc=123&version="

function init(args)
  math.randomseed(tonumber(customer))
  list = {}
  for s in string.gmatch(all_showings, "[^,]+") do list[#list + 1] = s end
  at = tonumber(first)
  sold_out = {}
  phase = "grid"
end

local function showing() return list[at] end

function request()
  local base = "/showings/" .. showing()
  if phase == "grid" then
    return wrk.format("GET", base .. "/seats", session_headers("htmx"))
  elseif phase == "hold" then
    return wrk.format("POST", base .. "/seats/" .. queue[1] .. "/hold", session_headers("htmx"), "")
  elseif phase == "checkout" then
    return wrk.format("GET", "/bookings/" .. code, session_headers("get"))
  elseif phase == "tickets" then
    local fields = {}
    for _, seat in ipairs(got) do
      fields[#fields + 1] = "type_" .. seat .. "=" .. offered[math.random(#offered)]
    end
    return wrk.format("POST", "/bookings/" .. code .. "/tickets", session_headers("htmx_form"), table.concat(fields, "&"))
  else -- pay: a plain form post, answered with a redirect to the ticket
    return wrk.format("POST", "/bookings/" .. code .. "/pay", session_headers("form"), card .. version)
  end
end

local function next_showing()
  sold_out[showing()] = true
  for k = 1, #list do
    local candidate = (at + k - 1) % #list + 1
    if not sold_out[list[candidate]] then
      at = candidate
      return true
    end
  end
  return false
end

local function pick(body)
  local free = {}
  for id in string.gmatch(body, 'data%-seat%-id="(%d+)" data%-seat="[^"]*" data%-state="free"') do
    free[#free + 1] = id
  end
  queue = {}
  got = {}
  local want = math.min(#free, math.random(3))
  for _ = 1, want do
    local k = math.random(#free)
    queue[#queue + 1] = free[k]
    table.remove(free, k)
  end
  return want > 0
end

function response(status, headers, body)
  count(phase .. "_" .. status_class(status))
  if phase == "grid" then
    if status ~= 200 then return end
    if pick(body) then
      phase = "hold"
    elseif not next_showing() then
      wrk.thread:stop()
    end
  elseif phase == "hold" then
    if status == 200 then
      got[#got + 1] = queue[1]
      code = body:match('href="/bookings/(%w+)"') or code
    end
    table.remove(queue, 1)
    if #queue == 0 then phase = (#got > 0 and code) and "checkout" or "grid" end
  elseif phase == "checkout" then
    offered = {}
    local select = body:match('<select.-</select>') or ""
    for id in string.gmatch(select, '<option value="(%d+)"') do offered[#offered + 1] = id end
    phase = (status == 200 and #offered > 0) and "tickets" or "grid"
  elseif phase == "tickets" then
    version = body:match('name="version" value="(%d+)"')
    phase = (status == 200 and version) and "pay" or "grid"
  else
    if status == 303 then
      count("booked")
      counts.seats_booked = (counts.seats_booked or 0) + #got
    end
    phase = "grid"
  end
end

function done(summary, latency, requests)
  print_result(threads, summary, latency)
end
