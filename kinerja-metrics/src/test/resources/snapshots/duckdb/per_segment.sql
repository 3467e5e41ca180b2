SELECT
  CAST(date_trunc('year', "created_at") AS DATE) AS "period",
  CAST("channel" AS VARCHAR) AS "channel",
  count(*) AS "leads",
  count(*) FILTER (WHERE "stage" = ?) AS "won"
FROM read_csv(?, header = true, auto_detect = true)
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('year', "created_at") AS DATE), CAST("channel" AS VARCHAR)
ORDER BY 1, 2
-- $1 = WON (String)
-- $2 = /data/leads.csv (String)

