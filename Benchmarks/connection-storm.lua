-- wrk script for Benchmarks/connection-storm.sh: counts responses by status across wrk's threads, and
-- optionally POSTs a sign-in with a wrong password (STORM_BODY / STORM_COOKIE in the environment).
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    counts = {}
    local body = os.getenv("STORM_BODY")
    if body and body ~= "" then
        wrk.method = "POST"
        wrk.body = body
        wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
        wrk.headers["Cookie"] = os.getenv("STORM_COOKIE")
    end
end

function response(status, headers, body)
    counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        local c = thread:get("counts")
        for status, n in pairs(c) do total[status] = (total[status] or 0) + n end
    end
    local keys = {}
    for status in pairs(total) do table.insert(keys, status) end
    table.sort(keys)
    local parts = {}
    for _, status in ipairs(keys) do table.insert(parts, status .. "=" .. total[status]) end
    io.write("STATUS " .. table.concat(parts, " ") .. "\n")
end
