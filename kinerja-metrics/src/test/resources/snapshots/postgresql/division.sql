SELECT
  CAST(date_trunc('month', CAST("closed_at" AS TIMESTAMP)) AS DATE) AS "period",
  sum(CAST("deal_value" AS DOUBLE PRECISION) / NULLIF(?, 0)) AS "thousands"
FROM "deals"
WHERE "closed_at" IS NOT NULL
GROUP BY CAST(date_trunc('month', CAST("closed_at" AS TIMESTAMP)) AS DATE)
ORDER BY 1
-- $1 = 1000 (Long)

