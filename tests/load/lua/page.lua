-- One address asked over and over (scenarios 1, 2, 3 and 6): the URL and headers come from wrk's
-- command line. With LOAD_COUNT_STATUS=1 every answer's status is counted, to show the 304s are 304s.

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

if os.getenv("LOAD_COUNT_STATUS") == "1" then
  function response(status, headers, body)
    count(status_class(status))
  end
end

function done(summary, latency, requests)
  print_result(threads, summary, latency)
end
