SELECT
  CAST(date_trunc('year', "created_at") AS DATE) AS "period",
  count(DISTINCT "channel") AS "channels"
FROM read_csv(?, header = true, auto_detect = true)
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('year', "created_at") AS DATE)
ORDER BY 1
-- $1 = /data/leads.csv (String)

