SELECT
  CAST(date_trunc('day', CAST("day" AS TIMESTAMP)) AS DATE) AS "period",
  count(*) AS "visits"
FROM "web"."visits"
WHERE "day" IS NOT NULL
GROUP BY CAST(date_trunc('day', CAST("day" AS TIMESTAMP)) AS DATE)
ORDER BY 1

