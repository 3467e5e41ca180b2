SELECT
  CAST(date_trunc('week', "created_at") AS DATE) AS "period",
  count(*) AS "leads"
FROM read_csv(?, header = true, auto_detect = true)
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('week', "created_at") AS DATE)
ORDER BY 1
-- $1 = /data/leads.csv (String)

SELECT
  CAST(date_trunc('week', "closed_at") AS DATE) AS "period",
  count(*) FILTER (WHERE "stage" = ?) AS "won"
FROM read_csv(?, header = true, auto_detect = true)
WHERE "closed_at" IS NOT NULL
GROUP BY CAST(date_trunc('week', "closed_at") AS DATE)
ORDER BY 1
-- $1 = WON (String)
-- $2 = /data/leads.csv (String)

