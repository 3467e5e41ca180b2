SELECT
  CAST(date_trunc('year', CAST("created_at" AS TIMESTAMP)) AS DATE) AS "period",
  CAST("channel" AS VARCHAR) AS "channel",
  count(*) AS "leads",
  count(*) FILTER (WHERE "stage" = ?) AS "won"
FROM "crm"."leads"
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('year', CAST("created_at" AS TIMESTAMP)) AS DATE), CAST("channel" AS VARCHAR)
ORDER BY 1, 2
-- $1 = WON (String)

