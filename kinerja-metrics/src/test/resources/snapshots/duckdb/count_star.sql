SELECT
  CAST(date_trunc('month', "created_at") AS DATE) AS "period",
  count(*) AS "leads"
FROM read_csv(?, header = true, auto_detect = true)
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('month', "created_at") AS DATE)
ORDER BY 1
-- $1 = /data/leads.csv (String)

