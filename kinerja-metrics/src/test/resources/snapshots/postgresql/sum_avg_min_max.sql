SELECT
  CAST(date_trunc('month', CAST("closed_at" AS TIMESTAMP)) AS DATE) AS "period",
  sum("deal_value") FILTER (WHERE "stage" = ?) AS "revenue",
  avg("deal_value") FILTER (WHERE "stage" = ?) AS "avg_deal",
  min("deal_value") AS "min_deal",
  max(("deal_value" * ?) - ?) AS "max_deal"
FROM "deals"
WHERE "closed_at" IS NOT NULL
GROUP BY CAST(date_trunc('month', CAST("closed_at" AS TIMESTAMP)) AS DATE)
ORDER BY 1
-- $1 = WON (String)
-- $2 = WON (String)
-- $3 = 1.1 (BigDecimal)
-- $4 = 5 (Long)

