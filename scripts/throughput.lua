-- wrk script for scripts/throughput: cycles through the paths given after "--" (one
-- request per path in turn, each connection from its own place in the list), and prints
-- one line the shell script turns into a table row. Latencies in wrk are microseconds.
local paths = {}
local counter = 0

function init(args)
	for _, path in ipairs(args) do
		paths[#paths + 1] = path
	end
	counter = math.random(#paths)
end

function request()
	counter = counter % #paths + 1
	return wrk.format("GET", paths[counter])
end

function done(summary, latency, requests)
	local errors = summary.errors
	io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d %d\n",
		summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
		summary.requests,
		errors.connect + errors.read + errors.write + errors.status,
		errors.timeout))
end
